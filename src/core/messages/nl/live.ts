import type { Translation } from "../translation";

/** NL words for en/live.ts. */
export const LIVE: Translation = {
  "live-checked-in-full": "Het hele werkblad is opnieuw gecontroleerd: {reason}",
  "live-full-no-address": "Excel gaf niet aan welke cellen zijn gewijzigd.",
  "live-full-several-areas": "de wijziging besloeg meerdere afzonderlijke bereiken.",
  "live-full-structure": "er zijn kolommen of cellen ingevoegd of verwijderd.",
  "live-full-outside-columns": "de wijziging reikte buiten de kolommen van de tabel.",
  "live-full-header": "de wijziging raakte de koprij of de rijen erboven.",
  "live-full-too-many-rows": "er zijn te veel rijen gewijzigd om alleen die te lezen.",
  "live-full-changed-during-read": "er zijn rijen ingevoegd of verwijderd terwijl het werkblad werd gelezen.",
  "live-full-shape": "het gebruikte bereik van het werkblad is veranderd op een manier die de bewerking niet verklaart.",
  "live-full-settings": "de instellingen of de getalnotatie van Excel zijn gewijzigd.",
  "live-full-index": "de kopteksten of kolommen van de tabel zijn gewijzigd.",
};
