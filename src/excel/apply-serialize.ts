/**
 * Serialize in Excel (docs/design.md §3): carries out the plan's change — copies of each
 * pooled row inserted next to it, then the cells that differ per unit — through the write
 * transaction. An insert is whole sheet rows, filled by copying the row as Excel copies a
 * row (`copyFrom(…, "All")`: formats, and relative formulas adjusted); inserts go top-down,
 * so each lands where the plan's rows say, and the writes land in the rows as the plan
 * leaves them.
 *
 * Where the rows go decides whether totals keep their money: Excel grows a reference
 * such as SUM(E4:E7) only for rows inserted inside it (below its first row, at or
 * above its last). Rows inserted under the last row (a total under the inventory) or
 * at the first row stay outside. So the new rows go at the row itself (it moves down
 * and the copies take its place), except for the first data row, whose new rows
 * go below it.
 */
import type { SerializePlan } from "../core";
import { changeWrites } from "./cell-runs";
import { changeLayout, type ChangeLayout } from "./change-layout";
import { refuseSplitTables } from "./neighbours";
import type { InventoryRead } from "./read-inventory";
import { rowChunks } from "./transaction-snapshot";
import type { UndoRecord } from "./undo";
import { runWriteTransaction, type WriteStep } from "./write-transaction";

/** Request bytes per batch: 500 pools are one batch; only very large serializes take more (and the pane asks first). */
const SERIALIZE_CHUNK_BYTES = 2_000_000;

/** What an insert's queued operations cost in a batch (insert, copy, ranges). */
const INSERT_BYTES = 300;

/**
 * Whether insert `i`'s copies go above its row. Inserted at the row, the copies are inside every
 * range that ends at it (a total under the inventory, an Excel table's last row); at the first
 * data row that would put them before a range that starts there, so they go below it, still inside.
 */
function goesAbove(read: InventoryRead, change: SerializePlan["change"], i: number): boolean {
  const firstDataRow = change.headerRow < 0 ? -1 : change.headerRow + 1;
  const lastTableRow = read.tableRect ? read.tableRect.row - read.rect.row + read.tableRect.rows - 1 : -1;
  const { row } = change.inserts[i];
  return row !== firstDataRow || row === lastTableRow;
}

/** The insert steps: `count` copies of a row next to it, top-down; undone by deleting the copies. */
function insertSteps(read: InventoryRead, plan: SerializePlan, layout: ChangeLayout): WriteStep[] {
  const { change } = plan;
  const { column, columns } = read.rect;
  return change.inserts.map((insert, i) => {
    const above = goesAbove(read, change, i);
    const row = read.rect.row + layout.insertAt(i);
    const first = above ? row : row + 1;
    return {
      rows: insert.count,
      bytes: INSERT_BYTES,
      queue: (sheet) => {
        sheet.getRangeByIndexes(first, 0, insert.count, 1).getEntireRow().insert("Down");
        const source = sheet.getRangeByIndexes(above ? row + insert.count : row, column, 1, columns);
        // One copy fills every new row: Excel repeats a source that fits the target an exact number of times.
        sheet.getRangeByIndexes(first, column, insert.count, columns).copyFrom(source, "All");
      },
      inverse: (sheet) => sheet.getRangeByIndexes(first, 0, insert.count, 1).getEntireRow().delete("Up"),
    };
  });
}

/** Whether a final grid row is one of the copies (the row itself sits below them, or above at the first data row). */
function copyRows(read: InventoryRead, change: SerializePlan["change"]): (row: number) => boolean {
  const layout = changeLayout(change);
  const copies = new Set<number>();
  change.inserts.forEach((insert, i) => {
    const start = layout.insertAt(i);
    const original = goesAbove(read, change, i) ? start + insert.count : start;
    for (let row = start; row <= start + insert.count; row++) if (row !== original) copies.add(row);
  });
  return (row) => copies.has(row);
}

/** Applies a serialize plan's change; returns the undo record and how many rows it added. */
export async function applySerialize(
  context: Excel.RequestContext,
  read: InventoryRead,
  plan: SerializePlan,
  beforeWrite?: () => void,
  /** Batch size in estimated request bytes (tests use a small one to get several batches). */
  chunkBytes = SERIALIZE_CHUNK_BYTES,
): Promise<{ undo: UndoRecord; newRows: number }> {
  const { change } = plan;
  // Whole rows go in before these sheet rows (as read): never through another table's middle.
  const boundaries = change.inserts.map((insert, i) => read.rect.row + insert.row + (goesAbove(read, change, i) ? 0 : 1));
  refuseSplitTables(read, "excel-undo-label-serialize", boundaries);
  const writes = changeWrites(read, change, chunkBytes, copyRows(read, change));
  const undo = await runWriteTransaction(context, read, {
    label: "excel-undo-label-serialize",
    // Whole rows as read that the change copies or writes: Undo deletes the copies and puts these back.
    snapshot: rowChunks(read, [...change.inserts.map((insert) => insert.row), ...writes.sourceRows], chunkBytes),
    steps: [...insertSteps(read, plan, changeLayout(change)), ...writes.steps],
    budget: chunkBytes,
    names: { check: "excel-step-checking-rows", write: "excel-step-serializing", undo: "excel-step-removing-added-rows" },
  }, beforeWrite);
  return { undo, newRows: change.inserts.reduce((n, insert) => n + insert.count, 0) };
}
