/**
 * Applies a plan's cell writes (fixes, generated codes) through the write transaction:
 * check the cells are as read, write them, keep what they held for Undo. Two syncs per
 * ~1 MB chunk of writes: snapshot, write (+ read back); a restore only on failure.
 */
import type { SheetChange } from "../core";
import { cutRuns, runBytes, runsFromEdits, runSteps } from "./cell-runs";
import { chunkBySize } from "./office-run";
import type { InventoryRead } from "./read-inventory";
import type { UndoLabel, UndoRecord } from "./undo";
import { runWriteTransaction } from "./write-transaction";

export { runsFromEdits, type CellRun } from "./cell-runs";

/**
 * Request bytes of writes per batch, and of their cells per snapshot: a snapshot returns
 * formulas, formats and values (about three times the values), so about 3 MB comes back.
 */
const EDIT_CHUNK_BYTES = 1_000_000;

/**
 * Writes `change.writes` (a change without inserts or deletes) to the inventory read in
 * `read`; returns the undo record. Syncs: 2 per ~1 MB chunk (+1 per halving).
 */
export async function applyCellEdits(
  context: Excel.RequestContext,
  read: InventoryRead,
  change: SheetChange,
  label: UndoLabel,
  beforeWrite?: () => void,
): Promise<UndoRecord> {
  // A programmer's mistake, never the operator's: the app shows its general sentence.
  if (change.inserts.length > 0 || change.deletes.length > 0) throw new RangeError("applyCellEdits takes a change that only writes cells.");
  const runs = cutRuns(runsFromEdits(change.writes, read.rect), EDIT_CHUNK_BYTES);
  return runWriteTransaction(context, read, {
    label,
    // The snapshot chunks are the write batches: the same runs, cut by the same budget.
    snapshot: chunkBySize(runs, runBytes, EDIT_CHUNK_BYTES).map((chunk) => chunk.map((run) => run.rect)),
    steps: runSteps(runs),
    budget: EDIT_CHUNK_BYTES,
    names: { check: "excel-step-checking-cells", write: "excel-step-writing-cells", undo: "excel-step-restoring-cells" },
  }, beforeWrite);
}
