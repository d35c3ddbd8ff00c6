/**
 * Cell operations on the model that Range methods queue: read, write with coercion,
 * insert/delete with shifting (cells, tables, live ranges, selection), copy and clear.
 */
import { colsOf, formatRect, MAX_COLS, MAX_ROWS, rowsOf, type Rect } from "./a1";
import { coerceWrite, TEXT_FORMAT } from "./coerce";
import type { RangeHandle, SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import { evaluateFormula, shiftFormula } from "./formulas";
import { EMPTY_CELL, isEmptyCell, type Cell, type Row, type SheetModel, type Workbook } from "./model";
import type { CellValue } from "./types";

/** Displayed value of a cell: its constant, or its formula's (trivially) computed result. */
export function cellValue(wb: Workbook, sheet: SheetModel, r: number, c: number, depth = 0): CellValue {
  const row = sheet.rows[r];
  if (!row) return "";
  const f = row.f?.[c];
  if (f === undefined) {
    const v = row.v[c];
    return v === undefined || v === null ? "" : v;
  }
  if (depth > 50) return "#REF!";
  return evaluateFormula(f, (rr, cc) => cellValue(wb, sheet, rr, cc, depth + 1));
}

/** Reads a block; `pick` maps one cell to the output (values, formulas, formats). */
export function readBlock<T>(sheet: SheetModel, rect: Rect, pick: (r: number, c: number) => T): T[][] {
  const out: T[][] = new Array(rowsOf(rect));
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line: T[] = new Array(colsOf(rect));
    for (let c = rect.c0; c <= rect.c1; c++) line[c - rect.c0] = pick(r, c);
    out[r - rect.r0] = line;
  }
  return out;
}

export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) {
    throw officeError(ErrorCode.accessDenied,
      `The sheet '${sheet.name}' is protected: the cells cannot be changed.`, "Range");
  }
}

/** Checks a written 2-D array against the range size; a scalar fills every cell. */
export function shapeOf<T>(input: T | T[][], rect: Rect, what: string): (r: number, c: number) => T {
  if (!Array.isArray(input)) return () => input;
  const ok = input.length === rowsOf(rect) && input.every((row) => Array.isArray(row) && row.length === colsOf(rect));
  if (!ok) {
    throw officeError(ErrorCode.invalidArgument,
      `The number of rows or columns in the ${what} array doesn't match the size of the range (${rowsOf(rect)} x ${colsOf(rect)}).`,
      `Range.${what}`);
  }
  return (r, c) => input[r][c];
}

type WriteKind = "values" | "formulas" | "numberFormat";

/** Writes values, formulas or number formats, cell by cell, as Excel stores them. */
export function writeCells(tx: SyncTx, sheet: SheetModel, rect: Rect, kind: WriteKind, input: unknown): void {
  const wb = tx.ctx.host.wb;
  assertWritable(sheet);
  const at = shapeOf(input as CellValue | CellValue[][], rect, kind);
  const today = tx.ctx.host.today();
  for (let r = rect.r0; r <= rect.r1; r++) {
    let row: Row | undefined; // made writable on the first cell that changes
    for (let c = rect.c0; c <= rect.c1; c++) {
      const x = at(r - rect.r0, c - rect.c0);
      if (x === null || x === undefined) continue; // Office.js: null leaves the cell unchanged
      row ??= wb.writableRow(sheet, r);
      if (kind === "numberFormat") {
        const fmt = String(x);
        if (fmt !== "General" && fmt !== "") (row.n ??= [])[c] = fmt;
        else if (row.n) row.n[c] = undefined;
        continue;
      }
      if (typeof x === "object") {
        throw officeError(ErrorCode.invalidArgument, "Cell values must be strings, numbers or booleans (got an object).", `Range.${kind}`);
      }
      const format = row.n?.[c];
      if (typeof x !== "string" || format === TEXT_FORMAT) {
        row.v[c] = x;
        if (row.f) row.f[c] = undefined;
        continue;
      }
      const stored = coerceWrite(x, format, today);
      row.v[c] = stored.value;
      if (stored.formula !== undefined) (row.f ??= [])[c] = stored.formula;
      else if (row.f) row.f[c] = undefined;
      if (stored.format && (format === undefined || format === "General")) (row.n ??= [])[c] = stored.format;
    }
  }
  tx.changes.push({ sheetId: sheet.id, address: formatRect(rect), changeType: "RangeEdited" });
}

