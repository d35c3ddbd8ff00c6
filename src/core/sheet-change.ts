/**
 * The one place where a plan's `SheetChange` is worked out (docs/design.md §11):
 * which cells of a row changed, where a row read from the sheet ends up after the inserts and
 * deletes, and which writes are text. Serialize, aggregate, the fixes and generated codes all
 * build their change here, so Excel and the command line write exactly the same cells.
 */
import type { CellEdit, CellValue, Grid, RowInsert, SheetChange } from "./types";
import { isEmpty } from "./cells";

/** Same cell content: `""`, `null` and `undefined` are all the one empty; anything else compares with `===`. */
export function sameCellValue(a: CellValue, b: CellValue): boolean {
  return a === b || (isEmpty(a) && isEmpty(b));
}

/** A write of `value`; every non-empty text is written as text, so Excel cannot turn it into a number or date. */
export function cellWrite(row: number, column: number, value: CellValue): CellEdit {
  return { row, column, value, asText: typeof value === "string" && value !== "" };
}

/**
 * Where a grid row as read (before any change) ends up once `inserts` and `deletes` are done:
 * moved down by the copies inserted below rows above it, up by the rows deleted above it.
 * A row's own copies go below it, so they do not move it.
 *
 * @example finalRows({ inserts: [{ row: 1, count: 2 }], deletes: [4] })(5) // 6
 */
export function finalRows(change: Pick<SheetChange, "inserts" | "deletes">): (row: number) => number {
  const insertRows = change.inserts.map((i) => i.row);
  const added: number[] = [0]; // added[k]: copies inserted below the first k insert rows
  for (const insert of change.inserts) added.push(added[added.length - 1] + insert.count);
  const deletes = change.deletes;
  return (row) => row + added[countBelow(insertRows, row)] - countBelow(deletes, row);
}

/** How many entries of the ascending `sorted` are less than `value` (binary search). */
export function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A row of the sheet as read and the rows it becomes: the first at its final place, the rest (its copies) directly below. */
export interface RowOutcome {
  row: number;
  rows: readonly (readonly CellValue[])[];
}

/** A cell (as read) and the value it is given. */
export interface CellOutcome {
  row: number;
  column: number;
  value: CellValue;
}

/** What a plan does, as the planner knows it; `sheetChange` turns it into the writes. */
export interface ChangeParts {
  inserts?: RowInsert[];
  deletes?: number[];
  /** Rows whose values change (serialize's units, aggregate's merged rows). */
  rows?: Iterable<RowOutcome>;
  /** Single cells (fixes, generated codes), one per cell. */
  cells?: Iterable<CellOutcome>;
}

/**
 * The change a plan asks for: inserts and deletes as given (ascending), and a write for every
 * cell whose new value differs from what the sheet holds there after the inserts and deletes
 * (an inserted row holds a copy of the row above it), in final rows, sorted by row then column.
 */
export function sheetChange(values: Grid, headerRow: number, parts: ChangeParts): SheetChange {
  const inserts = parts.inserts ?? [];
  const deletes = parts.deletes ?? [];
  const final = finalRows({ inserts, deletes });
  const writes: CellEdit[] = [];
  for (const outcome of parts.rows ?? []) {
    const before = values[outcome.row];
    const first = final(outcome.row);
    outcome.rows.forEach((after, k) => rowWrites(first + k, before, after, writes));
  }
  for (const { row, column, value } of parts.cells ?? []) {
    if (!sameCellValue(values[row]?.[column], value)) writes.push(cellWrite(final(row), column, value));
  }
  if (!isSorted(writes)) writes.sort(byCell);
  return { headerRow, inserts, deletes, writes };
}

/** Appends to `out` a write for each cell of `after` that differs from `before`, at grid row `row`. */
function rowWrites(row: number, before: readonly CellValue[], after: readonly CellValue[], out: CellEdit[]): void {
  for (let c = 0; c < after.length; c++) {
    if (!sameCellValue(before[c], after[c])) out.push(cellWrite(row, c, after[c]));
  }
}

const byCell = (x: CellEdit, y: CellEdit): number => x.row - y.row || x.column - y.column;

/** Serialize and aggregate make their writes in order already; sorting a million of them again would cost a second. */
function isSorted(writes: readonly CellEdit[]): boolean {
  for (let i = 1; i < writes.length; i++) if (byCell(writes[i - 1], writes[i]) > 0) return false;
  return true;
}
