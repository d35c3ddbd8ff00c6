/**
 * Quantity rules: missing, not a number, not whole, zero (a warning), below one, stored as text.
 * Decision: binary noise from formulas (`=0.1*30` gives 3.0000000000000004) is not
 * a fraction: a quantity within Excel's 15 significant digits of a whole number is
 * that whole number, as Excel shows it.
 */
import type { CellValue } from "../types";
import { isBlank } from "../cells";
import { fitsDecimals, parseNumberText } from "../money";
import type { RuleContext } from "./context";

/** The row's quantity, or NaN when it has an error. Whole numbers ≥ 1 take the fast path. */
export function checkQuantity(ctx: RuleContext, value: CellValue, row: number, column: number): number {
  if (typeof value === "number" && value >= 1 && Number.isInteger(value)) return value;
  return quantitySlow(ctx, value, row, column);
}

function quantitySlow(ctx: RuleContext, value: CellValue, row: number, column: number): number {
  const cell = ctx.at(row, column);
  if (isBlank(value)) {
    ctx.add("quantity-missing", "error", row, column, "issue-quantity-missing", { cell });
    return NaN;
  }
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    const parsed = parseNumberText(value, ctx.locale);
    if (!parsed) {
      ctx.add("quantity-not-a-number", "error", row, column, "issue-quantity-not-a-number", { cell, value: ctx.valueText(value), locale: ctx.localeSaid });
      return NaN;
    }
    n = parsed.value;
    ctx.add("quantity-as-text", "warning", row, column, "issue-quantity-as-text", {
      cell, value: ctx.valueText(value), read: ctx.valueText(n), locale: ctx.localeSaid,
    }, "convert-to-number");
  } else {
    ctx.add("quantity-not-a-number", "error", row, column, "issue-quantity-not-a-number", { cell, value: ctx.valueText(value), locale: "none" }, undefined, ctx.valueParts(value));
    return NaN;
  }
  if (!Number.isFinite(n)) {
    ctx.add("quantity-not-a-number", "error", row, column, "issue-quantity-not-a-number", { cell, value: ctx.valueText(value), locale: "none" });
    return NaN;
  }
  if (!Number.isInteger(n) && fitsDecimals(n, 0)) n = Math.round(n);
  if (!Number.isInteger(n)) {
    ctx.add("quantity-not-whole", "error", row, column, "issue-quantity-not-whole", { cell, value: ctx.valueText(n) });
    return NaN;
  }
  if (n === 0) {
    // Stock that is out (sold, retired), not a broken row: a record with no units.
    ctx.add("quantity-zero", "warning", row, column, "issue-quantity-zero", { cell });
    return 0;
  }
  if (n < 1) {
    ctx.add("quantity-below-one", "error", row, column, "issue-quantity-below-one", { cell, value: ctx.valueText(n) });
    return NaN;
  }
  return n;
}
