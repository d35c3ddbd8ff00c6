/** Small lookups the planners share: a row's errors, selected rows, additive columns, column names. */
import type { Grid, Issue } from "./types";
import type { Analysis } from "./analyze";
import { BLANK, OUTSIDE } from "./analyze";
import { InventoryArgumentError } from "./errors";
import { columnsNamed, headerText, NO_QUANTITY } from "./columns";
import { perUnitColumnsOf } from "./per-unit";
import { say, textOf, type Say } from "./messages";

/** Error issues of grid row `row` (issues are sorted by row). */
export function errorsOfRow(issues: readonly Issue[], row: number): Issue[] {
  return issuesOfRow(issues, row).filter((i) => i.severity === "error");
}

/** All issues of grid row `row` (issues are sorted by row). */
export function issuesOfRow(issues: readonly Issue[], row: number): Issue[] {
  let lo = 0;
  let hi = issues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (issues[mid].row < row) lo = mid + 1;
    else hi = mid;
  }
  const out: Issue[] = [];
  for (let i = lo; i < issues.length && issues[i].row === row; i++) out.push(issues[i]);
  return out;
}

/** Why an invalid row is refused, in the words of its first errors. */
export function invalidReason(a: Analysis, row: number): string {
  return textOf(invalidSay(a, row));
}

/** `invalidReason` as data: the errors' own `say` go inside, for the pane's language. */
export function invalidSay(a: Analysis, row: number): Say {
  const errors = errorsOfRow(a.issues, row);
  if (errors.length === 0) {
    const table = a.issues.find((i) => i.severity === "error" && (i.rule === "duplicate-header" || i.rule === "no-header"));
    return table ? say("plan-header-problem", { problem: table.message }, { problem: table.say }) : say("plan-row-has-errors");
  }
  const [first, second] = errors;
  return say("plan-row-errors", { count: errors.length, first: first.message, second: second?.message ?? "" }, { first: first.say, second: second?.say });
}

/** A row refusal with its reason as data too. */
export function refusalOf(row: number, reason: Say): { row: number; reason: string; say: Say } {
  return { row, reason: textOf(reason), say: reason };
}

/** Why a plan that writes quantities cannot use this table: a register has no quantity cell ("" otherwise). */
export function noQuantityReason(a: Analysis): string {
  const why = noQuantitySay(a);
  return why ? textOf(why) : "";
}

/** `noQuantityReason` as data; undefined when the table has a quantity column. */
export function noQuantitySay(a: Analysis): Say | undefined {
  return a.table?.columns.quantity === NO_QUANTITY ? say("plan-no-quantity-column") : undefined;
}

/** Why aggregate cannot pool a data row (design.md §17): no quantity column, no units, one code per cell; undefined when it can. */
export function notPoolableSay(a: Analysis, row: number): Say | undefined {
  const none = noQuantitySay(a);
  if (none) return none;
  if (a.settings.oneCodePerCell) return say("plan-one-code-per-cell");
  return a.quantity[row] === 0 ? say("plan-no-units-to-merge") : undefined;
}

/** Validates and orders the chosen rows: whole numbers, ascending, no repeats. */
export function chosenRows(rows: unknown, length: number): number[] {
  if (!Array.isArray(rows)) throw new InventoryArgumentError("rows must be an array of 0-based row indexes");
  const out = new Set<number>();
  for (const r of rows) {
    if (typeof r !== "number" || !Number.isInteger(r) || r < 0 || r >= length) {
      throw new InventoryArgumentError(`row ${String(r)} is not a row index of values (0 … ${length - 1})`);
    }
    out.add(r);
  }
  return [...out].sort((x, y) => x - y);
}

/** Why a row that is not a data row cannot be used, or "" for a data row. */
export function notDataReason(a: Analysis, row: number): string {
  const why = notDataSay(a, row);
  return why ? textOf(why) : "";
}

/** `notDataReason` as data; undefined for a data row. */
export function notDataSay(a: Analysis, row: number): Say | undefined {
  if (!a.table) return say("plan-no-table");
  if (row <= a.table.headerRow) return say(row === a.table.headerRow ? "plan-header-row" : "plan-above-table");
  if (a.state[row] === BLANK) return say("plan-blank-row");
  if (a.state[row] === OUTSIDE) return say("plan-outside-table");
  return undefined;
}

/** A column as the refusals name it: its header text, else `column 3`. */
export function columnName(headers: readonly string[] | undefined, column: number): string {
  return textOf(columnSay(headers, column));
}

/** `columnName` as data: the header text is the user's own, `column 3` is put into words in each language. */
export function columnSay(headers: readonly string[] | undefined, column: number): Say {
  const header = headerText(headers?.[column]);
  return header ? say("plan-column-header", { header }) : say("plan-column-number", { column: column + 1 });
}

/** Income, expense, the purchase value and the user's additive columns (by header text), ascending; never a per-unit column (copied, not split). */
export function additiveColumns(a: Analysis): number[] {
  const t = a.table;
  if (!t) return [];
  const cols = new Set(columnsNamed(t.headers, a.settings.additiveColumns));
  if (t.columns.income !== undefined) cols.add(t.columns.income);
  if (t.columns.expense !== undefined) cols.add(t.columns.expense);
  if (t.columns.purchase !== undefined) cols.add(t.columns.purchase);
  cols.delete(t.columns.quantity);
  cols.delete(t.columns.codes);
  for (const c of perUnitColumnsOf(t, a.settings)) cols.delete(c);
  return [...cols].sort((x, y) => x - y);
}

/** The widest of the given rows and `atLeast` (a loop: a selection may hold a million rows). */
export function widestRow(values: Grid, rows: readonly number[], atLeast: number): number {
  let width = atLeast;
  for (const r of rows) if (values[r].length > width) width = values[r].length;
  return width;
}
