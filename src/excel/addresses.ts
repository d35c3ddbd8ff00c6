/** A1 addresses as Excel prints them, and the rectangles they name (0-based sheet indexes). */
import { columnLetters, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../core";

/** `columnLetters` is the engine's (0 → `A`, 27 → `AB`); re-exported for the adapter's importers. */
export { columnLetters };

/** A rectangle of cells on a sheet, 0-based. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** `(13, 2)` → `C14`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** `B2:D4`, or `B2` for one cell. */
export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.row, rect.column);
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
}

/** Sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits, `_` and `.`. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `Inventory!C14`, `'My stock'!C14`. */
export function sheetCellAddress(sheetName: string, row: number, column: number): string {
  return `${quoteSheetName(sheetName)}!${cellAddress(row, column)}`;
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `'My ''stock'''` (a sheet name as Excel quotes it in a reference) → `My 'stock'`. */
export function unquoteSheetName(text: string): string {
  return /^'[\s\S]*'$/.test(text) ? text.slice(1, -1).replace(/''/g, "'") : text;
}

/**
 * `'My stock'!C14` → `{ sheetName: "My stock", area: "C14" }`; an address without a sheet
 * has `sheetName` undefined.
 */
export function splitSheetAddress(address: string): { sheetName: string | undefined; area: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheetName: undefined, area: address };
  return { sheetName: unquoteSheetName(address.slice(0, bang)), area: address.slice(bang + 1) };
}

/** Removes a leading `Sheet!` or `'My sheet'!` from an address. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/**
 * Parses one area (`B2`, `B2:D4`, `3:5` whole rows, `A:C` whole columns, with or
 * without `$` and a sheet prefix) into a rectangle; undefined when it is not an address.
 */
export function parseArea(address: string): Rect | undefined {
  const text = stripSheet(address).replace(/\$/g, "").trim();
  const [start, end = start] = text.split(":");
  const cell = /^([A-Za-z]{1,3})?([0-9]{1,7})?$/;
  const a = cell.exec(start);
  const b = cell.exec(end);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return undefined;
  const r1 = a[2] ? Number(a[2]) - 1 : 0;
  const r2 = b[2] ? Number(b[2]) - 1 : EXCEL_MAX_ROWS - 1;
  const c1 = a[1] ? lettersToColumn(a[1]) : 0;
  const c2 = b[1] ? lettersToColumn(b[1]) : EXCEL_MAX_COLUMNS - 1;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

/**
 * Splits a multi-area address (`Sheet1!A2:C3,Sheet1!A6:C6`) into its areas.
 * Commas inside a quoted sheet name do not split.
 */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.length > 0) parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}
