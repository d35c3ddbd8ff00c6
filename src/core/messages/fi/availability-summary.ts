import type { Translation } from "../translation";

/** FI words for en/availability-summary.ts. */
export const AVAILABILITY_SUMMARY: Translation = {
  "summary-heading-available": "Vapaana",
  "summary-heading-out": "Käytössä",
  "summary-heading-unavailable": "Ei käytettävissä",
  "summary-heading-availability": "Saatavuus",
  "summary-heading-utilisation": "Käyttöaste",
  "summary-heading-purchase-value": "Hankinta-arvo",
  "summary-heading-return": "Tuotto",
  "summary-availability-chart-title": "Yksiköt saatavuuden mukaan",
};
