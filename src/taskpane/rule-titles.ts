/** Short headings for issue groups, one per stable rule id (SPEC §2). */
import type { RuleId } from "../core";

export const ruleTitles: Record<RuleId, string> = {
  "no-header": "No header row found",
  "duplicate-header": "Two columns claim one role",
  "quantity-missing": "Quantity missing",
  "quantity-not-a-number": "Quantity is not a number",
  "quantity-not-whole": "Quantity is not a whole number",
  "quantity-below-one": "Quantity below 1",
  "quantity-as-text": "Quantity stored as text",
  "codes-missing": "Stock codes missing",
  "codes-empty-entry": "Empty entries in code list",
  "codes-separator": "Codes not separated by commas",
  "codes-space": "Code contains a space",
  "codes-invisible": "Invisible characters in codes",
  "codes-duplicate-in-row": "Same code twice in one row",
  "codes-duplicate": "Code used in another row",
  "codes-number": "Code stored as a number",
  "codes-precision-lost": "Code destroyed by Excel",
  "codes-too-long": "Code too long",
  "codes-more-than-quantity": "More codes than quantity",
  "amount-not-a-number": "Amount is not a number",
  "amount-as-text": "Amount stored as text",
  "amount-negative": "Negative amount",
  "amount-precision": "More decimals than the currency",
  "cell-error": "Excel error value",
  "category-missing": "Category missing",
};

/** Order of rules in the pane: the order of SPEC §2 (quantity, codes, amounts, other). */
export const ruleOrder = Object.keys(ruleTitles) as RuleId[];
