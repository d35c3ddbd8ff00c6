/**
 * Reading only the table when the used range is far wider than any inventory (docs/design.md
 * §16 "Reading only the table in Excel"): a stray value at XFD4000 or XFD1048576 makes the used
 * range 16,384 columns wide, and reading all of it costs hundreds of syncs (or a hundred
 * thousand). Instead:
 * 1. the header window, in the first 64 columns (wider while its values reach the edge);
 * 2. the table's columns are those the window holds anything in (and every Excel table's);
 *    one sync asks Excel for the used range of those columns (their last non-empty row) and
 *    for the used range of the columns right of them (what is ignored);
 * 3. the rest of the table's columns, down to that row, in blocks.
 * What lies right of the table's columns is named once in a note; a used range no wider than
 * `WINDOW_COLUMNS` is read as before.
 */
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, outsideInventoryNote, type CellValue, type ReportNote } from "../core";
import { cellAddress, stripSheet, type Rect } from "./addresses";
import { syncStep } from "./office-run";
import { readRows, type RowReadOptions, type RowsRead } from "./read-rows";

/** A used range wider than this is read table-only. */
export const WINDOW_COLUMNS = 256;

/** Columns of the first header-window read; doubled while the window's values reach near its right edge. */
const FIRST_WINDOW_COLUMNS = 64;

/** Filled columns this close to the window's right edge may go on past it: the window is read wider. */
const EDGE_COLUMNS = 8;

/** Outside cells read to name the first and count the rest; a larger area is named by its address. */
const OUTSIDE_CELLS_READ = 10_000;

/** The rows of the table's columns, and what was left outside them. */
export interface TableOnlyRead extends RowsRead {
  /** How many columns were read, from the used range's first. */
  columns: number;
  notes: ReportNote[];
}

/** The last column (index into a row, -1 when none) holding anything in `values`. */
function lastFilledColumn(values: readonly (readonly CellValue[])[]): number {
  let last = -1;
  for (const row of values) {
    for (let c = row.length - 1; c > last; c--) {
      const v = row[c];
      if (v !== "" && v !== null && v !== undefined) {
        last = c;
        break;
      }
    }
  }
  return last;
}

/** How many columns from `used.column` the table spans: the window's filled columns and every Excel table. */
function tableColumns(used: Rect, window: RowsRead): number {
  let last = lastFilledColumn(window.values);
  for (const { range } of window.tables) last = Math.max(last, range.columnIndex + range.columnCount - 1 - used.column);
  return Math.min(used.columns, Math.max(1, last + 1));
}

/** The header window, read wider while its values reach near the right edge of what was read. */
async function readWindow(
  context: Excel.RequestContext, sheet: Excel.Worksheet, used: Rect, tableNames: readonly string[], options: RowReadOptions,
): Promise<RowsRead> {
  let width = FIRST_WINDOW_COLUMNS;
  let syncs = 0;
  for (;;) {
    const window = await readRows(context, sheet, { ...used, columns: Math.min(width, used.columns) }, tableNames, { ...options, headerWindow: true });
    syncs += window.syncs;
    if (width >= used.columns || lastFilledColumn(window.values) < width - EDGE_COLUMNS) return { ...window, syncs };
    width *= 2;
  }
}

/** The note for the used cells right of the table's columns: the first one named, the rest counted. */
async function outsideNote(context: Excel.RequestContext, outside: Excel.Range): Promise<{ notes: ReportNote[]; syncs: number }> {
  if (outside.isNullObject) return { notes: [], syncs: 0 };
  let address = cellAddress(outside.rowIndex, outside.columnIndex);
  let more = 0;
  let syncs = 0;
  const cells = outside.rowCount * outside.columnCount;
  if (cells === 1) address = stripSheet(outside.address);
  else if (cells <= OUTSIDE_CELLS_READ) {
    outside.load("values");
    await syncStep(context, "excel-step-reading-rows");
    syncs += 1;
    const filled: string[] = [];
    (outside.values as CellValue[][]).forEach((row, r) => row.forEach((v, c) => {
      if (v !== "" && v !== null && v !== undefined) filled.push(cellAddress(outside.rowIndex + r, outside.columnIndex + c));
    }));
    address = filled[0] ?? address;
    more = Math.max(0, filled.length - 1);
  } else address = stripSheet(outside.address);
  return { notes: [outsideInventoryNote(address, more)], syncs };
}

/**
 * Reads the table's columns of `used` (wider than `WINDOW_COLUMNS`): the header window, one
 * sync for the extents, then the remaining rows in blocks. With `headerWindow` only the window.
 */
export async function readTableOnly(
  context: Excel.RequestContext, sheet: Excel.Worksheet, used: Rect, tableNames: readonly string[], options: RowReadOptions,
): Promise<TableOnlyRead> {
  const window = await readWindow(context, sheet, used, tableNames, options);
  const columns = tableColumns(used, window);
  const trim = (rows: CellValue[][]) => rows.map((row) => row.slice(0, columns));
  if (options.headerWindow) return { ...window, values: trim(window.values), columns, notes: [] };
  const own = sheet.getRangeByIndexes(used.row, used.column, EXCEL_MAX_ROWS - used.row, columns).getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  const right = used.column + columns;
  const outside = right < EXCEL_MAX_COLUMNS
    ? sheet.getRangeByIndexes(0, right, EXCEL_MAX_ROWS, EXCEL_MAX_COLUMNS - right).getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,rowCount,columnCount")
    : undefined;
  await syncStep(context, "excel-step-reading-rows");
  let bottom = own.isNullObject ? used.row : own.rowIndex + own.rowCount;
  for (const { range } of window.tables) bottom = Math.max(bottom, range.rowIndex + range.rowCount);
  const { notes, syncs } = outside ? await outsideNote(context, outside) : { notes: [], syncs: 0 };
  const values = trim(window.values).slice(0, bottom - used.row);
  const from = used.row + values.length;
  const rest = from < bottom ? await readRows(context, sheet, { row: from, column: used.column, rows: bottom - from, columns }, [], options) : undefined;
  if (rest) for (const row of rest.values) values.push(row);
  return {
    values, tables: window.tables, columns, notes,
    syncs: window.syncs + 1 + syncs + (rest?.syncs ?? 0), blocks: window.blocks + (rest?.blocks ?? 0),
  };
}
