/**
 * Where the header row may be (docs/design.md §1): among the first `HEADER_SEARCH_ROWS`
 * non-blank rows of the sheet. Blank rows do not count, so a title, 25 empty rows and then
 * the header is found. Every reader (check, find, the column mapping, the command line)
 * uses this one window.
 */
import type { CellValue, Grid } from "./types";
import { isEmpty } from "./cells";

/** Non-blank rows searched for the header row. */
export const HEADER_SEARCH_ROWS = 20;

/** True when no cell of the row holds anything. */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!Array.isArray(row)) return true;
  for (let c = 0; c < row.length; c++) if (!isEmpty(row[c])) return false;
  return true;
}

/**
 * How many rows from the top of `values` hold the header window: `complete` when they
 * include `HEADER_SEARCH_ROWS` non-blank rows (the rest of the sheet cannot hold the header),
 * else the window may go on below the rows given and a reader should read more.
 *
 * @example headerWindow([["Title"], [], ["Qty", "Code"]]) // { rows: 3, complete: false }
 */
export function headerWindow(values: Grid): { rows: number; complete: boolean } {
  let used = 0;
  for (let r = 0; r < values.length; r++) {
    if (isBlankRow(values[r])) continue;
    if (++used === HEADER_SEARCH_ROWS) return { rows: r + 1, complete: true };
  }
  return { rows: values.length, complete: false };
}

/**
 * The rows of the header window that hold anything, top down, at most `limit` of them: what a
 * header search looked at, for a message that shows them when no header was found.
 *
 * @example windowRows([["Title"], [], ["Qty;Code"]]) // [0, 2]
 */
export function windowRows(values: Grid, limit = HEADER_SEARCH_ROWS): number[] {
  const rows: number[] = [];
  const max = Math.min(limit, HEADER_SEARCH_ROWS);
  for (let r = 0; r < values.length && rows.length < max; r++) if (!isBlankRow(values[r])) rows.push(r);
  return rows;
}

