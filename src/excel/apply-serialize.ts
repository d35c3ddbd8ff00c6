/**
 * Serialize in Excel (SPEC §3): each chosen row becomes N rows in place. Bottom-up,
 * so the addresses of the rows still to do stay valid; all in one batch:
 * insert N−1 entire rows, copy the original row onto them as Excel copies a row
 * (`copyFrom(…, "All")`: formats, and relative formulas adjusted), then write the
 * cells that differ per unit (quantity, codes as text, split amounts).
 *
 * Where the rows go decides whether totals keep their money: Excel grows a reference
 * such as SUM(E4:E7) only for rows inserted inside it (below its first row, at or
 * above its last). Rows inserted under the last row (a total under the inventory) or
 * at the first row stay outside. So the new rows go at the row itself (it moves down
 * and unit 1 is written where it was), except for the first data row, whose new rows
 * go below it.
 */
import { detectTable, type CellValue, type SerializePlan } from "../core";
import type { Rect } from "./addresses";
import { assertUnchanged } from "./apply-edits";
import { queueRestore, queueSnapshot, queueValues, type CellsSnapshot, type Fingerprint } from "./cell-snapshot";
import { ExcelActionError } from "./excel-action-error";
import { chunkBySize, estimateBytes, rollbackContext, StepFailure, syncStep } from "./office-run";
import { queueReselect, type InventoryRead } from "./read-inventory";
import { settingsFromStored } from "./settings-store";
import type { UndoRecord } from "./undo";

interface Placement {
  /** Sheet row of the original row before anything moved. */
  row: number;
  /** Rows inserted (N − 1). */
  added: number;
  /** True when the new rows go above the original (every row but the first data row). */
  above: boolean;
  rows: CellValue[][];
}

/** Sheet row of the inventory's first data row (under the header), -1 when unknown. */
function firstDataRow(read: InventoryRead): number {
  const stored = settingsFromStored(read.storedSettings).settings;
  const table = detectTable(read.values, { ...stored, origin: read.origin });
  return table ? read.rect.row + table.headerRow + 1 : -1;
}

