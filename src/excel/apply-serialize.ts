/**
 * Serialize in Excel (SPEC §3): each chosen row becomes N rows in place. Bottom-up,
 * so the addresses of the rows still to do stay valid; all in one batch:
 * insert N−1 entire rows, copy the original row onto them as Excel copies a row
 * (`copyFrom(…, "All")`: formats, and relative formulas adjusted), then write the
 * cells that differ per unit (quantity, codes as text, split amounts).
 */
import type { CellValue, SerializePlan } from "../core";
import type { Rect } from "./addresses";
import { assertUnchanged } from "./apply-edits";
import { queueRestore, queueSnapshot, queueValues, type CellsSnapshot } from "./cell-snapshot";
import { ExcelActionError } from "./errors";
import { StepFailure, syncStep } from "./office-run";
import { queueReselect, type InventoryRead } from "./read-inventory";
import type { UndoRecord } from "./undo";

interface Placement {
  /** Sheet row of the original row before anything moved. */
  row: number;
  /** Rows inserted (N − 1). */
  added: number;
  /** True when the new rows go above the original (the row is the last of a table). */
  above: boolean;
  rows: CellValue[][];
}

/** Where each replacement lands; bottom-up order. */
function placements(read: InventoryRead, plan: SerializePlan): Placement[] {
  const lastTableRow = read.tableRect ? read.tableRect.row + read.tableRect.rows - 1 : -1;
  return plan.replacements
    .filter((r) => r.rows.length > 1)
    .map((r) => {
      const row = read.rect.row + r.row;
      // Rows inserted directly below a table are outside it and the table would not
      // grow; inserting above the last row keeps them inside.
      return { row, added: r.rows.length - 1, above: row === lastTableRow, rows: r.rows };
    })
    .sort((a, b) => b.row - a.row);
}

/** First sheet row of each placement's block once every insert is done. */
function finalStarts(list: readonly Placement[]): number[] {
  return list.map((p) => p.row + list.filter((q) => q.row < p.row).reduce((n, q) => n + q.added, 0));
}

/** Columns (grid) where some unit row differs from the original row. */
function changedColumns(original: readonly CellValue[], rows: readonly (readonly CellValue[])[]): number[] {
  const width = Math.max(original.length, ...rows.map((r) => r.length));
  const cols: number[] = [];
  for (let c = 0; c < width; c++) {
    if (rows.some((r) => (r[c] ?? "") !== (original[c] ?? ""))) cols.push(c);
  }
  return cols;
}

/** Applies a serialize plan; returns the undo record. `codesColumn` is a grid column written as text. */
export async function applySerialize(
  context: Excel.RequestContext,
  read: InventoryRead,
  plan: SerializePlan,
  codesColumn: number,
  beforeWrite?: () => void,
): Promise<{ undo: UndoRecord; newRows: number }> {
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  const list = placements(read, plan);
  const width = read.rect.columns;
  const rowRect = (row: number): Rect => ({ row, column: read.rect.column, rows: 1, columns: width });

  const used = sheet.getUsedRangeOrNullObject(true).load("address,rowCount");
  const snap = queueSnapshot(sheet, list.map((p) => rowRect(p.row)));
  await syncStep(context, "checking the rows");
  const before = snap();
  assertUnchanged(read, used.isNullObject ? "" : used.address, before);
  beforeWrite?.();

  for (const p of list) {
    const original = read.values[p.row - read.rect.row];
    const insertAt = p.above ? p.row : p.row + 1;
    sheet.getRangeByIndexes(insertAt, 0, p.added, 1).getEntireRow().insert("Down");
    const source = sheet.getRangeByIndexes(p.above ? p.row + p.added : p.row, read.rect.column, 1, width);
    // One copy fills all N−1 rows: Excel repeats a source that fits the target an exact number of times.
    sheet.getRangeByIndexes(insertAt, read.rect.column, p.added, width).copyFrom(source, "All");
    for (const c of changedColumns(original, p.rows)) {
      const column = sheet.getRangeByIndexes(p.row, read.rect.column + c, p.rows.length, 1);
      if (c === codesColumn) column.numberFormat = p.rows.map(() => ["@"]);
      column.values = p.rows.map((r) => [r[c] ?? ""]) as (string | number | boolean)[][];
    }
  }
  const starts = finalStarts(list);
  const blocks = list.map((p, i): Rect => ({ row: starts[i], column: read.rect.column, rows: p.rows.length, columns: width }));
  const after = queueValues(sheet, blocks);
  const usedAfter = sheet.getUsedRangeOrNullObject(true).load("address");
  const newRows = list.reduce((n, p) => n + p.added, 0);
  const originalCount = used.isNullObject ? 0 : used.rowCount;

  const restore = async (ctx: Excel.RequestContext, target: Excel.Worksheet): Promise<void> => {
    // Bottom-up again: removing a lower block never moves a higher one.
    list.forEach((p, i) => {
      const first = p.above ? starts[i] : starts[i] + 1;
      target.getRangeByIndexes(first, 0, p.added, 1).getEntireRow().delete("Up");
    });
    queueRestore(target, before);
    queueReselect(target, read.selectionAddress);
    await syncStep(ctx, "removing the added rows");
  };

  try {
    await syncStep(context, "inserting and writing the rows");
  } catch (error) {
    await rollback(context, sheet, before, originalCount, newRows, restore, error);
  }
  return {
    undo: { label: "serialize", sheetName: read.sheetName, after: after(), usedAddress: usedAfter.isNullObject ? "" : usedAfter.address, restore },
    newRows,
  };
}

/**
 * After a failed write batch: if Excel applied it (the used range grew by exactly
 * the inserted rows) undo it all; if it applied nothing, rewrite the original rows
 * (harmless); anything in between cannot be told apart safely and is reported.
 */
async function rollback(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  before: readonly CellsSnapshot[],
  originalCount: number,
  newRows: number,
  restore: (ctx: Excel.RequestContext, target: Excel.Worksheet) => Promise<void>,
  error: unknown,
): Promise<never> {
  const step = error instanceof StepFailure ? error.step : "inserting and writing the rows";
  const cause = error instanceof StepFailure ? error.cause : error;
  try {
    const used = sheet.getUsedRangeOrNullObject(true).load("rowCount");
    await context.sync();
    const count = used.isNullObject ? 0 : used.rowCount;
    if (count === originalCount + newRows) {
      await restore(context, sheet);
    } else if (count === originalCount) {
      queueRestore(sheet, before);
      await context.sync();
    } else {
      throw new Error("partial insert");
    }
  } catch {
    throw new ExcelActionError(step, cause, false);
  }
  throw new ExcelActionError(step, cause, true);
}
