import type { Translation } from "../translation";

/** FI words for en/summary.ts: the summary sheet. */
export const SUMMARY: Translation = {
  "summary-sheet-name": "Varastoyhteenveto",
  "summary-label-source-sheet": "Lähdetaulukko",
  "summary-label-rows-counted": "Lasketut rivit",
  "summary-label-rows-excluded": "Pois jätetyt rivit (virheet)",
  "summary-label-created": "Luotu",
  "summary-heading-category": "Luokka",
  "summary-heading-income": "Tulot",
  "summary-heading-expense": "Kulut",
  "summary-heading-net": "Netto",
  "summary-heading-margin": "Kate",
  "summary-heading-records": "Tietueet",
  "summary-heading-serialized-records": "Yksilöidyt tietueet",
  "summary-heading-aggregated-records": "Yhdistetyt tietueet",
  "summary-heading-units": "Yksiköt",
  "summary-heading-income-per-unit": "Tulot/yksikkö",
};
