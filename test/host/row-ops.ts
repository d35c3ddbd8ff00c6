/** Range.insert("Down") / delete("Up") on the model: cells, tables, tracked ranges and the selection move. */
import { refuseDeleteUnderFilter } from "./auto-filter";
import { colsOf, formatRect, MAX_COLS, MAX_ROWS, rowsOf, type Rect } from "./a1";
import { assertWritable } from "./cell-ops";
import type { RangeHandle, SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import { moveFormulaRows } from "./formulas";
import { shiftCellItems } from "./cell-items";
import { shiftSheetAreas } from "./sheet-areas";
import { EMPTY_CELL, isEmptyCell, type SheetModel, type Workbook } from "./model";

const isEntireRows = (rect: Rect) => rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
/** Largest insert done with `splice(...spread)`; bigger ones concat (engines cap the argument count). */
const SPLICE_SPREAD_MAX = 10_000;

/** Last row with content in columns c0..c1 (all columns for entire rows). */
function lastContentRow(wb: Workbook, sheet: SheetModel, rect: Rect): number {
  if (isEntireRows(rect)) return wb.lastRowWithContent(sheet);
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    if (!sheet.rows[r]) continue;
    for (let c = rect.c0; c <= rect.c1; c++) if (!isEmptyCell(wb.cellAt(sheet, r, c))) return r;
  }
  return -1;
}

/** Moves the cells of columns c0..c1 from row `from` on, by `delta` rows. */
function moveColumns(wb: Workbook, sheet: SheetModel, rect: Rect, from: number, delta: number, last: number): void {
  if (isEntireRows(rect)) {
    // One in-place splice of the sync's own copy of the rows (no new 100,000-entry array per insert).
    const rows = wb.writableRows(sheet);
    if (delta < 0) rows.splice(from + delta, -delta);
    else if (delta <= SPLICE_SPREAD_MAX) rows.splice(from, 0, ...new Array<undefined>(delta));
    else sheet.rows = rows.slice(0, from).concat(new Array<undefined>(delta), rows.slice(from)); // spread would hit the argument limit
    if (sheet.rows.length > MAX_ROWS) sheet.rows.length = MAX_ROWS;
    return;
  }
  const width = colsOf(rect);
  const move = (src: number, dst: number) => {
    for (let k = 0; k < width; k++) wb.setCell(sheet, dst, rect.c0 + k, src < 0 ? EMPTY_CELL : wb.cellAt(sheet, src, rect.c0 + k));
  };
  if (delta > 0) {
    for (let r = last; r >= from; r--) move(r, r + delta);
    for (let r = from; r < from + delta; r++) move(-1, r);
  } else {
    for (let r = from; r <= last; r++) move(r, r + delta);
    for (let r = Math.max(from + delta, last + delta + 1); r <= last; r++) move(-1, r);
  }
}

/** Range.insert("Down"): shifts cells, tables, live ranges and the selection. */
export function insertDown(tx: SyncTx, sheet: SheetModel, rect: Rect): void {
  const wb = tx.ctx.host.wb;
  assertWritable(wb, sheet);
  const n = rowsOf(rect);
  const last = lastContentRow(wb, sheet, rect);
  if (last >= rect.r0 && last + n >= MAX_ROWS) {
    throw officeError(ErrorCode.nonBlankCellOffSheet,
      "Inserting these cells would push non-empty cells off the end of the worksheet.", "Range.insert");
  }
  for (const t of wb.state.tables.filter((t) => t.sheetId === sheet.id)) {
    if (t.rect.c1 < rect.c0 || t.rect.c0 > rect.c1 || t.rect.r1 < rect.r0) continue;
    if (!isEntireRows(rect) && (t.rect.c0 < rect.c0 || t.rect.c1 > rect.c1)) {
      throw officeError(ErrorCode.invalidOperation,
        `The insert would move part of the table '${t.name}'. Insert entire rows or the table's full width.`, "Range.insert");
    }
    if (rect.r0 <= t.rect.r0) t.rect.r0 += n;
    t.rect.r1 += n;
  }
  moveColumns(wb, sheet, rect, rect.r0, n, last);
  moveFormulas(wb, sheet, rect, n);
  shiftCellItems(wb, sheet, rect, n);
  adjustRanges(tx, sheet.id, rect, n);
  shiftSheetAreas(sheet, rect, n);
  tx.changes.push({ sheetId: sheet.id, address: formatRect(rect), changeType: isEntireRows(rect) ? "RowInserted" : "CellInserted" });
}

