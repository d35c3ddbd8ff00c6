import type { Translation } from "../translation";

/** NL words for en/availability-summary.ts. */
export const AVAILABILITY_SUMMARY: Translation = {
  "summary-heading-available": "Beschikbaar",
  "summary-heading-out": "In gebruik",
  "summary-heading-unavailable": "Niet beschikbaar",
  "summary-heading-availability": "Beschikbaarheid",
  "summary-heading-utilisation": "Bezettingsgraad",
  "summary-heading-purchase-value": "Aankoopwaarde",
  "summary-heading-return": "Rendement",
  "summary-availability-chart-title": "Stuks naar beschikbaarheid",
};
