/**
 * Aggregate in Excel (SPEC §4): each group's merged row is written over its first
 * row (only the cells that change; codes as text), then the group's other rows are
 * deleted bottom-up. One batch (several ~2 MB batches only for very large merges);
 * Undo re-inserts the rows top-down and puts back their formulas, number formats and
 * own cell styles (fill, bold, italic, font colour: cell-styles.ts).
 *
 * In an Excel table only the table's cells are deleted and re-inserted, as Excel's own
 * "Delete Table Rows" does: deleting whole sheet rows would also delete whatever the user
 * keeps beside the table in those rows, which aggregate was never asked to touch.
 */
import type { AggregatePlan, CellValue } from "../core";
import type { Rect } from "./addresses";
import { assertUnchanged } from "./apply-edits";
import { queueRestore, queueSnapshot, queueValues, type CellsSnapshot, type Fingerprint } from "./cell-snapshot";
import { queueStyles, queueStylesBack, STYLE_BYTES_PER_CELL, type RowStyles } from "./cell-styles";
import { ExcelActionError } from "./excel-action-error";
import { chunkBySize, estimateBytes, isExcelApiSupported, rollbackContext, StepFailure, syncStep } from "./office-run";
import { queueReselect, type InventoryRead } from "./read-inventory";
import type { UndoRecord } from "./undo";

/** Consecutive sheet rows `[first, first + count)`. */
interface RowRun {
  first: number;
  count: number;
}

function runsOf(rows: readonly number[]): RowRun[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: RowRun[] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === r) last.count += 1;
    else runs.push({ first: r, count: 1 });
  }
  return runs;
}

/** One queued piece of the change: a cell write or the deletion of a run of rows. */
type Step = { kind: "write"; row: number; column: number; value: CellValue; asText: boolean } | { kind: "delete"; run: RowRun };

const AGGREGATE_CHUNK_BYTES = 2_000_000;

/** The run's rows: the table's cells in a table inventory, else whole sheet rows. */
function runRange(sheet: Excel.Worksheet, read: InventoryRead, run: RowRun): Excel.Range {
  if (read.tableName) return sheet.getRangeByIndexes(run.first, read.rect.column, run.count, read.rect.columns);
  return sheet.getRangeByIndexes(run.first, 0, run.count, 1).getEntireRow();
}

function queueStep(sheet: Excel.Worksheet, read: InventoryRead, step: Step): void {
  if (step.kind === "delete") {
    runRange(sheet, read, step.run).delete("Up");
    return;
  }
  const cell = sheet.getRangeByIndexes(step.row, step.column, 1, 1);
  if (step.asText) cell.numberFormat = [["@"]];
  cell.values = [[step.value as string | number | boolean]];
}

