import type { Translation } from "../translation";

/** SV words for en/live.ts. */
export const LIVE: Translation = {
  "live-checked-in-full": "Hela kalkylbladet kontrollerades igen: {reason}",
  "live-full-no-address": "Excel angav inte vilka celler som ändrades.",
  "live-full-several-areas": "ändringen omfattade flera separata områden.",
  "live-full-structure": "kolumner eller celler infogades eller togs bort.",
  "live-full-outside-columns": "ändringen nådde utanför tabellens kolumner.",
  "live-full-header": "ändringen berörde rubrikraden eller raderna ovanför den.",
  "live-full-too-many-rows": "för många rader ändrades för att bara läsa dem.",
  "live-full-changed-during-read": "rader infogades eller togs bort medan kalkylbladet lästes.",
  "live-full-shape": "kalkylbladets använda område ändrades på ett sätt som redigeringen inte förklarar.",
  "live-full-settings": "inställningarna eller Excels talformat ändrades.",
  "live-full-index": "tabellens rubriker eller kolumner ändrades.",
};
