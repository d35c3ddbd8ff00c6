/** Small lookups the planners share: a row's errors, selected rows, additive columns. */
import type { Grid, Issue } from "./types";
import type { Analysis } from "./analyze";
import { BLANK, OUTSIDE } from "./analyze";
import { InventoryArgumentError } from "./errors";
import { columnsNamed } from "./columns";

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
  const errors = errorsOfRow(a.issues, row);
  if (errors.length === 0) {
    const table = a.issues.find((i) => i.severity === "error" && (i.rule === "duplicate-header" || i.rule === "no-header"));
    return table ? `the table has a header problem: ${table.message}` : "the row has errors";
  }
  const shown = errors.slice(0, 2).map((e) => e.message).join("; ");
  return `the row has ${errors.length === 1 ? "an error" : `${errors.length} errors`}: ${shown}${errors.length > 2 ? "; …" : ""}`;
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
  if (!a.table) return "no inventory table was found (no header row with quantity and stock codes)";
  if (row <= a.table.headerRow) return row === a.table.headerRow ? "this is the header row" : "this row is above the table";
  if (a.state[row] === BLANK) return "the row is blank";
  if (a.state[row] === OUTSIDE) return "the row is not in the table";
  return "";
}

/** Income, expense and the user's additive columns (by header text), ascending. */
export function additiveColumns(a: Analysis): number[] {
  const t = a.table;
  if (!t) return [];
  const cols = new Set(columnsNamed(t.headers, a.settings.additiveColumns));
  if (t.columns.income !== undefined) cols.add(t.columns.income);
  if (t.columns.expense !== undefined) cols.add(t.columns.expense);
  cols.delete(t.columns.quantity);
  cols.delete(t.columns.codes);
  return [...cols].sort((x, y) => x - y);
}

/** The widest of the given rows and `atLeast` (a loop: a selection may hold a million rows). */
export function widestRow(values: Grid, rows: readonly number[], atLeast: number): number {
  let width = atLeast;
  for (const r of rows) if (values[r].length > width) width = values[r].length;
  return width;
}