export async function applyAggregate(
  context: Excel.RequestContext,
  read: InventoryRead,
  plan: AggregatePlan,
  codesColumn: number,
  beforeWrite?: () => void,
  /** Batch size in estimated request bytes (tests use a small one to get several batches). */
  chunkBytes = AGGREGATE_CHUNK_BYTES,
): Promise<{ undo: UndoRecord; removedRows: number }> {
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  const width = read.rect.columns;
  const rowRect = (row: number): Rect => ({ row, column: read.rect.column, rows: 1, columns: width });
  const merges = plan.merges
    .filter((m) => m.rows.length > 1)
    .map((m) => {
      const rows = [...m.rows].sort((a, b) => a - b).map((r) => read.rect.row + r);
      return { keep: rows[0], drop: rows.slice(1), row: m.row, original: read.values[rows[0] - read.rect.row] };
    });
  const touched = merges.flatMap((m) => [m.keep, ...m.drop]).sort((a, b) => a - b);
  const dropped = runsOf(merges.flatMap((m) => m.drop));
  const firstOf = new Map<number, number>();
  for (const m of merges) for (const d of m.drop) firstOf.set(d, m.keep);

  const used = sheet.getUsedRangeOrNullObject(true).load("address,rowCount");
  const rowsNow = rowCountOf(sheet, read);
  const before: CellsSnapshot[] = [];
  const styles = new Map<number, RowStyles>();
  // A snapshot returns formulas, formats and values (about three times the row's values)
  // and each cell's styles, loaded in the same syncs.
  const snapshotBytes = (row: number): number =>
    3 * estimateBytes([read.values[row - read.rect.row] ?? []]) + (20 + STYLE_BYTES_PER_CELL) * width + 100;
  for (const rows of chunkBySize(touched, snapshotBytes, chunkBytes)) {
    const snap = queueSnapshot(sheet, rows.map(rowRect));
    const styled = queueStyles(sheet, rows.map(rowRect));
    await syncStep(context, "checking the rows");
    before.push(...snap());
    for (const [row, s] of styled()) styles.set(row, s);
  }
  assertUnchanged(read, used.isNullObject ? "" : used.address, before);
  beforeWrite?.();

  // Writes first, at the original positions; deletes after, bottom-up.
  const steps: Step[] = [];
  for (const m of merges) {
    for (let c = 0; c < Math.max(width, m.row.length); c++) {
      const value: CellValue = m.row[c] ?? "";
      if (value === (m.original[c] ?? "")) continue;
      steps.push({ kind: "write", row: m.keep, column: read.rect.column + c, value, asText: c === codesColumn });
    }
  }
  for (const run of [...dropped].reverse()) steps.push({ kind: "delete", run });
  const chunks = chunkBySize(steps, (st) => (st.kind === "write" ? 200 + String(st.value).length : 250), chunkBytes);

  const drops = merges.flatMap((m) => m.drop).sort((a, b) => a - b);
  const finalRow = (row: number): number => row - countBelow(drops, row);
  const removedRows = dropped.reduce((n, r) => n + r.count, 0);
  const originalCount = rowsNow();
  let after: () => Fingerprint[] = () => [];
  let usedAddress = "";
  let written = 0;
  try {
    for (const [i, chunk] of chunks.entries()) {
      for (const st of chunk) queueStep(sheet, read, st);
      let usedAfter: Excel.Range | undefined;
      if (i === chunks.length - 1) {
        // Loads queued after the writes return what was written: the fingerprint costs no sync.
        after = queueValues(sheet, merges.map((m) => rowRect(finalRow(m.keep))));
        usedAfter = sheet.getUsedRangeOrNullObject(true).load("address");
      }
      await syncStep(context, "merging the rows");
      if (usedAfter) usedAddress = usedAfter.isNullObject ? "" : usedAfter.address;
      written += 1;
    }
  } catch (error) {
    // Excel keeps the operations of a failed batch that ran before the failing one:
    // any first j deletions of the batches reached may be in (each is a candidate).
    const deletesIn = (n: number): RowRun[] => chunks.slice(0, n).flat().flatMap((st) => (st.kind === "delete" ? [st.run] : []));
    const reached = deletesIn(written + 1);
    const candidates: RowRun[][] = [];
    for (let j = deletesIn(written).length; j <= reached.length; j++) candidates.push(reached.slice(0, j).reverse());
    await rollbackContext(context, error, (ctx) =>
      rollback(ctx, ctx.workbook.worksheets.getItem(read.sheetName), read, { before, styles, firstOf }, originalCount, candidates, error),
    );
  }
  const restore = async (ctx: Excel.RequestContext, target: Excel.Worksheet): Promise<void> => {
    queueReinsert(target, read, dropped, firstOf, styles);
    queueRestore(target, before);
    queueReselect(target, read.selectionAddress);
    await syncStep(ctx, "putting the rows back");
  };
  return {
    undo: { label: "aggregate", sheetName: read.sheetName, after: after(), usedAddress, restore },
    removedRows,
  };
}

