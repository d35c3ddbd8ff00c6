/** Availability and return (issue 16): status words, rules and notes of the engine. */
export const AVAILABILITY = {
  "rule-title-status-unknown": "Status word not classed",
  "rule-title-available-not-a-number": "Available is not a number",
  "rule-title-available-as-text": "Available stored as text",
  "rule-title-available-not-whole": "Available is not a whole number",
  "rule-title-available-below-zero": "Available below 0",
  "rule-title-available-more-than-quantity": "Available more than quantity",
  "settings-not-a-status-class": "{where}: must be available, out or unavailable",
} as const;
