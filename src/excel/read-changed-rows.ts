/**
 * The read of a live check that knows what changed (docs/design.md §25): in one sync, the rows
 * the user changed (the table's columns only) and what tells whether the rest of the sheet is as
 * it was — the used range, the Excel table's extent, the stored settings and Excel's culture.
 */
import type { CellValue, Settings } from "../core";
import type { Rect } from "./addresses";
import { queueExcelCulture } from "./excel-culture";
import { isPayloadTooLarge, StepFailure, syncStep } from "./office-run";
import { queueStoredSettings } from "./settings-store";

export interface ChangedRowsRequest {
  /** The sheet, by id or name. */
  sheetKey: string;
  /** First sheet column and column count of the rows to read. */
  column: number;
  columns: number;
  /** Sheet rows to read, ascending. */
  rows: readonly number[];
  /** The Excel table holding the inventory, when there is one: its extent is read too. */
  tableName?: string;
}

export interface ChangedRowsRead {
  sheetName: string;
  /** The used range (values only) as Excel gives it, "" on an empty sheet. */
  usedAddress: string;
  used: Rect | undefined;
  /** The table's range (totals row included), when asked for and still there. */
  table?: { rect: Rect; hasTotals: boolean };
  settings: Settings;
  settingsWarnings: string[];
  culture: string;
  /** The values of each row asked for, by sheet row. */
  values: Map<number, CellValue[]>;
  syncs: number;
}

/** Runs of consecutive rows: `[3, 4, 5, 9]` → `[[3, 3], [9, 1]]` (first, count). */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1] += 1;
    else runs.push([row, 1]);
  }
  return runs;
}

function rectOf(range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect {
  return { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

/** One sync; a payload too large fails it (the caller then reads the sheet in blocks). */
export async function readChangedRows(context: Excel.RequestContext, request: ChangedRowsRequest): Promise<ChangedRowsRead> {
  const sheet = context.workbook.worksheets.getItem(request.sheetKey).load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,rowCount,columnCount");
  const table = request.tableName === undefined ? undefined : sheet.tables.getItemOrNullObject(request.tableName).load("showTotals");
  const tableRange = table?.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
  const stored = queueStoredSettings(context);
  const culture = queueExcelCulture(context);
  const runs = rowRuns(request.rows).map(([row, count]) => ({
    row,
    range: sheet.getRangeByIndexes(row, request.column, count, request.columns).load("values"),
  }));
  await syncStep(context, "excel-step-reading-rows");
  const values = new Map<number, CellValue[]>();
  for (const { row, range } of runs) range.values.forEach((cells, i) => values.set(row + i, cells as CellValue[]));
  const { settings, warnings } = stored();
  return {
    sheetName: sheet.name,
    usedAddress: used.isNullObject ? "" : used.address,
    used: used.isNullObject ? undefined : rectOf(used),
    ...(table && tableRange && !table.isNullObject ? { table: { rect: rectOf(tableRange), hasTotals: table.showTotals } } : {}),
    settings,
    settingsWarnings: warnings,
    culture: culture(),
    values,
    syncs: 1,
  };
}

/** Cells one changed-rows read takes at most (as a block of a full read): more rows changed are read in full. */
const MAX_CHANGED_CELLS = 150_000;

/** Rows of `columns` cells one changed-rows read takes at most. */
export function maxChangedRows(columns: number): number {
  return Math.max(1, Math.floor(MAX_CHANGED_CELLS / Math.max(1, columns)));
}

/** True when a changed-rows read failed for its size (more than one request or response takes). */
export function isTooLargeToRead(error: unknown): boolean {
  return isPayloadTooLarge(error instanceof StepFailure ? error.cause : error);
}