/**
 * Top-down: once every deleted row above `d` is back, inserting at `d` puts it
 * exactly where it was. Each row gets the look of its group's first row (rows
 * merge only when they agree on every other column, so they mostly share it), then
 * its own cell styles where they differed; the snapshot then restores its formulas
 * and number formats.
 */
function queueReinsert(
  sheet: Excel.Worksheet,
  read: InventoryRead,
  dropped: readonly RowRun[],
  firstOf: ReadonlyMap<number, number>,
  styles: ReadonlyMap<number, RowStyles>,
): void {
  for (const run of dropped) runRange(sheet, read, run).insert("Down");
  regrowTable(sheet, read, dropped);
  const back: [row: number, keep: number][] = [];
  for (const run of dropped) {
    for (let r = run.first; r < run.first + run.count; r++) {
      const keep = firstOf.get(r);
      if (keep === undefined) continue;
      // After all inserts, the kept row is back at its original index.
      const source = sheet.getRangeByIndexes(keep, read.rect.column, 1, read.rect.columns);
      sheet.getRangeByIndexes(r, read.rect.column, 1, read.rect.columns).copyFrom(source, "Formats");
      back.push([r, keep]);
    }
  }
  queueStylesBack(sheet, styles, back);
}

/**
 * Cells inserted directly below a table do not join it (Excel grows a table only for
 * rows inserted inside it), so rows put back at the end of a table without a totals row
 * are outside it until the table is resized to what it was (ExcelApi 1.13).
 */
function regrowTable(sheet: Excel.Worksheet, read: InventoryRead, dropped: readonly RowRun[]): void {
  const whole = read.tableRange;
  const last = dropped[dropped.length - 1];
  if (!read.tableName || !whole || whole.hasTotals || !last) return;
  if (last.first + last.count !== whole.rect.row + whole.rect.rows) return;
  if (!isExcelApiSupported("1.13")) return;
  sheet.tables.getItem(read.tableName).resize(sheet.getRangeByIndexes(whole.rect.row, whole.rect.column, whole.rect.rows, whole.rect.columns));
}

/**
 * Queues a load of the row count that each deletion lowers by its rows: the table's in a
 * table inventory (only its cells move, so the used range may keep its size), else the
 * used range's. The returned function reads it after the sync.
 */
function rowCountOf(sheet: Excel.Worksheet, read: InventoryRead): () => number {
  if (read.tableName) {
    const range = sheet.tables.getItem(read.tableName).getRange().load("rowCount");
    return () => range.rowCount;
  }
  const used = sheet.getUsedRangeOrNullObject(true).load("rowCount");
  return () => (used.isNullObject ? 0 : used.rowCount);
}

/**
 * After a failed batch: the row count (rowCountOf) tells which deletions are in —
 * those of the batches written before, plus the first j of the failed one. Put those
 * rows back (ascending: `deleted` lists runs top-down) with their styles, and every
 * touched row's formulas and number formats; any other count is reported as not undone.
 */
async function rollback(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  read: InventoryRead,
  saved: { before: readonly CellsSnapshot[]; styles: ReadonlyMap<number, RowStyles>; firstOf: ReadonlyMap<number, number> },
  originalCount: number,
  candidates: readonly RowRun[][],
  error: unknown,
): Promise<never> {
  const step = error instanceof StepFailure ? error.step : "merging the rows";
  const cause = error instanceof StepFailure ? error.cause : error;
  try {
    const rowsNow = rowCountOf(sheet, read);
    await context.sync();
    const count = rowsNow();
    const deleted = candidates.find((runs) => count === originalCount - runs.reduce((n, r) => n + r.count, 0));
    if (deleted === undefined) throw new Error("partial delete");
    queueReinsert(sheet, read, deleted, saved.firstOf, saved.styles);
    queueRestore(sheet, saved.before);
    queueReselect(sheet, read.selectionAddress);
    await context.sync();
  } catch {
    throw new ExcelActionError(step, cause, false);
  }
  throw new ExcelActionError(step, cause, true);
}

/** How many of the ascending `sorted` are below `value` (binary search). */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
