/** Plain-words headings for issue groups, one per stable rule id (SPEC §2), for the pane and the CLI alike. */
import type { RuleId } from "./types";

export const RULE_TITLES: Readonly<Record<RuleId, string>> = {
  "no-header": "No header row found",
  "duplicate-header": "Two columns claim one role",
  "quantity-missing": "Quantity missing",
  "quantity-not-a-number": "Quantity is not a number",
  "quantity-not-whole": "Quantity is not a whole number",
  "quantity-below-one": "Quantity below 1",
  "quantity-as-text": "Quantity stored as text",
  "codes-missing": "Stock codes missing",
  "codes-empty-entry": "Empty entry in a code list",
  "codes-separator": "Codes not separated by commas",
  "codes-space": "Space inside a code",
  "codes-invisible": "Invisible characters in a code",
  "codes-duplicate-in-row": "Same code twice in one cell",
  "codes-duplicate": "Code used in another row",
  "codes-number": "Code stored as a number",
  "codes-precision-lost": "Code destroyed by Excel's number precision",
  "codes-too-long": "Code too long",
  "codes-more-than-quantity": "More codes than quantity",
  "amount-not-a-number": "Amount not a number, or too large",
  "amount-as-text": "Amount stored as text",
  "amount-negative": "Negative amount",
  "amount-precision": "More decimals than the currency has",
  "cell-error": "Excel error value",
  "category-missing": "Category missing",
};

/** Rules in the order of SPEC §2 (header, quantity, codes, amounts, other). */
export const RULE_ORDER = Object.keys(RULE_TITLES) as RuleId[];
