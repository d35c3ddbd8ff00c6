/**
 * The one way a write action changes the inventory sheet (docs/design.md §7), written once:
 *
 * 1. snapshot the cells the change touches (formulas, number formats, values; cell styles
 *    where asked), one sync per chunk under the payload budget, halving a chunk that is still
 *    too large;
 * 2. refuse ("changed-meanwhile") unless those cells and the used range are as read;
 * 3. queue the steps in batches, one sync each; the last syncs also load the fingerprint for
 *    the pane's Undo (loads queued after the writes return what was written: no extra sync);
 * 4. after a failed batch, find how many steps landed (Excel keeps the operations before
 *    the failing one; the row count tells for steps that add or remove rows), queue their
 *    inverses newest first, restore the snapshot and the selection, and throw an
 *    `ExcelActionError` naming the failed step and whether the sheet is back as it was;
 * 5. return the `UndoRecord` whose restore does the same for every step.
 *
 * Each apply function only says what its steps are: queue the step, queue its inverse, and
 * how many rows it adds or removes.
 */
import { MAX_AREAS_ADDRESS } from "../core";
import type { Rect } from "./addresses";
import { splitAreas, stripSheet } from "./addresses";
import { queueRestore, queueValues, type Fingerprint } from "./cell-snapshot";
import { actionFailed } from "./excel-action-error";
import { chunkBySize, isExcelApiSupported, rollbackContext, syncStep, type StepId } from "./office-run";
import type { InventoryRead } from "./read-inventory";
import { queueRowCount, takeSnapshot, type Saved } from "./transaction-snapshot";
import type { UndoLabel, UndoRecord } from "./undo";
import { ActionRefusedError } from "./action-refused-error";
import { queueGuard, queueUserEntry, type ChangedCell, type StepGuard } from "./mid-write-check";
import { say } from "../core";
import { thenNothingChanged } from "./spoken";

export type { Saved } from "./transaction-snapshot";

/** One piece of a change, queued in a batch. */
export interface WriteStep {
  /** Queues the step, on the sheet as the steps before it left it. */
  queue(sheet: Excel.Worksheet, saved: Saved): void;
  /** Sheet rows the step adds (> 0) or removes (< 0); 0 for a step that only writes cells. */
  rows: number;
  /**
   * Queues undoing the step, on the sheet as the step left it. Only steps that add or remove
   * rows have one: the cells a step writes come back from the snapshot.
   */
  inverse?(sheet: Excel.Worksheet, saved: Saved): void;
  /** Estimated request bytes of the step. */
  bytes: number;
  /** The cells the step writes, where they are once the change is done (the pane's Undo checks them). */
  writes?: Rect;
  /** The cells it overwrites or deletes, checked in its own batch for a change typed mid-write (plans that move rows). */
  guard?: StepGuard;
  /** Estimated response bytes of loading `guard` when more than `bytes` (a batch stays under the budget both ways). */
  reads?: number;
}

/** What an apply function hands the transaction. */
export interface WritePlan {
  /** Names the action in the pane's Undo ("serialize"). */
  label: UndoLabel;
  /** The cells the change touches, where they are before it, in chunks (one sync each). */
  snapshot: Rect[][];
  /** Also keep the snapshot rows' cell styles (rows a step deletes get them back). */
  styles?: boolean;
  /** Cells beside the inventory read with the snapshot, for steps that depend on them. */
  beside?: Rect[];
  /** The steps, or how to work them out once the snapshot is taken (then `moves` says whether they add or remove rows). */
  steps: WriteStep[] | ((saved: Saved) => WriteStep[]);
  moves?: boolean;
  /** Request bytes per batch of steps. */
  budget: number;
  /** The check before writing, the writes (and their rollback), the pane's Undo. */
  names: { check: StepId; write: StepId; undo: StepId };
}

/** A plan whose steps are worked out. */
type Steps = WritePlan & { steps: WriteStep[] };

