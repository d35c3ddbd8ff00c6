/**
 * Status and available-quantity rules (issue 16, design.md §28): `status-unknown`, and the
 * available count's `available-not-a-number`, `-as-text`, `-not-whole`, `-below-zero` and
 * `-more-than-quantity`, named like the quantity rules. The purchase value is money: the amount
 * rules (rules/amounts.ts) check it as they check income and expense.
 */
import type { CellValue } from "../types";
import { isBlank } from "../cells";
import { codeTextOf } from "../codes";
import { fitsDecimals, parseNumberText } from "../money";
import { classifyStatus, STATUS_AVAILABLE, STATUS_NONE, STATUS_OUT, STATUS_UNAVAILABLE, STATUS_UNKNOWN } from "../availability";

export { STATUS_NONE };

const CODE_OF = { available: STATUS_AVAILABLE, out: STATUS_OUT, unavailable: STATUS_UNAVAILABLE, unknown: STATUS_UNKNOWN } as const;
import { allOrNone } from "../status-words";
import type { RuleContext } from "./context";

/**
 * The status code of a status cell (`STATUS_*`); a word nobody classed is a `status-unknown`
 * warning (its units count as unavailable). TRUE and FALSE read as yes and no words do.
 */
export function checkStatus(ctx: RuleContext, value: CellValue, row: number, column: number): number {
  if (isBlank(value)) return STATUS_NONE;
  const word = codeTextOf(value).trim();
  const cls = classOf(word, ctx.settings);
  if (cls === undefined) return STATUS_NONE;
  if (cls === "unknown") ctx.add("status-unknown", "warning", row, column, "issue-status-unknown", { cell: ctx.at(row, column), word: ctx.valueText(word) });
  return CODE_OF[cls];
}

/** Classes by cell text, per status map: a sheet repeats a few words, and comparing one (NFC, case) costs more than a look-up. */
const classes = new WeakMap<object, Map<string, ReturnType<typeof classifyStatus>>>();

function classOf(word: string, settings: RuleContext["settings"]): ReturnType<typeof classifyStatus> {
  let known = classes.get(settings.statusMap);
  if (!known) classes.set(settings.statusMap, (known = new Map()));
  let cls = known.get(word);
  if (cls === undefined && !known.has(word)) {
    cls = classifyStatus(word, settings);
    if (known.size < 10_000) known.set(word, cls);
  }
  return cls;
}

/**
 * The available count of a row with `quantity` units (NaN when the quantity is wrong): undefined
 * for an empty cell, NaN after an error. Read with the locale's number reading, as quantity is.
 *
 * Decision: TRUE / FALSE (an Excel checkbox) and yes / no words read as "all units available"
 * and "none available": a column named Available that holds a tick is a plain answer, not a
 * broken count, so it never makes the row invalid.
 */
export function checkAvailable(ctx: RuleContext, value: CellValue, row: number, column: number, quantity: number): number | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= quantity) return value;
  if (isBlank(value)) return undefined;
  const said = allOrNone(value);
  if (said !== undefined) return said ? quantity : 0;
  const n = availableNumber(ctx, value, row, column);
  return Number.isNaN(n) ? NaN : availableInRange(ctx, n, row, column, quantity);
}

/** The cell as a number (a text number with an `available-as-text` warning), or NaN after an error. */
function availableNumber(ctx: RuleContext, value: CellValue, row: number, column: number): number {
  const cell = ctx.at(row, column);
  if (typeof value === "string") {
    const parsed = parseNumberText(value, ctx.locale);
    if (!parsed) {
      ctx.add("available-not-a-number", "error", row, column, "issue-available-not-a-number", { cell, value: ctx.valueText(value), locale: ctx.localeSaid });
      return NaN;
    }
    ctx.add("available-as-text", "warning", row, column, "issue-available-as-text", {
      cell, value: ctx.valueText(value), read: ctx.valueText(parsed.value), locale: ctx.localeSaid,
    }, "convert-to-number");
    return parsed.value;
  }
  if (typeof value === "number" && Number.isFinite(value)) return value;
  ctx.add("available-not-a-number", "error", row, column, "issue-available-not-a-number", { cell, value: ctx.valueText(value), locale: "none" }, undefined, ctx.valueParts(value));
  return NaN;
}

/** Whole, at least 0 and at most the quantity (unchecked when the quantity is itself wrong). */
function availableInRange(ctx: RuleContext, value: number, row: number, column: number, quantity: number): number {
  const cell = ctx.at(row, column);
  let n = value;
  // Binary noise from a formula (=0.1*30) is not a fraction, as for the quantity.
  if (!Number.isInteger(n) && fitsDecimals(n, 0)) n = Math.round(n);
  if (!Number.isInteger(n)) {
    ctx.add("available-not-whole", "error", row, column, "issue-available-not-whole", { cell, value: ctx.valueText(n) });
    return NaN;
  }
  if (n < 0) {
    ctx.add("available-below-zero", "error", row, column, "issue-available-below-zero", { cell, value: ctx.valueText(n) });
    return NaN;
  }
  if (n > quantity) {
    ctx.add("available-more-than-quantity", "error", row, column, "issue-available-more-than-quantity", { cell, available: n, quantity });
    return NaN;
  }
  return n;
}
