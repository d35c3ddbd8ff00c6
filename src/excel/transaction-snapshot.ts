/**
 * The first half of a write transaction (write-transaction.ts): what the touched cells hold
 * before the change, taken in chunks under the payload limit, and the check that they are
 * still what the engine planned from.
 */
import { EXCEL_MAX_COLUMNS, say } from "../core";
import type { Rect } from "./addresses";
import { ActionRefusedError } from "./action-refused-error";
import { cutValues, queueSnapshot, sameValues, type CellsSnapshot } from "./cell-snapshot";
import { queueStyles, STYLE_BYTES_PER_CELL, type RowStyles } from "./cell-styles";
import { queueBeside } from "./neighbours";
import { chunkBySize, estimateBytes, isPayloadTooLarge, syncStep, type StepId } from "./office-run";
import type { InventoryRead } from "./read-inventory";
import { thenNothingChanged } from "./spoken";

/** What the cells held before the change, for steps, rollback and the pane's Undo. */
export interface Saved {
  /** The snapshot in the chunks it was taken in (a restore puts one chunk back per sync). */
  chunks: CellsSnapshot[][];
  /** Cell styles of the snapshot's rows, by sheet row (when the plan asked for them). */
  styles: Map<number, RowStyles>;
  /** Used-range address before the change. */
  usedAddress: string;
  /** The row count that steps adding or removing rows change (see `queueRowCount`); 0 when none does. */
  rowCount: number;
  /** Non-empty cells of `beside` (sheet [row, column]), read with the first chunk. */
  beside: [number, number][];
  /** Number format of a snapshot cell (sheet coordinates, before the change). */
  numberFormatAt(row: number, column: number): string | undefined;
  /** Formula (or constant) of a snapshot cell, as `Range.formulas` gave it (sheet coordinates, before the change). */
  formulaAt(row: number, column: number): unknown;
}

/** What `takeSnapshot` needs to know of the plan. */
interface SnapshotPlan {
  snapshot: Rect[][];
  styles?: boolean;
  /** Cells beside the inventory whose content decides the steps (neighbours.ts). */
  beside?: Rect[];
  /** Whether steps add or remove rows. */
  moves: boolean;
  names: { check: StepId };
}

/**
 * Snapshots every chunk, one sync each, and refuses when the sheet changed since `read`.
 * Nothing is written yet, so a chunk over 5 MB (estimates are estimates) is halved in place
 * and tried again. The used range (and the row count, when steps move rows) ride along with
 * the first chunk that succeeds.
 */
export async function takeSnapshot(context: Excel.RequestContext, sheet: Excel.Worksheet, read: InventoryRead, plan: SnapshotPlan): Promise<Saved> {
  const { moves } = plan;
  const chunks = plan.snapshot.map((chunk) => [...chunk]);
  const saved: Saved = { chunks: [], styles: new Map(), usedAddress: "", rowCount: 0, beside: [], numberFormatAt: () => undefined, formulaAt: () => undefined };
  for (let i = 0; i < Math.max(1, chunks.length); ) {
    const chunk = chunks[i] ?? [];
    // A failed sync loads nothing: the first chunk's extras are asked for again until one succeeds.
    const used = i === 0 ? sheet.getUsedRangeOrNullObject(true).load("address") : undefined;
    const count = i === 0 && moves ? queueRowCount(sheet, read) : undefined;
    const beside = i === 0 && plan.beside ? queueBeside(sheet, plan.beside) : undefined;
    const cells = queueSnapshot(sheet, chunk);
    const styles = plan.styles ? queueStyles(sheet, chunk) : undefined;
    try {
      await syncStep(context, plan.names.check);
    } catch (error) {
      const halves = isPayloadTooLarge(error) ? halveRects(chunk) : undefined;
      if (!halves) throw error;
      chunks.splice(i, 1, ...halves);
      continue;
    }
    if (used) {
      saved.usedAddress = used.isNullObject ? "" : used.address;
      saved.rowCount = count ? count() : 0;
      saved.beside = beside ? beside() : [];
    }
    saved.chunks.push(cells());
    for (const [row, s] of styles?.() ?? []) saved.styles.set(row, s);
    i += 1;
  }
  assertUnchanged(read, saved);
  saved.numberFormatAt = cellLookup(saved.chunks.flat(), (s) => s.numberFormat) as Saved["numberFormatAt"];
  saved.formulaAt = cellLookup(saved.chunks.flat(), (s) => s.formulas);
  return saved;
}

