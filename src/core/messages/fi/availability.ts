import type { Translation } from "../translation";

/** FI words for en/availability.ts. */
export const AVAILABILITY: Translation = {
  "rule-title-status-unknown": "Tilaa ei ole luokiteltu",
  "rule-title-available-not-a-number": "Vapaana ei ole luku",
  "rule-title-available-as-text": "Vapaana tallennettu tekstinä",
  "rule-title-available-not-whole": "Vapaana ei ole kokonaisluku",
  "rule-title-available-below-zero": "Vapaana alle 0",
  "rule-title-available-more-than-quantity": "Vapaana enemmän kuin määrä",
  "settings-not-a-status-class": "{where}: täytyy olla available, out tai unavailable",
};
