import type { Translation } from "../translation";

/** FR words for en/availability-summary.ts. */
export const AVAILABILITY_SUMMARY: Translation = {
  "summary-heading-available": "Disponibles",
  "summary-heading-out": "Sortis",
  "summary-heading-unavailable": "Indisponibles",
  "summary-heading-availability": "Disponibilité",
  "summary-heading-utilisation": "Taux d’utilisation",
  "summary-heading-purchase-value": "Valeur d’achat",
  "summary-heading-return": "Rendement",
  "summary-availability-chart-title": "Unités selon la disponibilité",
};
