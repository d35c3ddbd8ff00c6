/**
 * Availability and return (issue 16, design.md §28): the engine's words for status words, the
 * available count and the purchase value: issue messages, rule headings and report notes.
 * `word` is a status cell's text; `available` and `quantity` are counts.
 */

/** The amount messages of engine.ts, for the purchase-value column. */
const PURCHASE = {
  "issue-purchase-not-a-number": "{cell}: purchase value {value} is not a number{locale, select, none {} other { in {locale}}}",
  "issue-purchase-too-large":
    "{cell}: purchase value {value} is too large to add up exactly " +
    "(the largest is {decimals, plural, =0 {{whole, number}} other {{whole, number}.{fraction}}})",
  "issue-purchase-as-text": "{cell}: purchase value {value} is stored as text{locale, select, none {} other { (read as {read} in {locale})}}",
  "issue-purchase-negative": "{cell}: purchase value {value} is negative",
  "issue-purchase-precision": "{cell}: purchase value {value} has more than {decimals, plural, one {# decimal} other {# decimals}}",
} as const;

export const AVAILABILITY = {
  "rule-title-status-unknown": "Status word not classed",
  "rule-title-available-not-a-number": "Available is not a number",
  "rule-title-available-as-text": "Available stored as text",
  "rule-title-available-not-whole": "Available is not a whole number",
  "rule-title-available-below-zero": "Available below 0",
  "rule-title-available-more-than-quantity": "Available more than quantity",
  "settings-not-a-status-class": "{where}: must be available, out or unavailable",
  "issue-status-unknown":
    "{cell}: status {word} is in none of the classes available, out and unavailable, so its units count as unavailable; " +
    "give the word a class in Settings (status words) or with --status-map on the command line",
  "issue-available-not-a-number": "{cell}: available {value} is not a number{locale, select, none {} other { in {locale}}}",
  "issue-available-as-text": "{cell}: available {value} is stored as text{locale, select, none {} other { (read as {read} in {locale})}}",
  "issue-available-not-whole": "{cell}: available {value} is not a whole number",
  "issue-available-below-zero": "{cell}: available {value} is below 0",
  "issue-available-more-than-quantity": "{cell}: available {available} is more than the quantity {quantity}",
  ...PURCHASE,
  "note-status-unknown":
    "{count, plural, one {# row has a status nobody classed; its units count as unavailable} " +
    "other {# rows have a status nobody classed; their units count as unavailable}}",
  "note-availability-empty":
    "{count, plural, one {# row has neither a status nor an available count; its units count as available} " +
    "other {# rows have neither a status nor an available count; their units count as available}}",
} as const;