/** Range.values of a block, with a fast path for rows without formulas. */
export function readValues(wb: Workbook, sheet: SheetModel, rect: Rect): CellValue[][] {
  const width = colsOf(rect);
  const out: CellValue[][] = new Array(rowsOf(rect));
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row = sheet.rows[r];
    const line: CellValue[] = new Array(width);
    if (!row) line.fill("");
    else if (!row.f) {
      const v = row.v;
      for (let k = 0; k < width; k++) {
        const x = v[rect.c0 + k];
        line[k] = x === undefined || x === null ? "" : x;
      }
    } else {
      for (let k = 0; k < width; k++) line[k] = cellValue(wb, sheet, r, rect.c0 + k);
    }
    out[r - rect.r0] = line;
  }
  return out;
}

export type ClearTarget = "All" | "Contents" | "Formats" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

export function clearCells(tx: SyncTx, sheet: SheetModel, rect: Rect, applyTo: ClearTarget = "All"): void {
  const wb = tx.ctx.host.wb;
  assertWritable(sheet);
  const last = Math.min(rect.r1, sheet.rows.length - 1);
  for (let r = rect.r0; r <= last; r++) {
    if (!sheet.rows[r]) continue;
    const c1 = Math.min(rect.c1, MAX_COLS - 1);
    for (let c = rect.c0; c <= c1; c++) {
      const cell = wb.cellAt(sheet, r, c);
      if (isEmptyCell(cell)) continue;
      const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
      const formats = applyTo === "All" || applyTo === "Formats";
      wb.setCell(sheet, r, c, {
        v: contents ? "" : cell.v, f: contents ? undefined : cell.f,
        n: formats ? undefined : cell.n, s: formats ? undefined : cell.s,
      });
    }
  }
  tx.changes.push({ sheetId: sheet.id, address: formatRect(rect), changeType: "RangeEdited" });
}

export type CopyType = "All" | "Formulas" | "Values" | "Formats";

/** Range.copyFrom: the source block (tiled when the target is a multiple of it). */
export function copyCells(tx: SyncTx, src: { sheet: SheetModel; rect: Rect }, dst: { sheet: SheetModel; rect: Rect },
  type: CopyType, skipBlanks: boolean): Rect {
  const wb = tx.ctx.host.wb;
  assertWritable(dst.sheet);
  const sr = rowsOf(src.rect), sc = colsOf(src.rect);
  const tileR = rowsOf(dst.rect) % sr === 0 ? rowsOf(dst.rect) / sr : 1;
  const tileC = colsOf(dst.rect) % sc === 0 ? colsOf(dst.rect) / sc : 1;
  const target: Rect = { r0: dst.rect.r0, c0: dst.rect.c0, r1: dst.rect.r0 + sr * tileR - 1, c1: dst.rect.c0 + sc * tileC - 1 };
  if (target.r1 >= MAX_ROWS || target.c1 >= MAX_COLS) {
    throw officeError(ErrorCode.invalidArgument, "The copy would go past the edge of the worksheet.", "Range.copyFrom");
  }
  // Read the whole source first: source and target may overlap.
  const cells = readBlock(src.sheet, src.rect, (r, c) => ({ ...wb.cellAt(src.sheet, r, c), value: cellValue(wb, src.sheet, r, c) }));
  for (let tr = 0; tr < tileR; tr++) {
    for (let tc = 0; tc < tileC; tc++) {
      for (let i = 0; i < sr; i++) {
        for (let j = 0; j < sc; j++) {
          const from = cells[i][j];
          if (skipBlanks && from.f === undefined && (from.v === "" || from.v === null || from.v === undefined)) continue;
          const r = target.r0 + tr * sr + i, c = target.c0 + tc * sc + j;
          const dRows = r - (src.rect.r0 + i), dCols = c - (src.rect.c0 + j);
          const old = wb.cellAt(dst.sheet, r, c);
          const formula = from.f === undefined ? undefined : shiftFormula(from.f, dRows, dCols);
          const next: Cell =
            type === "All" ? { v: from.v, f: formula, n: from.n, s: from.s } :
            type === "Formulas" ? { v: from.v, f: formula, n: old.n, s: old.s } :
            type === "Values" ? { v: from.value, f: undefined, n: old.n, s: old.s } :
            { v: old.v, f: old.f, n: from.n, s: from.s };
          wb.setCell(dst.sheet, r, c, next);
        }
      }
    }
  }
  tx.changes.push({ sheetId: dst.sheet.id, address: formatRect(target), changeType: "RangeEdited" });
  return target;
}

