import type { Translation } from "../translation";

/** NL words for en/summary.ts: the summary sheet. */
export const SUMMARY: Translation = {
  "summary-sheet-name": "Voorraadoverzicht",
  "summary-label-source-sheet": "Bronwerkblad",
  "summary-label-rows-counted": "Getelde rijen",
  "summary-label-rows-excluded": "Uitgesloten rijen (fouten)",
  "summary-label-created": "Aangemaakt",
  "summary-heading-category": "Categorie",
  "summary-heading-income": "Opbrengsten",
  "summary-heading-expense": "Uitgaven",
  "summary-heading-net": "Netto",
  "summary-heading-margin": "Marge",
  "summary-heading-records": "Records",
  "summary-heading-serialized-records": "Uitgesplitste records",
  "summary-heading-aggregated-records": "Samengevoegde records",
  "summary-heading-units": "Stuks",
  "summary-heading-income-per-unit": "Opbrengst per stuk",
};
