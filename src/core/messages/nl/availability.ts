import type { Translation } from "../translation";

/** NL words for en/availability.ts. */
export const AVAILABILITY: Translation = {
  "rule-title-status-unknown": "Status niet ingedeeld",
  "rule-title-available-not-a-number": "Beschikbaar is geen getal",
  "rule-title-available-as-text": "Beschikbaar opgeslagen als tekst",
  "rule-title-available-not-whole": "Beschikbaar is geen geheel getal",
  "rule-title-available-below-zero": "Beschikbaar kleiner dan 0",
  "rule-title-available-more-than-quantity": "Beschikbaar groter dan aantal",
  "settings-not-a-status-class": "{where}: moet available, out of unavailable zijn",
};
