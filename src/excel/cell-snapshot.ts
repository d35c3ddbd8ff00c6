/**
 * What an action changes, kept so it can be put back exactly: formulas (which
 * hold constants too) and number formats of the touched cells, plus their values
 * as a fingerprint to tell whether anyone changed them since.
 */
import type { CellValue } from "../core";
import type { Rect } from "./addresses";

export interface CellsSnapshot {
  rect: Rect;
  formulas: unknown[][];
  numberFormat: string[][];
  values: CellValue[][];
}

/** A region and the values it must still hold. */
export interface Fingerprint {
  rect: Rect;
  values: CellValue[][];
}

/** Queues loads of formulas, number formats and values; call the result after the sync. */
export function queueSnapshot(sheet: Excel.Worksheet, rects: readonly Rect[]): () => CellsSnapshot[] {
  const ranges = rects.map((rect) => ({
    rect,
    range: sheet.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns).load("formulas,numberFormat,values"),
  }));
  return () =>
    ranges.map(({ rect, range }) => ({
      rect,
      formulas: range.formulas as unknown[][],
      numberFormat: range.numberFormat as string[][],
      values: range.values as CellValue[][],
    }));
}

/** Queues loads of values only (fingerprints); call the result after the sync. */
export function queueValues(sheet: Excel.Worksheet, rects: readonly Rect[]): () => Fingerprint[] {
  const ranges = rects.map((rect) => ({
    rect,
    range: sheet.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns).load("values"),
  }));
  return () => ranges.map(({ rect, range }) => ({ rect, values: range.values as CellValue[][] }));
}

/**
 * Queues writing a snapshot back. Number formats go first here on purpose: a cell
 * that held the text `00123` under `@` must get `@` back before its text, or Excel
 * would turn it into the number 123.
 */
export function queueRestore(sheet: Excel.Worksheet, snapshots: readonly CellsSnapshot[]): void {
  for (const s of snapshots) {
    const range = sheet.getRangeByIndexes(s.rect.row, s.rect.column, s.rect.rows, s.rect.columns);
    range.numberFormat = s.numberFormat;
    range.formulas = s.formulas.map((row, r) => row.map((f, c) => restorableFormula(f, s.values[r]?.[c], s.numberFormat[r]?.[c]))) as string[][];
  }
}

/**
 * What to write back so a cell gets its content again. `Range.formulas` drops the
 * apostrophe of text typed as `'00123` in a General cell (office-js#6687), and
 * writing `00123`, `=1+1`, `TRUE` or `3-4` there would give a number, formula,
 * boolean or date: such text constants get the apostrophe back. A text constant is
 * a cell whose formula is its value. Error values (`#N/A`) are left as they are.
 */
function restorableFormula(formula: unknown, value: CellValue, format: string | undefined): unknown {
  if (typeof formula !== "string" || formula !== value || format === "@") return formula;
  return /^[=+\-'@]/.test(formula) || /\d/.test(formula) || /^\s*(true|false)\s*$/i.test(formula) ? `'${formula}` : formula;
}

/** Same cell values, treating `""`, null and undefined as one "empty". */
export function sameValues(a: readonly (readonly CellValue[])[], b: readonly (readonly CellValue[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    const n = Math.max(x.length, y.length);
    for (let c = 0; c < n; c++) {
      const u = x[c] ?? "";
      const v = y[c] ?? "";
      if (u !== v) return false;
    }
  }
  return true;
}

/** The part of `values` (read at `from`) that covers `rect`. */
export function cutValues(values: readonly (readonly CellValue[])[], from: Rect, rect: Rect): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const row = values[rect.row - from.row + r] ?? [];
    const line: CellValue[] = [];
    for (let c = 0; c < rect.columns; c++) line.push(row[rect.column - from.column + c] ?? "");
    out.push(line);
  }
  return out;
}
