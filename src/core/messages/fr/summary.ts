import type { Translation } from "../translation";

/** FR words for en/summary.ts: the summary sheet. */
export const SUMMARY: Translation = {
  "summary-sheet-name": "Synthèse du stock",
  "summary-label-source-sheet": "Feuille source",
  "summary-label-rows-counted": "Lignes comptées",
  "summary-label-rows-excluded": "Lignes exclues (erreurs)",
  "summary-label-created": "Créé le",
  "summary-heading-category": "Catégorie",
  "summary-heading-income": "Recettes",
  "summary-heading-expense": "Dépenses",
  "summary-heading-net": "Net",
  "summary-heading-margin": "Marge",
  "summary-heading-records": "Enregistrements",
  "summary-heading-serialized-records": "Enregistrements scindés",
  "summary-heading-aggregated-records": "Enregistrements regroupés",
  "summary-heading-units": "Unités",
  "summary-heading-income-per-unit": "Recettes par unité",
};