/** Range.delete("Up"): the mirror of insertDown. */
export function deleteUp(tx: SyncTx, sheet: SheetModel, rect: Rect): void {
  const wb = tx.ctx.host.wb;
  assertWritable(wb, sheet);
  refuseDeleteUnderFilter(wb, sheet, rect);
  const n = rowsOf(rect);
  for (const t of wb.state.tables.filter((t) => t.sheetId === sheet.id)) {
    if (t.rect.c1 < rect.c0 || t.rect.c0 > rect.c1 || t.rect.r1 < rect.r0) continue;
    const coversCols = rect.c0 <= t.rect.c0 && rect.c1 >= t.rect.c1;
    if (!isEntireRows(rect) && !coversCols) {
      throw officeError(ErrorCode.invalidOperation, `The delete would move part of the table '${t.name}'.`, "Range.delete");
    }
    if (rect.r1 < t.rect.r0) {
      t.rect.r0 -= n;
      t.rect.r1 -= n;
    } else if (rect.r0 <= t.rect.r0 && rect.r1 >= t.rect.r1) {
      wb.state.tables = wb.state.tables.filter((x) => x !== t);
    } else if (rect.r0 <= t.rect.r0) {
      throw officeError(ErrorCode.invalidOperation, `The delete would remove the header row of the table '${t.name}'.`, "Range.delete");
    } else {
      if (t.showTotals && rect.r1 >= t.rect.r1) t.showTotals = false;
      const overlap = Math.min(rect.r1, t.rect.r1) - rect.r0 + 1;
      t.rect.r1 = Math.max(t.rect.r1 - overlap, t.rect.r0 + 1 + (t.showTotals ? 1 : 0));
    }
  }
  const last = lastContentRow(wb, sheet, rect);
  moveColumns(wb, sheet, rect, rect.r1 + 1, -n, last);
  moveFormulas(wb, sheet, rect, -n);
  shiftCellItems(wb, sheet, rect, -n);
  adjustRanges(tx, sheet.id, rect, -n);
  shiftSheetAreas(sheet, rect, -n);
  tx.changes.push({ sheetId: sheet.id, address: formatRect(rect), changeType: isEntireRows(rect) ? "RowDeleted" : "CellDeleted" });
}

/** Module-level copies: these run once per tracked range per insert, so no repeated import lookups. */
const LAST_ROW = MAX_ROWS - 1;
const LAST_COL = MAX_COLS - 1;

/** Moves or resizes one rectangle for rows inserted (delta > 0) or deleted (delta < 0) at `at`; returns `r` itself when it stays. */
export function shiftRect(r: Rect, at: Rect, delta: number): Rect | null {
  if (r.r1 < at.r0) return r; // above the change: never moves
  const sameCols = (at.c0 === 0 && at.c1 === LAST_COL) || (r.c0 >= at.c0 && r.c1 <= at.c1);
  if (!sameCols) return r;
  if (delta > 0) {
    const r1 = Math.min(r.r1 + delta, LAST_ROW);
    return r.r0 >= at.r0 ? { r0: r.r0 + delta, r1, c0: r.c0, c1: r.c1 } : { r0: r.r0, r1, c0: r.c0, c1: r.c1 };
  }
  const n = -delta;
  if (r.r0 > at.r1) return { r0: r.r0 - n, r1: r.r1 - n, c0: r.c0, c1: r.c1 };
  if (r.r0 >= at.r0 && r.r1 <= at.r1) return null;
  const kept = (r.r1 - r.r0 + 1) - (Math.min(r.r1, at.r1) - Math.max(r.r0, at.r0) + 1);
  const r0 = Math.min(r.r0, at.r0);
  return { r0, r1: r0 + kept - 1, c0: r.c0, c1: r.c1 };
}

/**
 * Moves tracked ranges in one pass without a closure or rollback record per range: only
 * ranges that change are saved, once per sync (SyncTx.saveRange), for a failed sync to restore.
 */
function adjustRanges(tx: SyncTx, sheetId: string, at: Rect, delta: number): void {
  const adjust = (live: Set<RangeHandle>) => {
    for (const h of live) {
      if (h.sheetId !== sheetId || h.deleted) continue;
      const after = shiftRect(h.rect, at, delta);
      if (after === h.rect) continue;
      tx.saveRange(h);
      if (after) h.rect = after;
      else h.deleted = true;
    }
  };
  // Tracked ranges of every open Excel.run move, not only those of the context that changed the sheet.
  adjust(tx.ctx.liveRanges);
  for (const ctx of tx.ctx.host.openContexts) if (ctx !== tx.ctx) adjust(ctx.liveRanges);
  const wb = tx.ctx.host.wb;
  const sel = wb.state.selection;
  if (sel.sheetId === sheetId) {
    sel.rects = sel.rects.map((r) => shiftRect(r, at, delta) ?? { r0: at.r0, r1: at.r0, c0: r.c0, c1: r.c0 });
  }
}

/** Rewrites same-sheet references in every formula on the sheet, as Excel does on insert/delete. */
function moveFormulas(wb: Workbook, sheet: SheetModel, at: Rect, delta: number): void {
  if (!sheet.hasFormulas) return; // no formula ever: skip a scan of every row on every insert
  for (let r = 0; r < sheet.rows.length; r++) {
    const f = sheet.rows[r]?.f;
    if (!f) continue;
    for (let c = 0; c < f.length; c++) {
      const formula = f[c];
      if (formula === undefined) continue;
      const next = moveFormulaRows(formula, at, delta);
      if (next !== formula) (wb.writableRow(sheet, r).f as (string | undefined)[])[c] = next;
    }
  }
}
