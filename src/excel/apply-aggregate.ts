/**
 * Aggregate in Excel (docs/design.md §4): carries out the plan's change — the merged rows'
 * other rows deleted bottom-up, then the cells of each merged row that change (at the row
 * as the deletes leave it) — through the write transaction. One batch (several ~2 MB
 * batches only for very large merges); Undo re-inserts the rows top-down and puts back
 * their formulas, number formats and own cell styles (fill, bold, italic, font colour:
 * cell-styles.ts).
 *
 * Whole sheet rows are deleted, in an Excel table too, as serialize inserts whole rows: what
 * sits beside a record moves with it both ways (neighbours.ts refuses a delete that would
 * lose a value beside the inventory or cut another table; docs/design.md §16).
 */
import type { AggregatePlan, SheetChange } from "../core";
import { queueStylesBack } from "./cell-styles";
import { changeWrites } from "./cell-runs";
import { changeLayout } from "./change-layout";
import { aggregateChange, besideRects, rowRuns } from "./neighbours";
import { estimateBytes, isExcelApiSupported } from "./office-run";
import type { InventoryRead } from "./read-inventory";
import { rowChunks } from "./transaction-snapshot";
import type { UndoRecord } from "./undo";
import { runWriteTransaction, type Saved, type WriteStep } from "./write-transaction";

/** Consecutive sheet rows `[first, first + count)`. */
type RowRun = ReturnType<typeof rowRuns>[number];

const AGGREGATE_CHUNK_BYTES = 2_000_000;

/** What a deletion's queued operations cost in a batch, and its inverse's. */
const DELETE_BYTES = 250;

/** The run's whole sheet rows. */
function runRange(sheet: Excel.Worksheet, run: RowRun): Excel.Range {
  return sheet.getRangeByIndexes(run.first, 0, run.count, 1).getEntireRow();
}

/**
 * The delete steps, bottom-up so each run is where it was read. The inverse inserts the
 * run again: rows above it are back by then (inverses run newest first), so it lands where
 * it was. Each row gets the look of its merged row (rows merge only when they agree on
 * every other column, so they mostly share it), then its own cell styles where they
 * differed; the snapshot then restores its formulas and number formats.
 */
function deleteSteps(read: InventoryRead, plan: AggregatePlan, change: SheetChange): WriteStep[] {
  const top = read.rect.row;
  const layout = changeLayout(change);
  const deleted = new Set(change.deletes);
  const mergedInto = new Map<number, number>();
  for (const merge of plan.merges) {
    const kept = merge.rows.find((row) => !deleted.has(row)) ?? merge.rows[0];
    for (const row of merge.rows) if (row !== kept) mergedInto.set(top + row, top + kept);
  }
  const runs = rowRuns(change.deletes.map((d) => top + layout.deleteAt(d)));
  return runs.reverse().map((run) => ({
    rows: -run.count,
    bytes: DELETE_BYTES,
    // Deleted bottom-up with no insert before: the run is where it was read.
    reads: estimateBytes(read.values.slice(run.first - top, run.first - top + run.count)) + 100,
    guard: { rect: { row: run.first, column: read.rect.column, rows: run.count, columns: read.rect.columns }, source: (r) => run.first + r, home: (r) => run.first + r },
    queue: (sheet) => runRange(sheet, run).delete("Up"),
    inverse: (sheet, saved) => {
      runRange(sheet, run).insert("Down");
      regrowTable(sheet, read, run);
      queueLooksBack(sheet, read, run, mergedInto, saved);
    },
  }));
}

/** Gives the re-inserted rows of `run` their merged row's formats, then their own styles. */
function queueLooksBack(sheet: Excel.Worksheet, read: InventoryRead, run: RowRun, mergedInto: ReadonlyMap<number, number>, saved: Saved): void {
  const back: [row: number, keep: number][] = [];
  for (let row = run.first; row < run.first + run.count; row++) {
    const keep = mergedInto.get(row);
    if (keep === undefined) continue;
    const source = sheet.getRangeByIndexes(keep, read.rect.column, 1, read.rect.columns);
    sheet.getRangeByIndexes(row, read.rect.column, 1, read.rect.columns).copyFrom(source, "Formats");
    back.push([row, keep]);
  }
  queueStylesBack(sheet, saved.styles, back);
}

/**
 * Cells inserted directly below a table do not join it (Excel grows a table only for
 * rows inserted inside it), so rows put back at the end of a table without a totals row
 * are outside it until the table is resized to what it was (ExcelApi 1.13).
 */
function regrowTable(sheet: Excel.Worksheet, read: InventoryRead, run: RowRun): void {
  const whole = read.tableRange;
  if (!read.tableName || !whole || whole.hasTotals) return;
  if (run.first + run.count !== whole.rect.row + whole.rect.rows) return;
  if (!isExcelApiSupported("1.13")) return;
  sheet.tables.getItem(read.tableName).resize(sheet.getRangeByIndexes(whole.rect.row, whole.rect.column, whole.rect.rows, whole.rect.columns));
}

/** Applies an aggregate plan's change; returns the undo record and how many rows it removed. */
export async function applyAggregate(
  context: Excel.RequestContext,
  read: InventoryRead,
  plan: AggregatePlan,
  beforeWrite?: () => void,
  /** Batch size in estimated request bytes (tests use a small one to get several batches). */
  chunkBytes = AGGREGATE_CHUNK_BYTES,
): Promise<{ undo: UndoRecord; removedRows: number }> {
  const { change } = plan;
  const writes = changeWrites(read, change, chunkBytes);
  const merged = plan.merges.flatMap((merge) => merge.rows);
  const undo = await runWriteTransaction(context, read, {
    label: "excel-undo-label-aggregate",
    // Whole rows, with their styles: the deleted rows come back from the snapshot, the merged rows too.
    snapshot: rowChunks(read, [...change.deletes, ...writes.sourceRows], chunkBytes, true),
    styles: true,
    beside: besideRects(read, merged),
    moves: change.deletes.length > 0,
    steps: (saved) => {
      const physical = aggregateChange(read, plan, saved.beside);
      return [...deleteSteps(read, plan, physical), ...changeWrites(read, physical, chunkBytes).steps];
    },
    budget: chunkBytes,
    names: { check: "excel-step-checking-rows", write: "excel-step-merging", undo: "excel-step-putting-rows-back" },
  }, beforeWrite);
  return { undo, removedRows: change.deletes.length };
}