const isEntireRows = (rect: Rect) => rect.c0 === 0 && rect.c1 === MAX_COLS - 1;

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
    const rows = wb.writableRows(sheet);
    if (delta > 0) rows.splice(from, 0, ...new Array(delta));
    else rows.splice(from + delta, -delta);
    if (rows.length > MAX_ROWS) rows.length = MAX_ROWS;
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
  assertWritable(sheet);
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
  adjustRanges(tx, sheet.id, rect, n);
  tx.changes.push({ sheetId: sheet.id, address: formatRect(rect), changeType: isEntireRows(rect) ? "RowInserted" : "CellInserted" });
}

/** Range.delete("Up"): the mirror of insertDown. */
export function deleteUp(tx: SyncTx, sheet: SheetModel, rect: Rect): void {
  const wb = tx.ctx.host.wb;
  assertWritable(sheet);
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
  adjustRanges(tx, sheet.id, rect, -n);
  tx.changes.push({ sheetId: sheet.id, address: formatRect(rect), changeType: isEntireRows(rect) ? "RowDeleted" : "CellDeleted" });
}

/** Moves or resizes one rectangle for rows inserted (delta > 0) or deleted (delta < 0) at `at`. */
export function shiftRect(r: Rect, at: Rect, delta: number): Rect | null {
  const sameCols = isEntireRows(at) || (r.c0 >= at.c0 && r.c1 <= at.c1);
  if (!sameCols) return r;
  if (delta > 0) {
    if (r.r0 >= at.r0) return { ...r, r0: r.r0 + delta, r1: Math.min(r.r1 + delta, MAX_ROWS - 1) };
    if (r.r1 >= at.r0) return { ...r, r1: Math.min(r.r1 + delta, MAX_ROWS - 1) };
    return r;
  }
  const n = -delta;
  if (r.r1 < at.r0) return r;
  if (r.r0 > at.r1) return { ...r, r0: r.r0 - n, r1: r.r1 - n };
  if (r.r0 >= at.r0 && r.r1 <= at.r1) return null;
  const kept = (r.r1 - r.r0 + 1) - (Math.min(r.r1, at.r1) - Math.max(r.r0, at.r0) + 1);
  const r0 = Math.min(r.r0, at.r0);
  return { ...r, r0, r1: r0 + kept - 1 };
}

function adjustRanges(tx: SyncTx, sheetId: string, at: Rect, delta: number): void {
  const adjust = (h: RangeHandle) => {
    if (h.sheetId !== sheetId || h.deleted) return;
    const before = h.rect;
    const after = shiftRect(before, at, delta);
    tx.onRollback.push(() => { h.rect = before; h.deleted = false; });
    if (after) h.rect = after;
    else h.deleted = true;
  };
  tx.ctx.liveRanges.forEach(adjust);
  const wb = tx.ctx.host.wb;
  const sel = wb.state.selection;
  if (sel.sheetId === sheetId) {
    sel.rects = sel.rects.map((r) => shiftRect(r, at, delta) ?? { r0: at.r0, r1: at.r0, c0: r.c0, c1: r.c0 });
  }
}
