/**
 * Applies an engine plan of cell edits (fixes, generated codes): check the cells
 * are as read, write them, keep what they held for Undo. Two syncs per ~1 MB chunk
 * of edits: check, write (+ read back); a restore only on failure.
 */
import type { CellEdit, CellValue } from "../core";
import type { Rect } from "./addresses";
import { queueRestore, queueSnapshot, queueValues, sameValues, cutValues, type CellsSnapshot, type Fingerprint } from "./cell-snapshot";
import { ActionRefusedError } from "./action-refused-error";
import { ExcelActionError } from "./excel-action-error";
import { chunkBySize, estimateBytes, isPayloadTooLarge, rollbackContext, StepFailure, syncStep } from "./office-run";
import type { InventoryRead } from "./read-inventory";
import type { UndoRecord } from "./undo";

/** Consecutive cells of one column written together; `asText` runs get `@` first. */
export interface CellRun {
  rect: Rect;
  values: CellValue[][];
  asText: boolean;
}

/** Groups edits (grid coordinates) into vertical runs in sheet coordinates. */
export function runsFromEdits(edits: readonly CellEdit[], origin: Rect): CellRun[] {
  const sorted = [...edits].sort((a, b) => a.column - b.column || Number(!!a.asText) - Number(!!b.asText) || a.row - b.row);
  const runs: CellRun[] = [];
  for (const e of sorted) {
    const row = origin.row + e.row;
    const column = origin.column + e.column;
    const last = runs[runs.length - 1];
    if (last && last.rect.column === column && last.asText === !!e.asText && last.rect.row + last.rect.rows === row) {
      last.rect.rows += 1;
      last.values.push([e.value ?? ""]);
    } else if (last && last.rect.column === column && last.rect.row + last.rect.rows - 1 === row) {
      last.values[last.values.length - 1] = [e.value ?? ""]; // a later edit of the same cell wins
    } else {
      runs.push({ rect: { row, column, rows: 1, columns: 1 }, values: [[e.value ?? ""]], asText: !!e.asText });
    }
  }
  return runs;
}

/**
 * Queues the writes of runs. Text runs: `@` first, same batch, so Excel keeps the
 * text exactly. Other runs: values only — except that a number going into a cell
 * that is formatted `@` would stay text, so those cells get `General` first.
 */
export function queueRuns(sheet: Excel.Worksheet, runs: readonly CellRun[], before: readonly CellsSnapshot[]): void {
  runs.forEach((run, i) => {
    const range = sheet.getRangeByIndexes(run.rect.row, run.rect.column, run.rect.rows, run.rect.columns);
    if (run.asText) {
      range.numberFormat = run.values.map(() => ["@"]);
    } else {
      const formats = before[i]?.numberFormat;
      const needsGeneral = formats?.some((f, r) => f[0] === "@" && typeof run.values[r][0] !== "string");
      if (formats && needsGeneral) {
        range.numberFormat = formats.map((f, r) => [f[0] === "@" && typeof run.values[r][0] !== "string" ? "General" : f[0]]);
      }
    }
    range.values = run.values as (string | number | boolean)[][];
  });
}

/** Refuses unless every cell still holds what the engine planned from, and the sheet's shape is the same. */
export function assertUnchanged(read: InventoryRead, usedNow: string, snapshots: readonly CellsSnapshot[]): void {
  const same =
    usedNow === read.usedAddress &&
    snapshots.every((s) => sameValues(s.values, cutValues(read.values, read.rect, s.rect)));
  if (!same) {
    throw new ActionRefusedError(
      "changed-meanwhile",
      `The sheet "${read.sheetName}" changed while the add-in was working. Nothing was changed: run it again.`,
    );
  }
}

/**
 * Groups runs so that each batch stays far below Excel on the web's 5 MB: a
 * snapshot of a chunk returns formulas, formats and values (about three times the
 * values), so a chunk holds about 1 MB of values; a longer run is cut into pieces
 * that fit. Most plans are one chunk.
 */
export function chunkRuns(runs: readonly CellRun[], budget = EDIT_CHUNK_BYTES): CellRun[][] {
  const pieces = runs.flatMap((run) => (estimateBytes(run.values) + RUN_BYTES > budget ? cutRun(run, budget - RUN_BYTES) : [run]));
  return chunkBySize(pieces, (run) => estimateBytes(run.values) + RUN_BYTES, budget);
}

const EDIT_CHUNK_BYTES = 1_000_000;
/** What a run costs in a batch besides its values (range, loads, formats). */
const RUN_BYTES = 200;

/** Rows `from` to `from + rows - 1` of a run, as a run. */
function sliceRun(run: CellRun, from: number, rows: number): CellRun {
  return { rect: { ...run.rect, row: run.rect.row + from, rows }, values: run.values.slice(from, from + rows), asText: run.asText };
}

