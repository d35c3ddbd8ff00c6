/** A1 addresses: parse, format, and Excel's grid limits. */
import { ErrorCode, officeError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function columnName(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Quotes a sheet name the way Excel writes it in an address (`'My sheet'!A1`). */
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R|C|RC)$/i.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** `A1`, `A1:C3`, `5:7` (entire rows) or `A:C` (entire columns), no sheet. */
export function formatRect(rect: Rect): string {
  const fullCols = rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
  const fullRows = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  if (fullCols && !fullRows) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (fullRows && !fullCols) return `${columnName(rect.c0)}:${columnName(rect.c1)}`;
  const a = `${columnName(rect.c0)}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${columnName(rect.c1)}${rect.r1 + 1}`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatRect(rect)}`;
}

/** Splits `'My sheet'!A1:B2` into sheet name (or null) and the cell part. */
export function splitSheet(address: string): { sheet: string | null; cells: string } {
  const trimmed = address.trim();
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cells: trimmed };
  let sheet = trimmed.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: trimmed.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;

/** Parses the cell part of an address; throws InvalidArgument when it is not one. */
export function parseRect(cells: string): Rect {
  const parts = cells.trim().split(":");
  if (parts.length < 1 || parts.length > 2 || parts[0] === "") throw badAddress(cells);
  const [a, b = parts[0]] = parts;
  let rect: Rect;
  const ca = CELL.exec(a), cb = CELL.exec(b);
  if (ca && cb) {
    rect = {
      r0: Number(ca[2]) - 1, c0: columnIndex(ca[1]),
      r1: Number(cb[2]) - 1, c1: columnIndex(cb[1]),
    };
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    rect = { r0: Number(ROW.exec(a)![1]) - 1, r1: Number(ROW.exec(b)![1]) - 1, c0: 0, c1: MAX_COLS - 1 };
  } else if (parts.length === 2 && COL.test(a) && COL.test(b)) {
    rect = { r0: 0, r1: MAX_ROWS - 1, c0: columnIndex(COL.exec(a)![1]), c1: columnIndex(COL.exec(b)![1]) };
  } else {
    throw badAddress(cells);
  }
  const norm = {
    r0: Math.min(rect.r0, rect.r1), r1: Math.max(rect.r0, rect.r1),
    c0: Math.min(rect.c0, rect.c1), c1: Math.max(rect.c0, rect.c1),
  };
  checkRect(norm);
  return norm;
}

/** Throws InvalidArgument unless the rectangle lies inside Excel's grid. */
export function checkRect(rect: Rect): void {
  const ok = rect.r0 >= 0 && rect.c0 >= 0 && rect.r1 < MAX_ROWS && rect.c1 < MAX_COLS &&
    rect.r0 <= rect.r1 && rect.c0 <= rect.c1 &&
    [rect.r0, rect.r1, rect.c0, rect.c1].every(Number.isInteger);
  if (!ok) {
    throw officeError(ErrorCode.invalidArgument,
      `The range (rows ${rect.r0 + 1}-${rect.r1 + 1}, columns ${rect.c0 + 1}-${rect.c1 + 1}) is outside the worksheet (${MAX_ROWS} rows x ${MAX_COLS} columns).`);
  }
}

function badAddress(cells: string) {
  return officeError(ErrorCode.invalidArgument, `The address '${cells}' is not a valid range address.`);
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

export const rowsOf = (r: Rect) => r.r1 - r.r0 + 1;
export const colsOf = (r: Rect) => r.c1 - r.c0 + 1;
