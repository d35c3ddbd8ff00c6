import type { Translation } from "../translation";

/** FR words for en/live.ts. */
export const LIVE: Translation = {
  "live-checked-in-full": "Toute la feuille a été vérifiée à nouveau : {reason}",
  "live-full-no-address": "Excel n’a pas indiqué quelles cellules ont changé.",
  "live-full-several-areas": "la modification portait sur plusieurs plages distinctes.",
  "live-full-structure": "des colonnes ou des cellules ont été insérées ou supprimées.",
  "live-full-outside-columns": "la modification dépassait les colonnes du tableau.",
  "live-full-header": "la modification touchait la ligne d’en-tête ou les lignes au-dessus.",
  "live-full-too-many-rows": "trop de lignes ont changé pour ne lire que celles-ci.",
  "live-full-changed-during-read": "des lignes ont été insérées ou supprimées pendant la lecture de la feuille.",
  "live-full-shape": "la plage utilisée de la feuille a changé d’une façon que la modification n’explique pas.",
  "live-full-settings": "les paramètres ou le format des nombres d’Excel ont changé.",
  "live-full-index": "les en-têtes ou les colonnes du tableau ont changé.",
};
