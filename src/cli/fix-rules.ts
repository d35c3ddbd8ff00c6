import type { RuleId } from "../core";

/**
 * The rules whose issues carry a one-click fix that `inventory-rows fix` applies, in the order of
 * docs/design.md §2. `codes-missing` has a fix too, but it makes codes up: that is
 * `inventory-rows generate-codes`, as the pane's Generate codes is its own action.
 * test/cli/fix-rules.test.ts keeps this list in step with the rules that offer fixes.
 */
export const FIX_RULES = [
  "quantity-as-text",
  "codes-empty-entry", "codes-separator", "codes-space", "codes-invisible", "codes-duplicate-in-row", "codes-number",
  "amount-as-text",
  "available-as-text",
] as const satisfies readonly RuleId[];

export type FixRuleId = (typeof FIX_RULES)[number];

/**
 * Rules whose cells a fix cannot give back, listed as not fixable beside the rule they go with:
 * a code Excel stored as a number that lost its digits is `codes-number` whose text is gone.
 */
export const NOT_FIXABLE_WITH: Readonly<Partial<Record<FixRuleId, RuleId>>> = { "codes-number": "codes-precision-lost" };
