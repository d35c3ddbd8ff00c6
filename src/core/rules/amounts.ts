/**
 * Money rules (income, expense and the purchase value): not a number, stored as text, negative,
 * too many decimals. The purchase value says so in its own words (`issue-purchase-*`).
 * Decision: an amount too large to keep exact in minor units (more than 2^53 − 1
 * of them, see money.ts) is `amount-not-a-number` too: it cannot be summed or split
 * to the cent, so the row is left out of summaries and refused by serialize.
 */
import type { CellValue } from "../types";
import { isBlank } from "../cells";
import { decimalsOf, isExactMinor, largestExactAmount, moneyValue, pow10, toMinor } from "../money";
import type { RuleContext } from "./context";

/** The columns holding money. */
export type AmountRole = "income" | "expense" | "purchase";

type AmountProblem = "not-a-number" | "too-large" | "as-text" | "negative" | "precision";

/** The message of a money problem in the `role` column. */
const idOf = (role: AmountRole, problem: AmountProblem) => (role === "purchase" ? `issue-purchase-${problem}` as const : `issue-amount-${problem}` as const);

/**
 * The amount in minor units of the currency (0 when empty), or NaN when it has an
 * error. Non-negative numbers that fit the currency's decimals take the fast path.
 */
export function checkAmount(
  ctx: RuleContext, value: CellValue, row: number, column: number, role: AmountRole, decimals: number,
): number {
  if (typeof value === "number" && value >= 0) {
    const x = value * pow10(decimals);
    const r = Math.round(x);
    if (Math.abs(x - r) <= (x > 1 ? x : 1) * 1e-14 && r <= Number.MAX_SAFE_INTEGER) return r;
  } else if (isBlank(value)) return 0;
  return amountSlow(ctx, value, row, column, role, decimals);
}

function amountSlow(ctx: RuleContext, value: CellValue, row: number, column: number, role: AmountRole, decimals: number): number {
  const parsed = moneyValue(value, ctx.locale);
  const shown = ctx.valueText(value);
  const cell = ctx.at(row, column);
  if (!parsed) {
    ctx.add("amount-not-a-number", "error", row, column, idOf(role, "not-a-number"), {
      cell, role, value: shown, locale: typeof value === "string" ? ctx.localeSaid : "none",
    }, undefined, ctx.valueParts(value));
    return NaN;
  }
  const minor = toMinor(parsed.value, decimals);
  if (!isExactMinor(minor)) {
    const { whole, fraction } = largestExactAmount(decimals);
    ctx.add("amount-not-a-number", "error", row, column, idOf(role, "too-large"), { cell, role, value: shown, decimals, whole, fraction });
    return NaN;
  }
  if (typeof value === "string") ctx.add("amount-as-text", "warning", row, column, idOf(role, "as-text"), {
    cell, role, value: shown, read: ctx.valueText(parsed.value), locale: ctx.localeSaid,
  }, "convert-to-number");
  if (parsed.value < 0) ctx.add("amount-negative", "warning", row, column, idOf(role, "negative"), { cell, role, value: ctx.valueText(parsed.value) });
  // Text counts the decimals it shows; trailing zeros ("120.500") are not precision.
  if (parsed.decimals > decimals && (typeof value !== "string" || decimalsOf(parsed.value) > decimals)) {
    ctx.add("amount-precision", "warning", row, column, idOf(role, "precision"), { cell, role, value: shown, decimals });
  }
  return minor;
}