/** Carries out `plan` on the inventory read in `read`; returns the record for the pane's Undo. */
export async function runWriteTransaction(
  context: Excel.RequestContext,
  read: InventoryRead,
  plan: WritePlan,
  beforeWrite?: () => void,
): Promise<UndoRecord> {
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  const given = plan.steps;
  const moves = typeof given === "function" ? plan.moves === true : given.some((step) => step.rows !== 0);
  const saved = await takeSnapshot(context, sheet, read, { ...plan, moves });
  const steps = typeof given === "function" ? given(saved) : given;
  beforeWrite?.();
  const batches = chunkBySize(steps, (step) => Math.max(step.bytes, step.reads ?? 0), plan.budget);
  const written = await writeBatches(context, sheet, read, { ...plan, steps }, batches, saved);
  return {
    label: plan.label,
    sheetName: read.sheetName,
    after: written.after,
    usedAddress: written.usedAddress,
    restore: (ctx, target) => restore(ctx, target, steps, saved, read.selectionAddress, plan.names.undo),
  };
}

/** Queues and syncs each batch; on a failure rolls back and throws. */
async function writeBatches(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  read: InventoryRead,
  plan: Steps,
  batches: readonly WriteStep[][],
  saved: Saved,
): Promise<{ after: Fingerprint[]; usedAddress: string }> {
  const moves = plan.steps.some((step) => step.rows !== 0);
  const after: Fingerprint[] = [];
  let usedAddress = saved.usedAddress;
  let written = 0;
  let changed: ChangedCell | undefined;
  try {
    for (const [i, batch] of batches.entries()) {
      const checks: (() => ChangedCell | undefined)[] = [];
      for (const step of batch) {
        // Loaded right before the step, in its sync: what the user left there, no extra round trip.
        // Plans that only write cells snapshot each batch's cells instead, and read them back already.
        if (step.guard && moves) checks.push(queueGuard(sheet, step.guard, saved));
        step.queue(sheet, saved);
      }
      const last = i === batches.length - 1;
      // Loads queued after the writes return what was written: the fingerprint costs no sync.
      // Rows that move settle only at the end; cells that stay put are read back with their batch.
      const regions = moves ? (last ? wholeRows(plan.steps, read.rect) : []) : batch.flatMap((step) => (step.writes ? [step.writes] : []));
      const readBack = queueValues(sheet, regions);
      const used = last ? sheet.getUsedRangeOrNullObject(true).load("address") : undefined;
      await syncStep(context, plan.names.write);
      after.push(...readBack());
      if (used) usedAddress = used.isNullObject ? "" : used.address;
      written += 1;
      changed = checks.reduce<ChangedCell | undefined>((found, check) => found ?? check(), undefined);
      if (changed) break;
    }
  } catch (error) {
    const reached = batches.slice(0, written + 1).flat();
    const landed = batches.slice(0, written).flat().length;
    await rollbackContext(context, error, (ctx) => rollBack(ctx, read, plan, { reached, landed, saved }, error));
  }
  if (changed) await stopForChange(context, sheet, read, plan, { done: batches.slice(0, written).flat(), saved }, changed);
  return { after, usedAddress };
}

/** A cell changed while the action wrote: every landed step undone, the user's entry kept, and the action refused. */
async function stopForChange(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  read: InventoryRead,
  plan: Steps,
  progress: { done: WriteStep[]; saved: Saved },
  changed: ChangedCell,
): Promise<never> {
  const said = thenNothingChanged(say("excel-changed-mid-write", { cell: changed.address }, { action: say(plan.label) }));
  try {
    await restore(context, sheet, progress.done, progress.saved, read.selectionAddress, plan.names.write, (s) => queueUserEntry(s, changed, progress.saved));
  } catch (error) {
    throw actionFailed(error, plan.names.write, false);
  }
  throw new ActionRefusedError("changed-meanwhile", said);
}

