/**
 * Income and expense rules: not a number, stored as text, negative, too many decimals.
 * Decision: an amount too large to keep exact in minor units (more than 2^53 − 1
 * of them, see money.ts) is `amount-not-a-number` too: it cannot be summed or split
 * to the cent, so the row is left out of summaries and refused by serialize.
 */
import type { CellValue } from "../types";
import { describeValue, isBlank } from "../cells";
import { decimalsOf, isExactMinor, largestExactAmount, moneyValue, pow10, toMinor } from "../money";
import type { RuleContext } from "./context";

/**
 * The amount in minor units of the currency (0 when empty), or NaN when it has an
 * error. Non-negative numbers that fit the currency's decimals take the fast path.
 */
export function checkAmount(
  ctx: RuleContext, value: CellValue, row: number, column: number, what: string, decimals: number,
): number {
  if (typeof value === "number" && value >= 0) {
    const x = value * pow10(decimals);
    const r = Math.round(x);
    if (Math.abs(x - r) <= (x > 1 ? x : 1) * 1e-14 && r <= Number.MAX_SAFE_INTEGER) return r;
  } else if (isBlank(value)) return 0;
  return amountSlow(ctx, value, row, column, what, decimals);
}

function amountSlow(ctx: RuleContext, value: CellValue, row: number, column: number, what: string, decimals: number): number {
  const parsed = moneyValue(value);
  if (!parsed) {
    ctx.add("amount-not-a-number", "error", row, column, `${what} ${describeValue(value)} is not a number`);
    return NaN;
  }
  const minor = toMinor(parsed.value, decimals);
  if (!isExactMinor(minor)) {
    ctx.add("amount-not-a-number", "error", row, column,
      `${what} ${describeValue(value)} is too large to add up exactly (the largest is ${largestExactAmount(decimals)})`);
    return NaN;
  }
  if (typeof value === "string") {
    ctx.add("amount-as-text", "warning", row, column, `${what} ${describeValue(value)} is stored as text`, "convert-to-number");
  }
  if (parsed.value < 0) ctx.add("amount-negative", "warning", row, column, `${what} ${describeValue(parsed.value)} is negative`);
  // Text counts the decimals it shows; trailing zeros ("120.500") are not precision.
  if (parsed.decimals > decimals && (typeof value !== "string" || decimalsOf(parsed.value) > decimals)) {
    ctx.add("amount-precision", "warning", row, column,
      `${what} ${describeValue(value)} has more than ${decimals} decimal${decimals === 1 ? "" : "s"}`);
  }
  return minor;
}
