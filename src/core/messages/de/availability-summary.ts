import type { Translation } from "../translation";

/** DE words for en/availability-summary.ts. */
export const AVAILABILITY_SUMMARY: Translation = {
  "summary-heading-available": "Verfügbar",
  "summary-heading-out": "Im Einsatz",
  "summary-heading-unavailable": "Nicht verfügbar",
  "summary-heading-availability": "Verfügbarkeit",
  "summary-heading-utilisation": "Auslastung",
  "summary-heading-purchase-value": "Anschaffungswert",
  "summary-heading-return": "Rendite",
  "summary-availability-chart-title": "Stück nach Verfügbarkeit",
};
