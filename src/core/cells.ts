/** Cell values, emptiness, Excel error literals and A1 addresses. */
import type { CellValue } from "./types";
import { InventoryArgumentError } from "./errors";
import { say, textOf, type Say } from "./messages";

export type { CellValue };

/** Excel's last row and the characters one cell can hold. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** `""`, `null` and `undefined` are all an empty cell (docs/design.md §1). */
export function isEmpty(value: unknown): boolean {
  return value === "" || value === null || value === undefined;
}

/**
 * Empty, or text of nothing but white space: a cell that shows nothing. Operators (and CSV
 * exports such as `1,A, `) leave a space in cells they mean to be empty; naming such a cell
 * "not a number" would send them looking for a value they cannot see.
 */
export function isBlank(value: unknown): boolean {
  if (typeof value !== "string") return value === null || value === undefined;
  if (value === "") return true;
  const first = value.charCodeAt(0); // only text that starts with white space can be all of it
  return (first <= 32 || first >= 127) && value.trim() === "";
}

/** Error values as the values of an Excel range arrive (strings). */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
  "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
]);

/** True for a cell holding an Excel error value such as `#N/A`. Exact text, as Excel returns it. */
export function isExcelError(value: unknown): value is string {
  return typeof value === "string" && value.length > 2 && value.charCodeAt(0) === 35 && EXCEL_ERRORS.has(value);
}

/** `0` → `A`, `25` → `Z`, `26` → `AA`, `16383` → `XFD`. */
export function columnLetters(column: number): string {
  let n = Math.trunc(column) + 1;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = (n - 1 - rest) / 26;
  }
  return out;
}

/** A parsed A1 address: 0-based sheet row and column. */
export interface SheetCell {
  row: number;
  column: number;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;

/** `"C14"` → `{ row: 13, column: 2 }`; throws `InventoryArgumentError` for anything else. */
export function parseAddress(address: string): SheetCell {
  const m = A1.exec(String(address).trim());
  if (!m) throw new InventoryArgumentError(`"${address}" is not a cell address such as A1`);
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

const originCache = new Map<string, SheetCell>();

/** Parsed `settings.origin`, cached (addresses are built for every issue). */
export function originOf(origin = "A1"): SheetCell {
  let cell = originCache.get(origin);
  if (!cell) {
    cell = parseAddress(origin);
    if (originCache.size > 1000) originCache.clear();
    originCache.set(origin, cell);
  }
  return cell;
}

/**
 * The address a user sees for grid cell (`row`, `column`), 0-based into the grid
 * whose top-left cell is `origin`.
 *
 * @example toAddress(13, 2) // "C14"
 * @example toAddress(0, 0, "B3") // "B3"
 */
export function toAddress(row: number, column: number, origin = "A1"): string {
  const o = originOf(origin);
  return columnLetters(o.column + column) + String(o.row + row + 1);
}

/** The row number Excel shows for grid row `row`. */
export function excelRow(row: number, origin = "A1"): number {
  return originOf(origin).row + row + 1;
}

/** The text a user would see for a cell, for messages: quoted, shortened, control characters shown as `?`. */
export function describeValue(value: CellValue | unknown, decimal = "."): string {
  if (typeof value === "number") return numberText(value, decimal);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    // eslint-disable-next-line no-control-regex
    return `"${short.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, "?")}"`;
  }
  return textOf(wordOf(value));
}

/**
 * The catalogue word `describeValue` gives a value that has no text of its own (`(empty)`, an
 * unsupported value), as data for a message's `parts`; undefined for a value shown as itself
 * (text, a number, TRUE or FALSE).
 *
 * @example say("plan-sum-not-a-number", { cell, value: describeValue(v) }, { value: valueWord(v) })
 */
export function valueWord(value: CellValue | unknown): Say | undefined {
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return undefined;
  return wordOf(value);
}

function wordOf(value: unknown): Say {
  return say(isEmpty(value) ? "value-empty" : "value-unsupported");
}

/**
 * A number as Excel's General format would show it when it fits (no float noise), with the
 * workbook culture's decimal separator (`2,5` in fi-FI).
 */
export function numberText(n: number, decimal = "."): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const shown = String(Number(n.toPrecision(15)));
  return decimal === "." ? shown : shown.replace(".", decimal);
}
