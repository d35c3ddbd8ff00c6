import type { Translation } from "../translation";

/** SV words for en/summary.ts: the summary sheet. */
export const SUMMARY: Translation = {
  "summary-sheet-name": "Lagersammanfattning",
  "summary-label-source-sheet": "Källblad",
  "summary-label-rows-counted": "Räknade rader",
  "summary-label-rows-excluded": "Uteslutna rader (fel)",
  "summary-label-created": "Skapad",
  "summary-heading-category": "Kategori",
  "summary-heading-income": "Intäkter",
  "summary-heading-expense": "Kostnader",
  "summary-heading-net": "Netto",
  "summary-heading-margin": "Marginal",
  "summary-heading-records": "Poster",
  "summary-heading-serialized-records": "Uppdelade poster",
  "summary-heading-aggregated-records": "Sammanslagna poster",
  "summary-heading-units": "Enheter",
  "summary-heading-income-per-unit": "Intäkt per enhet",
};
