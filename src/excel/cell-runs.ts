/**
 * A plan's cell writes as Excel takes them: consecutive cells of one column written as one
 * range, text (`asText`) apart so it can get the text format first, long runs cut so each
 * batch stays under the payload budget.
 */
import type { CellEdit, CellValue, SheetChange } from "../core";
import type { Rect } from "./addresses";
import { changeLayout } from "./change-layout";
import { chunkBySize, estimateBytes } from "./office-run";
import type { InventoryRead } from "./read-inventory";
import type { WriteStep } from "./write-transaction";

/** Consecutive cells of one column written together; `asText` runs get `@` first. */
export interface CellRun {
  rect: Rect;
  values: CellValue[][];
  asText: boolean;
}

/** What a run costs in a batch besides its values (range, loads, formats). */
export const RUN_BYTES = 200;

/** Estimated request bytes of writing a run. */
export function runBytes(run: CellRun): number {
  return estimateBytes(run.values) + RUN_BYTES;
}

/** Groups edits (grid coordinates) into vertical runs in sheet coordinates. */
export function runsFromEdits(edits: readonly CellEdit[], origin: Rect): CellRun[] {
  const sorted = [...edits].sort((a, b) => a.column - b.column || Number(a.asText) - Number(b.asText) || a.row - b.row);
  const runs: CellRun[] = [];
  for (const e of sorted) {
    const row = origin.row + e.row;
    const column = origin.column + e.column;
    const last = runs[runs.length - 1];
    if (last && last.rect.column === column && last.asText === e.asText && last.rect.row + last.rect.rows === row) {
      last.rect.rows += 1;
      last.values.push([e.value ?? ""]);
    } else if (last && last.rect.column === column && last.rect.row + last.rect.rows - 1 === row) {
      last.values[last.values.length - 1] = [e.value ?? ""]; // a later edit of the same cell wins
    } else {
      runs.push({ rect: { row, column, rows: 1, columns: 1 }, values: [[e.value ?? ""]], asText: e.asText });
    }
  }
  return runs;
}

/** Rows `from` to `from + rows - 1` of a run, as a run. */
function sliceRun(run: CellRun, from: number, rows: number): CellRun {
  return { rect: { ...run.rect, row: run.rect.row + from, rows }, values: run.values.slice(from, from + rows), asText: run.asText };
}

/** Cuts runs longer than `budget` request bytes into consecutive runs that fit (a single cell larger than it goes alone). */
export function cutRuns(runs: readonly CellRun[], budget: number): CellRun[] {
  return runs.flatMap((run) => {
    if (runBytes(run) <= budget) return [run];
    let from = 0;
    return chunkBySize(run.values, (row) => estimateBytes([row]), budget - RUN_BYTES).map((rows) => {
      const piece = sliceRun(run, from, rows.length);
      from += rows.length;
      return piece;
    });
  });
}

/**
 * Queues writing a run. Text runs: `@` first, same batch, so Excel keeps the text exactly.
 * Other runs: values only — except that a number going into a cell formatted `@` would
 * stay text, so those cells get `General` first. `formatBefore(r)` is the number format
 * the run's `r`-th cell has when the write runs.
 */
export function queueRun(sheet: Excel.Worksheet, run: CellRun, formatBefore: (r: number) => string | undefined): void {
  const range = sheet.getRangeByIndexes(run.rect.row, run.rect.column, run.rect.rows, run.rect.columns);
  if (run.asText) {
    range.numberFormat = run.values.map(() => ["@"]);
  } else {
    const formats = run.values.map((_v, r) => formatBefore(r));
    const toGeneral = (r: number): boolean => formats[r] === "@" && typeof run.values[r][0] !== "string";
    if (formats.some((_f, r) => toGeneral(r))) {
      range.numberFormat = formats.map((f, r) => [toGeneral(r) ? "General" : (f ?? "General")]);
    }
  }
  range.values = run.values as (string | number | boolean)[][];
}

/**
 * The write steps of `runs`. `sourceRow` maps a sheet row, as the change leaves it, to the row
 * as read whose cells it started from (a copy's source), where the snapshot has its number format;
 * `homeRow` to the row as read it is (undefined for a row the change adds).
 */
export function runSteps(
  runs: readonly CellRun[],
  sourceRow: (row: number) => number = (row) => row,
  homeRow: (row: number) => number | undefined = sourceRow,
): WriteStep[] {
  return runs.map((run) => ({
    rows: 0,
    bytes: runBytes(run),
    writes: run.rect,
    guard: { rect: run.rect, source: (r) => sourceRow(run.rect.row + r), home: (r) => homeRow(run.rect.row + r) },
    queue: (sheet, saved) => queueRun(sheet, run, (r) => saved.numberFormatAt(sourceRow(run.rect.row + r), run.rect.column)),
  }));
}

/**
 * The write steps of a change's writes (runs cut to `budget`), and the grid rows as read
 * that the written rows start from (a copy's source): whole rows of those are snapshotted
 * when the change moves rows.
 */
export function changeWrites(
  read: InventoryRead,
  change: SheetChange,
  budget: number,
  /** Whether a final grid row is a copy the change adds (serialize). */
  isCopy: (row: number) => boolean = () => false,
): { steps: WriteStep[]; sourceRows: number[] } {
  const layout = changeLayout(change);
  const top = read.rect.row;
  const source = (row: number): number => top + layout.sourceOf(row - top);
  const steps = runSteps(cutRuns(runsFromEdits(change.writes, read.rect), budget), source, (row) => (isCopy(row - top) ? undefined : source(row)));
  return { steps, sourceRows: change.writes.map((w) => layout.sourceOf(w.row)) };
}
