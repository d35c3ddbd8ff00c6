/**
 * Applies an engine plan of cell edits (fixes, generated codes): check the cells
 * are as read, write them, keep what they held for Undo. Three syncs whatever the
 * number of edits: check, write (+ read back), and a restore only on failure.
 */
import type { CellEdit, CellValue } from "../core";
import type { Rect } from "./addresses";
import { queueRestore, queueSnapshot, queueValues, sameValues, cutValues, type CellsSnapshot } from "./cell-snapshot";
import { ActionRefusedError, ExcelActionError } from "./errors";
import { StepFailure, syncStep } from "./office-run";
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

/** Writes `edits` to the inventory read in `read`; returns the undo record. */
export async function applyCellEdits(
  context: Excel.RequestContext,
  read: InventoryRead,
  edits: readonly CellEdit[],
  label: string,
  beforeWrite?: () => void,
): Promise<UndoRecord> {
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  const runs = runsFromEdits(edits, read.rect);
  const rects = runs.map((r) => r.rect);
  const used = sheet.getUsedRangeOrNullObject(true).load("address");
  const snap = queueSnapshot(sheet, rects);
  await syncStep(context, "checking the cells");
  const before = snap();
  assertUnchanged(read, used.isNullObject ? "" : used.address, before);
  beforeWrite?.();

  queueRuns(sheet, runs, before);
  // Loads queued after the writes come back with the written values: the fingerprint costs no sync.
  const after = queueValues(sheet, rects);
  const usedAfter = sheet.getUsedRangeOrNullObject(true).load("address");
  try {
    await syncStep(context, "writing the cells");
  } catch (error) {
    await rollback(context, sheet, before, error);
  }
  return {
    label,
    sheetName: read.sheetName,
    after: after(),
    usedAddress: usedAfter.isNullObject ? "" : usedAfter.address,
    restore: async (ctx, target) => {
      queueRestore(target, before);
      await syncStep(ctx, "restoring the cells");
    },
  };
}

/** Writing values back is idempotent, so it is safe whether or not the failed batch got applied. */
async function rollback(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  before: readonly CellsSnapshot[],
  error: unknown,
): Promise<never> {
  const step = error instanceof StepFailure ? error.step : "writing the cells";
  const cause = error instanceof StepFailure ? error.cause : error;
  try {
    queueRestore(sheet, before);
    await context.sync();
  } catch {
    throw new ExcelActionError(step, cause, false);
  }
  throw new ExcelActionError(step, cause, true);
}
