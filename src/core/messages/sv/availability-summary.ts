import type { Translation } from "../translation";

/** SV words for en/availability-summary.ts. */
export const AVAILABILITY_SUMMARY: Translation = {
  "summary-heading-available": "Tillgängliga",
  "summary-heading-out": "I bruk",
  "summary-heading-unavailable": "Ej tillgängliga",
  "summary-heading-availability": "Tillgänglighet",
  "summary-heading-utilisation": "Nyttjandegrad",
  "summary-heading-purchase-value": "Inköpsvärde",
  "summary-heading-return": "Avkastning",
  "summary-availability-chart-title": "Enheter efter tillgänglighet",
};