/**
 * Queues a load of the row count that steps adding or removing rows change by their rows:
 * the table's in a table inventory (only its cells may move), else the used range's.
 */
export function queueRowCount(sheet: Excel.Worksheet, read: InventoryRead): () => number {
  if (read.tableName) {
    const range = sheet.tables.getItem(read.tableName).getRange().load("rowCount");
    return () => range.rowCount;
  }
  const used = sheet.getUsedRangeOrNullObject(true).load("rowCount");
  return () => (used.isNullObject ? 0 : used.rowCount);
}

/** Refuses unless every cell still holds what the engine planned from, and the sheet's shape is the same. */
function assertUnchanged(read: InventoryRead, saved: Saved): void {
  const same =
    saved.usedAddress === read.usedAddress &&
    saved.chunks.every((chunk) => chunk.every((s) => sameValues(s.values, cutValues(read.values, read.rect, s.rect))));
  if (!same) {
    throw new ActionRefusedError("changed-meanwhile", thenNothingChanged(say("excel-changed-meanwhile", { sheet: read.sheetName })));
  }
}

/** Two halves of a chunk (of its rectangles, or of its one rectangle's rows); undefined for a single row. */
function halveRects(chunk: readonly Rect[]): Rect[][] | undefined {
  if (chunk.length > 1) {
    const half = Math.ceil(chunk.length / 2);
    return [chunk.slice(0, half), chunk.slice(half)];
  }
  const rect = chunk[0];
  if (!rect || rect.rows < 2) return undefined;
  const half = Math.ceil(rect.rows / 2);
  return [[{ ...rect, rows: half }], [{ ...rect, row: rect.row + half, rows: rect.rows - half }]];
}

/** One property of the snapshot (number formats, formulas) by cell, indexed on first use (most plans never ask). */
function cellLookup(snapshots: readonly CellsSnapshot[], pick: (s: CellsSnapshot) => readonly (readonly unknown[])[]): (row: number, column: number) => unknown {
  const key = (row: number, column: number): number => row * EXCEL_MAX_COLUMNS + column;
  let index: Map<number, unknown> | undefined;
  const build = (): Map<number, unknown> => {
    const cells = new Map<number, unknown>();
    for (const s of snapshots) {
      pick(s).forEach((line, r) => line.forEach((f, c) => cells.set(key(s.rect.row + r, s.rect.column + c), f)));
    }
    return cells;
  };
  return (row, column) => {
    index ??= build();
    return index.get(key(row, column));
  };
}

/**
 * Whole inventory rows (grid rows as read, any order, repeats allowed) as snapshot chunks of
 * about `budget` response bytes: formulas, formats and values come back (about three times
 * the values), plus each cell's styles when asked. Consecutive rows of a chunk are one rectangle.
 */
export function rowChunks(read: InventoryRead, gridRows: Iterable<number>, budget: number, styles = false): Rect[][] {
  const width = read.rect.columns;
  const rows = [...new Set(gridRows)].sort((a, b) => a - b);
  const bytes = (row: number): number => 3 * estimateBytes([read.values[row] ?? []]) + (styles ? (20 + STYLE_BYTES_PER_CELL) * width : 0) + 100;
  return chunkBySize(rows, bytes, budget).map((chunk) => {
    const rects: Rect[] = [];
    for (const row of chunk) {
      const last = rects[rects.length - 1];
      if (last && last.row + last.rows === read.rect.row + row) last.rows += 1;
      else rects.push({ row: read.rect.row + row, column: read.rect.column, rows: 1, columns: width });
    }
    return rects;
  });
}
