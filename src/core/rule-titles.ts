/**
 * Plain-words headings for issue groups, one per stable rule id (docs/design.md §2), for the pane and
 * the CLI alike. The words are the catalogue's (`rule-title-<rule>`).
 */
import type { RuleId } from "./types";
import { text } from "./messages";

/** Rules in the order of docs/design.md §2 (header, quantity, codes, amounts, other, then availability: §28). */
export const RULE_ORDER: RuleId[] = [
  "no-header", "duplicate-header",
  "quantity-missing", "quantity-not-a-number", "quantity-not-whole", "quantity-zero", "quantity-below-one", "quantity-as-text",
  "codes-missing", "codes-empty-entry", "codes-separator", "codes-space", "codes-invisible", "codes-duplicate-in-row",
  "codes-duplicate", "codes-number", "codes-precision-lost", "codes-too-long", "codes-more-than-quantity",
  "amount-not-a-number", "amount-as-text", "amount-negative", "amount-precision",
  "cell-error", "category-missing",
  "status-unknown", "available-not-a-number", "available-not-whole", "available-below-zero", "available-more-than-quantity",
  "available-as-text",
];

/**
 * English title of each rule. Decision (start-up): each title is put into words when first read,
 * not when the module loads: the first message formatted costs the command line ~20 ms, which
 * `inventory-rows --help` should not pay.
 */
export const RULE_TITLES: Readonly<Record<RuleId, string>> = lazyTitles();

function lazyTitles(): Record<RuleId, string> {
  const titles = {} as Record<RuleId, string>;
  for (const rule of RULE_ORDER) {
    Object.defineProperty(titles, rule, { enumerable: true, get: () => text(`rule-title-${rule}`) });
  }
  return Object.freeze(titles);
}
