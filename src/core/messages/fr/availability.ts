import type { Translation } from "../translation";

/** FR words for en/availability.ts. */
export const AVAILABILITY: Translation = {
  "rule-title-status-unknown": "Statut non classé",
  "rule-title-available-not-a-number": "Disponible non numérique",
  "rule-title-available-as-text": "Disponible stocké sous forme de texte",
  "rule-title-available-not-whole": "Disponible non entier",
  "rule-title-available-below-zero": "Disponible inférieur à 0",
  "rule-title-available-more-than-quantity": "Disponible supérieur à la quantité",
  "settings-not-a-status-class": "{where}\xa0: doit être available, out ou unavailable",
};
