/**
 * What sits beside the inventory keeps its rows (docs/design.md §16, "Neighbours keep their
 * rows"). Serialize inserts and aggregate deletes whole sheet rows, so a note beside a record
 * moves with it; these are the checks that make that safe: no insert or delete through the
 * middle of another table, and no delete of a row that holds a value beside the inventory.
 * Aggregate keeps, of a merged run of rows, the one that has something beside it.
 */
import { say, type AggregatePlan, type Say, type SheetChange } from "../core";
import { ActionRefusedError } from "./action-refused-error";
import { cellAddress, parseArea, rectAddress, stripSheet, type Rect } from "./addresses";
import type { InventoryRead } from "./read-inventory";
import { thenNothingChanged } from "./spoken";
import type { UndoLabel } from "./undo";

/** How many cells a refusal names before "and n more". */
const NAMED_CELLS = 5;

/** The cells of the used range left and right of the inventory in the given grid rows (as read). */
export function besideRects(read: InventoryRead, gridRows: Iterable<number>): Rect[] {
  const used = parseArea(stripSheet(read.usedAddress));
  if (!used) return [];
  const left = { column: used.column, columns: read.rect.column - used.column };
  const rightStart = read.rect.column + read.rect.columns;
  const right = { column: rightStart, columns: used.column + used.columns - rightStart };
  const rects: Rect[] = [];
  for (const run of rowRuns([...new Set(gridRows)].sort((a, b) => a - b))) {
    for (const side of [left, right]) {
      if (side.columns > 0) rects.push({ row: read.rect.row + run.first, rows: run.count, ...side });
    }
  }
  return rects;
}

/** Consecutive numbers of an ascending list as runs. */
export function rowRuns(sorted: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === r) last.count += 1;
    else runs.push({ first: r, count: 1 });
  }
  return runs;
}

/** Queues a load of the formulas (constants included) of `rects`; after the sync, the non-empty cells' sheet [row, column]. */
export function queueBeside(sheet: Excel.Worksheet, rects: readonly Rect[]): () => [number, number][] {
  const ranges = rects.map((rect) => ({ rect, range: sheet.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns).load("formulas") }));
  return () =>
    ranges.flatMap(({ rect, range }) =>
      (range.formulas as unknown[][]).flatMap((line, r) =>
        line.flatMap((f, c): [number, number][] => (f === "" || f === null || f === undefined ? [] : [[rect.row + r, rect.column + c]])),
      ),
    );
}

/** `A5, B5 and 3 more`. */
/** A message whose `{key}` names the addresses: the first few, and "and N more" (a part) beyond them. */
function naming(id: "excel-neighbour-table-split" | "excel-neighbour-cells", key: string, addresses: readonly string[], values: Record<string, string | number>, parts: Record<string, Say>): Say {
  const shown = addresses.slice(0, NAMED_CELLS).join(", ");
  if (addresses.length <= NAMED_CELLS) return say(id, { ...values, [key]: shown }, parts);
  return say(id, values, { ...parts, [key]: say("excel-neighbour-more", { cells: shown, count: addresses.length - NAMED_CELLS }) });
}

/**
 * Refuses when whole rows going in before sheet row `b` (or removed at sheet rows `b`) would
 * cut through another table: one that starts above `b` and ends at or below it.
 */
export function refuseSplitTables(read: InventoryRead, action: UndoLabel, sheetRows: Iterable<number>): void {
  const cut: string[] = [];
  for (const b of sheetRows) {
    for (const { name, rect: t } of read.tables ?? []) {
      if (name === read.tableName || !(t.row < b && b < t.row + t.rows)) continue;
      cut.push(`${name} (${rectAddress({ row: b, column: t.column, rows: 1, columns: t.columns })})`);
    }
  }
  if (cut.length === 0) return;
  throw new ActionRefusedError("refused", thenNothingChanged(naming("excel-neighbour-table-split", "tables", [...new Set(cut)], {}, { action: say(action) })));
}

/**
 * The change aggregate carries out: the plan's, except that of a run of consecutive merged
 * rows the one with cells beside it is kept (the others agree with it on every column that is
 * not written). Refuses when a deleted row still holds a value beside the inventory, or when
 * a delete would cut another table. `beside` holds the non-empty cells beside, as sheet [row, column].
 */
export function aggregateChange(read: InventoryRead, plan: AggregatePlan, beside: readonly [number, number][]): SheetChange {
  const top = read.rect.row;
  const besideRows = new Set(beside.map(([row]) => row - top));
  const deletes = new Set(plan.change.deletes);
  for (const merge of plan.merges) {
    const rows = [...merge.rows].sort((a, b) => a - b);
    const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
    const withNotes = rows.filter((r) => besideRows.has(r));
    if (!consecutive || withNotes.length !== 1 || !deletes.has(withNotes[0])) continue;
    deletes.delete(withNotes[0]);
    deletes.add(rows[0]);
  }
  const lost = beside.filter(([row]) => deletes.has(row - top)).map(([row, column]) => cellAddress(row, column));
  if (lost.length > 0) {
    throw new ActionRefusedError("refused", thenNothingChanged(naming("excel-neighbour-cells", "cells", lost, { count: lost.length }, {})));
  }
  const sorted = [...deletes].sort((a, b) => a - b);
  refuseSplitTables(read, "excel-undo-label-aggregate", sorted.map((d) => top + d));
  return { ...plan.change, deletes: sorted };
}