/** Cuts a run into consecutive runs of at most `budget` bytes of values each (a row larger than it goes alone). */
function cutRun(run: CellRun, budget: number): CellRun[] {
  let from = 0;
  return chunkBySize(run.values, (row) => estimateBytes([row]), budget).map((rows) => {
    const piece = sliceRun(run, from, rows.length);
    from += rows.length;
    return piece;
  });
}

/** Two halves of a chunk (of its runs, or of its one run's rows); undefined for a single cell. */
function halveChunk(chunk: readonly CellRun[]): CellRun[][] | undefined {
  if (chunk.length > 1) {
    const half = Math.ceil(chunk.length / 2);
    return [chunk.slice(0, half), chunk.slice(half)];
  }
  const run = chunk[0];
  if (!run || run.rect.rows < 2) return undefined;
  const half = Math.ceil(run.rect.rows / 2);
  return [[sliceRun(run, 0, half)], [sliceRun(run, half, run.rect.rows - half)]];
}

/**
 * Snapshots every chunk, one sync each. Nothing is written yet, so a chunk whose
 * snapshot is over 5 MB (estimates are estimates) is halved in place and tried again:
 * `chunks` then holds the halves, and the writes use the same chunks as the snapshots.
 * The used range's address rides along with the first snapshot that succeeds.
 */
async function snapshotChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  chunks: CellRun[][],
): Promise<{ before: CellsSnapshot[][]; usedAddress: string }> {
  const before: CellsSnapshot[][] = [];
  let usedAddress = "";
  for (let i = 0; i < chunks.length; ) {
    // A failed sync loads nothing: the used range is asked for again until one succeeds.
    const used = i === 0 ? sheet.getUsedRangeOrNullObject(true).load("address") : undefined;
    const snap = queueSnapshot(sheet, chunks[i].map((r) => r.rect));
    try {
      await syncStep(context, "checking the cells");
    } catch (error) {
      const halves = isPayloadTooLarge(error) ? halveChunk(chunks[i]) : undefined;
      if (!halves) throw error;
      chunks.splice(i, 1, ...halves);
      continue;
    }
    if (used) usedAddress = used.isNullObject ? "" : used.address;
    before.push(snap());
    i += 1;
  }
  return { before, usedAddress };
}

/** Queues restoring snapshots one chunk per sync. */
async function restoreInChunks(context: Excel.RequestContext, sheet: Excel.Worksheet, chunks: readonly CellsSnapshot[][], step: string): Promise<void> {
  for (const chunk of chunks) {
    queueRestore(sheet, chunk);
    // One sync per ~1 MB chunk, never per cell.
    await syncStep(context, step);
  }
}

/** Writes `edits` to the inventory read in `read`; returns the undo record. Syncs: 2 per ~1 MB chunk (+1 per halving). */
export async function applyCellEdits(
  context: Excel.RequestContext,
  read: InventoryRead,
  edits: readonly CellEdit[],
  label: string,
  beforeWrite?: () => void,
): Promise<UndoRecord> {
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  const chunks = chunkRuns(runsFromEdits(edits, read.rect));
  const { before, usedAddress: usedBefore } = await snapshotChunks(context, sheet, chunks);
  assertUnchanged(read, usedBefore, before.flat());
  beforeWrite?.();

  const after: Fingerprint[] = [];
  let usedAddress = "";
  let written = 0;
  try {
    for (const [i, chunk] of chunks.entries()) {
      queueRuns(sheet, chunk, before[i]);
      // Loads queued after the writes come back with the written values: the fingerprint costs no sync.
      const readBack = queueValues(sheet, chunk.map((r) => r.rect));
      const usedAfter = i === chunks.length - 1 ? sheet.getUsedRangeOrNullObject(true).load("address") : undefined;
      await syncStep(context, "writing the cells");
      after.push(...readBack());
      if (usedAfter) usedAddress = usedAfter.isNullObject ? "" : usedAfter.address;
      written += 1;
    }
  } catch (error) {
    // The failed chunk may or may not have landed: restoring it too is harmless.
    await rollbackContext(context, error, (ctx) =>
      rollback(ctx, ctx.workbook.worksheets.getItem(read.sheetName), before.slice(0, written + 1), error),
    );
  }
  return {
    label,
    sheetName: read.sheetName,
    after,
    usedAddress,
    restore: (ctx, target) => restoreInChunks(ctx, target, before, "restoring the cells"),
  };
}

/** Writing values back is idempotent, so it is safe whether or not the failed batch got applied. */
async function rollback(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  before: readonly CellsSnapshot[][],
  error: unknown,
): Promise<never> {
  const step = error instanceof StepFailure ? error.step : "writing the cells";
  const cause = error instanceof StepFailure ? error.cause : error;
  try {
    await restoreInChunks(context, sheet, before, step);
  } catch {
    throw new ExcelActionError(step, cause, false);
  }
  throw new ExcelActionError(step, cause, true);
}