/**
 * The rows the written cells are in, across the inventory, once the change is done; rows
 * next to each other become one region.
 */
function wholeRows(steps: readonly WriteStep[], inventory: Rect): Rect[] {
  const spans = steps.flatMap((s) => (s.writes ? [[s.writes.row, s.writes.row + s.writes.rows] as const] : [])).sort((a, b) => a[0] - b[0]);
  const regions: Rect[] = [];
  for (const [from, to] of spans) {
    const last = regions[regions.length - 1];
    if (last && from <= last.row + last.rows) last.rows = Math.max(last.rows, to - last.row);
    else regions.push({ row: from, column: inventory.column, rows: to - from, columns: inventory.columns });
  }
  return regions;
}

/**
 * After a failed batch: every step of the batches before it landed, and any first steps of
 * the failed one. When steps add or remove rows, the row count (the table's in a table
 * inventory, else the used range's) names how many; a count that names none is reported as
 * not undone. Then the landed steps are undone and the snapshot restored.
 */
async function rollBack(
  context: Excel.RequestContext,
  read: InventoryRead,
  plan: Steps,
  progress: { reached: WriteStep[]; landed: number; saved: Saved },
  error: unknown,
): Promise<never> {
  const { reached, landed, saved } = progress;
  try {
    const sheet = context.workbook.worksheets.getItem(read.sheetName);
    let done = reached;
    if (reached.some((step) => step.rows !== 0)) {
      const count = queueRowCount(sheet, read);
      await context.sync();
      const rowsNow = count();
      let j = landed;
      let rows = saved.rowCount + reached.slice(0, j).reduce((n, step) => n + step.rows, 0);
      while (j < reached.length && rows !== rowsNow) rows += reached[j++].rows;
      if (rows !== rowsNow) throw new Error("The row count names no number of landed steps.");
      done = reached.slice(0, j);
    }
    await restore(context, sheet, done, saved, read.selectionAddress, plan.names.write);
  } catch {
    throw actionFailed(error, plan.names.write, false);
  }
  throw actionFailed(error, plan.names.write, true);
}

/**
 * Undoes `done` (steps that are in the sheet, in order): inverses newest first, so each
 * runs on the sheet as its step left it; then the snapshot, one sync per chunk, and the
 * selection as it was.
 */
async function restore(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  done: readonly WriteStep[],
  saved: Saved,
  selectionAddress: string,
  step: StepId,
  /** Queued after the snapshot is back (the user's entry typed mid-write). */
  then?: (sheet: Excel.Worksheet) => void,
): Promise<void> {
  for (let i = done.length - 1; i >= 0; i--) done[i].inverse?.(sheet, saved);
  const syncs = Math.max(1, saved.chunks.length);
  for (let i = 0; i < syncs; i++) {
    queueRestore(sheet, saved.chunks[i] ?? []);
    if (i === syncs - 1) {
      then?.(sheet);
      queueReselect(sheet, selectionAddress);
    }
    // One sync per chunk of the snapshot, never per cell.
    await syncStep(context, step);
  }
}

/**
 * Queues selecting `address` again (after an undo put rows back). The sheet is
 * activated first: Excel selects only on the active sheet, and the user may have
 * moved to another one before clicking Undo. Several areas are selected together only
 * where `RangeAreas.select` exists (ExcelApi 1.18; Office 2021 and 2024 LTSC lack it): below
 * that the first area is selected (docs/design.md §15), as it is when the areas' address would be
 * longer than `getRanges` is reported to take (255 characters).
 */
export function queueReselect(sheet: Excel.Worksheet, address: string): void {
  const areas = splitAreas(address).map(stripSheet);
  if (areas.length === 0) return;
  sheet.activate();
  const all = areas.join(",");
  if (areas.length > 1 && all.length <= MAX_AREAS_ADDRESS && isExcelApiSupported("1.18")) sheet.getRanges(all).select();
  else sheet.getRange(areas[0]).select();
}
