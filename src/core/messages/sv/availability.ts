import type { Translation } from "../translation";

/** SV words for en/availability.ts. */
export const AVAILABILITY: Translation = {
  "rule-title-status-unknown": "Statusordet är inte klassat",
  "rule-title-available-not-a-number": "Tillgängligt är inte ett tal",
  "rule-title-available-as-text": "Tillgängligt lagrat som text",
  "rule-title-available-not-whole": "Tillgängligt är inte ett heltal",
  "rule-title-available-below-zero": "Tillgängligt under 0",
  "rule-title-available-more-than-quantity": "Tillgängligt större än antalet",
  "settings-not-a-status-class": "{where}: måste vara available, out eller unavailable",
};
