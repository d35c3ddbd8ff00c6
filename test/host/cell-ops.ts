/** Cell reads and writes on the model that Range methods queue: values, formulas, formats, clear. */
import { colsOf, formatRect, MAX_COLS, rowsOf, type Rect } from "./a1";
import { coerceWrite, TEXT_FORMAT } from "./coerce";
import type { SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import { evaluateFormula, UNEVALUATED } from "./formulas";
import { isEmptyCell, type Row, type SheetModel, type Workbook } from "./model";
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
  const result = evaluateFormula(f, (rr, cc) => cellValue(wb, sheet, rr, cc, depth + 1));
  if (result !== UNEVALUATED) return result;
  // Not computable here: show the value cached with the formula (seeded), else the marker.
  const cached = row.v[c];
  return cached === undefined || cached === null || cached === "" ? UNEVALUATED : cached;
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

export function assertWritable(wb: Workbook, sheet: SheetModel): void {
  if (sheet.protected) {
    throw officeError(wb.protectedSheetCode,
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
  assertWritable(wb, sheet);
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
      const stored = coerceWrite(x, format, today, tx.ctx.host.culture);
      row.v[c] = stored.formula === undefined ? stored.value : UNEVALUATED;
      if (stored.formula !== undefined) wb.formulasOf(sheet, row)[c] = stored.formula;
      else if (row.f) row.f[c] = undefined;
      if (stored.format && (format === undefined || format === "General")) (row.n ??= [])[c] = stored.format;
    }
  }
  // Format-only changes raise onFormatChanged in Excel, not onChanged.
  if (kind !== "numberFormat") tx.changes.push({ sheetId: sheet.id, address: formatRect(rect), changeType: "RangeEdited" });
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
  assertWritable(wb, sheet);
  const last = Math.min(rect.r1, sheet.rows.length - 1);
  for (let r = rect.r0; r <= last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    // Only the columns this row stores: clearing entire rows must not walk 16,384 cells each.
    const width = Math.max(row.v.length, row.f?.length ?? 0, row.n?.length ?? 0, row.s?.length ?? 0);
    const c1 = Math.min(rect.c1, width - 1, MAX_COLS - 1);
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
  if (applyTo !== "Formats") tx.changes.push({ sheetId: sheet.id, address: formatRect(rect), changeType: "RangeEdited" });
}
