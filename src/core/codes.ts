/**
 * Stock-code parsing and normalising.
 *
 * Decisions:
 * - A code cell holds one or more codes separated by commas, and by commas only:
 *   `A;B` is one (suspicious) code until the user applies the `codes-separator`
 *   fix, so every part of the engine counts the same codes.
 * - Codes are compared trimmed, NFC-normalised and, unless
 *   `settings.caseSensitiveCodes`, case-folded with `toLowerCase` (ASCII fast
 *   path: pure-ASCII codes are compared in place, without substrings).
 * - Invisible characters (controls, zero-width, bidi marks, BOM, soft hyphen)
 *   are part of the code as stored: `A\u200BB` is not `AB` until the fix removes them.
 */
import type { CellValue } from "./types";
import { numberText } from "./cells";

/** Zero-width, bidi, BOM, soft hyphen and control characters other than whitespace. */
// eslint-disable-next-line no-control-regex
export const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
// eslint-disable-next-line no-control-regex
export const INVISIBLE_ALL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** Text Excel writes for a number in scientific notation (`6.37702E+15`): the code is gone. */
export const SCIENTIFIC = /^[+-]?\d(?:\.\d+)?[eE][+-]\d{1,3}$/;

/** True when a number in a code cell can no longer be the code that was typed (see `classifyNumberCode`). */
export function numberLostPrecision(n: number): boolean {
  if (!Number.isFinite(n)) return true;
  const a = Math.abs(n);
  if (a > 2 ** 53 || a >= 1e15) return true;
  if (Number.isInteger(a) && a >= 1e11) {
    // General format writes such numbers as `3.01043E+13` in a CSV: ≤ 6 significant digits.
    let m = a;
    while (m % 10 === 0) m /= 10;
    return m < 1e6;
  }
  return false;
}

/** The text of a code held in a non-text cell (number or logical), as a user would type it. */
export function codeTextOf(value: CellValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/** The codes of a cell in order: split on commas, trimmed, empty entries dropped. */
export function splitCodes(value: CellValue): string[] {
  const text = codeTextOf(value);
  if (text === "") return [];
  const out: string[] = [];
  for (const part of text.split(",")) {
    const t = part.trim();
    if (t !== "") out.push(t);
  }
  return out;
}

/** The codes of a cell: `splitCodes`, or with `oneCodePerCell` the whole trimmed cell as one code (design.md §17). */
export function cellCodes(value: CellValue, oneCodePerCell: boolean): string[] {
  if (!oneCodePerCell) return splitCodes(value);
  const text = codeTextOf(value).trim();
  return text === "" ? [] : [text];
}

/** The comparison key of one code: trimmed, NFC, folded unless case-sensitive. */
export function codeKey(code: string, caseSensitive: boolean): string {
  let t = code.trim();
  if (!isAscii(t)) t = t.normalize("NFC").trim();
  return caseSensitive ? t : t.toLowerCase();
}

/** True when every UTF-16 unit is below 128. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Joins codes the way aggregate and the fixes write them. */
export function joinCodes(codes: readonly string[]): string {
  return codes.join(", ");
}
