import type { Translation } from "../translation";

/** DE words for en/availability.ts. */
export const AVAILABILITY: Translation = {
  "rule-title-status-unknown": "Status nicht zugeordnet",
  "rule-title-available-not-a-number": "Verfügbar ist keine Zahl",
  "rule-title-available-as-text": "Verfügbar als Text gespeichert",
  "rule-title-available-not-whole": "Verfügbar ist keine ganze Zahl",
  "rule-title-available-below-zero": "Verfügbar kleiner als 0",
  "rule-title-available-more-than-quantity": "Verfügbar größer als Menge",
  "settings-not-a-status-class": "{where}: muss available, out oder unavailable sein",
};