/** Where each replacement lands; bottom-up order. */
function placements(read: InventoryRead, plan: SerializePlan): Placement[] {
  const lastTableRow = read.tableRect ? read.tableRect.row + read.tableRect.rows - 1 : -1;
  const first = plan.replacements.some((r) => r.rows.length > 1) ? firstDataRow(read) : -1;
  return plan.replacements
    .filter((r) => r.rows.length > 1)
    .map((r) => {
      const row = read.rect.row + r.row;
      // Inserted at the row, the new rows are inside every range that ends at it (a total
      // under the inventory, an Excel table's last row); at the first data row that would
      // put them before a range that starts there, so they go below it, still inside.
      const above = row !== first || row === lastTableRow;
      return { row, added: r.rows.length - 1, above, rows: r.rows };
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

/**
 * Bottom-up groups of placements, each one batch of about 2 MB at most: 500 pools
 * are one batch; only very large serializes take more (and the pane asks first).
 */
function chunkPlacements(list: readonly Placement[], budget = SERIALIZE_CHUNK_BYTES): Placement[][] {
  return chunkBySize(list, (p) => 600 + estimateBytes(p.rows), budget);
}

const SERIALIZE_CHUNK_BYTES = 2_000_000;

/** Queues one placement: insert N−1 rows, copy the row onto them, write what differs per unit. */
function queuePlacement(sheet: Excel.Worksheet, read: InventoryRead, p: Placement, codesColumn: number): void {
  const width = read.rect.columns;
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

/**
 * Queues undoing `done` (bottom-up placements that are in the sheet): delete their
 * new rows bottom-up — removing a lower block never moves a higher one — then put
 * every original row back and the selection as it was.
 */
function queueUnplace(
  sheet: Excel.Worksheet,
  read: InventoryRead,
  done: readonly Placement[],
  before: readonly CellsSnapshot[],
): void {
  const starts = finalStarts(done);
  done.forEach((p, i) => {
    const first = p.above ? starts[i] : starts[i] + 1;
    sheet.getRangeByIndexes(first, 0, p.added, 1).getEntireRow().delete("Up");
  });
  queueRestore(sheet, before);
  queueReselect(sheet, read.selectionAddress);
}

/** Applies a serialize plan; returns the undo record. `codesColumn` is a grid column written as text. */
export async function applySerialize(
  context: Excel.RequestContext,
  read: InventoryRead,
  plan: SerializePlan,
  codesColumn: number,
  beforeWrite?: () => void,
  /** Batch size in estimated request bytes (tests use a small one to get several batches). */
  chunkBytes = SERIALIZE_CHUNK_BYTES,
): Promise<{ undo: UndoRecord; newRows: number }> {
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  const list = placements(read, plan);
  const chunks = chunkPlacements(list, chunkBytes);
  const width = read.rect.columns;
  const rowRect = (row: number): Rect => ({ row, column: read.rect.column, rows: 1, columns: width });

  const used = sheet.getUsedRangeOrNullObject(true).load("address,rowCount");
  const before: CellsSnapshot[] = [];
  for (const chunk of chunks) {
    const snap = queueSnapshot(sheet, chunk.map((p) => rowRect(p.row)));
    await syncStep(context, "checking the rows");
    before.push(...snap());
  }
  assertUnchanged(read, used.isNullObject ? "" : used.address, before);
  beforeWrite?.();
  const originalCount = used.isNullObject ? 0 : used.rowCount;

  let written = 0;
  let after: () => Fingerprint[] = () => [];
  let usedAddress = "";
  try {
    for (const [i, chunk] of chunks.entries()) {
      for (const p of chunk) queuePlacement(sheet, read, p, codesColumn);
      const last = i === chunks.length - 1;
      let usedAfter: Excel.Range | undefined;
      if (last) {
        // Loads queued after the writes return what was written: the fingerprint costs no sync.
        const starts = finalStarts(list);
        after = queueValues(sheet, list.map((p, k): Rect => ({ row: starts[k], column: read.rect.column, rows: p.rows.length, columns: width })));
        usedAfter = sheet.getUsedRangeOrNullObject(true).load("address");
      }
      await syncStep(context, "inserting and writing the rows");
      if (usedAfter) usedAddress = usedAfter.isNullObject ? "" : usedAfter.address;
      written += 1;
    }
  } catch (error) {
    await rollbackContext(context, error, (ctx) =>
      rollback(ctx, ctx.workbook.worksheets.getItem(read.sheetName), read, chunks, written, before, originalCount, error),
    );
  }
  const restore = async (ctx: Excel.RequestContext, target: Excel.Worksheet): Promise<void> => {
    queueUnplace(target, read, list, before);
    await syncStep(ctx, "removing the added rows");
  };
  return {
    undo: { label: "serialize", sheetName: read.sheetName, after: after(), usedAddress, restore },
    newRows: list.reduce((n, p) => n + p.added, 0),
  };
}

/**
 * After a failed batch: the used range tells how many rows are in. Excel runs a
 * batch in order and keeps what ran before a failing operation, so any first j
 * placements (bottom-up) may be in; each adds rows, so the count names j. Undo
 * exactly those (a placement whose insert landed but not its writes is undone the
 * same way); a count that names no j is reported.
 */
async function rollback(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  read: InventoryRead,
  chunks: readonly Placement[][],
  written: number,
  before: readonly CellsSnapshot[],
  originalCount: number,
  error: unknown,
): Promise<never> {
  const step = error instanceof StepFailure ? error.step : "inserting and writing the rows";
  const cause = error instanceof StepFailure ? error.cause : error;
  const added = (ps: readonly Placement[]): number => ps.reduce((n, p) => n + p.added, 0);
  try {
    const used = sheet.getUsedRangeOrNullObject(true).load("rowCount");
    await context.sync();
    const count = used.isNullObject ? 0 : used.rowCount;
    const reached = chunks.slice(0, written + 1).flat();
    let j = chunks.slice(0, written).flat().length;
    while (j <= reached.length && originalCount + added(reached.slice(0, j)) !== count) j += 1;
    if (j > reached.length) throw new Error("partial insert");
    queueUnplace(sheet, read, reached.slice(0, j), before);
    await context.sync();
  } catch {
    throw new ExcelActionError(step, cause, false);
  }
  throw new ExcelActionError(step, cause, true);
}
