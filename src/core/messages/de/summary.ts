import type { Translation } from "../translation";

/** DE words for en/summary.ts: the summary sheet. */
export const SUMMARY: Translation = {
  "summary-sheet-name": "Bestandsübersicht",
  "summary-label-source-sheet": "Quellblatt",
  "summary-label-rows-counted": "Gezählte Zeilen",
  "summary-label-rows-excluded": "Ausgeschlossene Zeilen (Fehler)",
  "summary-label-created": "Erstellt",
  "summary-heading-category": "Kategorie",
  "summary-heading-income": "Einnahmen",
  "summary-heading-expense": "Ausgaben",
  "summary-heading-net": "Netto",
  "summary-heading-margin": "Marge",
  "summary-heading-records": "Datensätze",
  "summary-heading-serialized-records": "Aufgeteilte Datensätze",
  "summary-heading-aggregated-records": "Zusammengeführte Datensätze",
  "summary-heading-units": "Stück",
  "summary-heading-income-per-unit": "Einnahmen pro Stück",
};
