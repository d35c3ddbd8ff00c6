import { DEFAULT_LOCALE, groupCharacters, numberSymbols, type CellValue, type NumberSymbols } from "../core";
import { parseDateTime } from "./excel-date";

/**
 * How Excel types the text of one CSV field when it opens the file; the rules below are en-US's,
 * and `locale` changes them as localNumberText says (docs/design.md §14).
 *
 * - Surrounding spaces are ignored for the test; text that is not converted stays exactly as written.
 * - Numbers: optional `+`/`-` or `( )` for negative, optional `$`, digits with optional
 *   comma thousands groups (`1,234`; `12,34` stays text), optional decimals, optional
 *   exponent (`1E5`, `6.37702E+15`), optional trailing `%` (divides by 100), and a
 *   mixed fraction `1 1/2`. Leading zeros vanish (`00123` → 123).
 * - Only 15 significant digits are kept and later digits become zeros, as Excel does when it
 *   reads typed or imported text (Microsoft KB 269370: "changes any digits past the fifteenth
 *   place to zeroes" — a truncation, not a rounding): `3558344370409403` → 3558344370409400,
 *   `5602248408566255894` → 5602248408566250000.
 * - `TRUE` / `FALSE` in any case become booleans.
 * - Dates and times become serial numbers (rules in excel-date.ts).
 * - Formulas (`=1+1`) are NOT evaluated: they stay text (Excel would calculate them).
 * - Error literals (`#N/A`) stay strings, which is what Office.js returns for error cells.
 */
export function toExcelValue(text: string, currentYear: number, locale: string = DEFAULT_LOCALE): CellValue {
  const t = text.trim();
  if (t === "") return text === "" ? "" : text;
  const number = parseExcelNumber(t, locale);
  if (number !== null) return number;
  const upper = t.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  const serial = locale === DEFAULT_LOCALE || ISO_DATE_OR_TIME.test(t) ? parseDateTime(t, currentYear) : null;
  if (serial !== null) return serial;
  return text;
}

/**
 * Outside en-US only dates in ISO order (`2024-01-31`) and times are read as dates: the day-month
 * orders and month names of other locales are not modelled, so `3/4` stays text there rather than
 * becoming a date the user did not write.
 */
const ISO_DATE_OR_TIME = /^(?:\d{4}[-/]|\d{1,2}:\d)/;

/**
 * The en-US spelling of number text written in `symbols`' locale, for the en-US rules above:
 * the locale's group separator becomes `,`, its decimal `.` and its minus `-`; a `.` or `,` that is
 * neither of the locale's separators makes it text (null), as does `$` outside en-US. A space
 * before `%` is dropped (`12 %`). Text in en-US, or in a locale that writes numbers as en-US does,
 * comes back unchanged.
 *
 * @example localNumberText("1 234,56", numberSymbols("fi-FI")) // "1,234.56"
 * @example localNumberText("1.5", numberSymbols("fi-FI")) // null
 */
export function localNumberText(t: string, symbols: NumberSymbols): string | null {
  if (symbols.locale === DEFAULT_LOCALE) return t;
  if (t.includes("$")) return null;
  const { group, decimal, minus } = symbols;
  if (group === "," && decimal === "." && minus === "-") return t;
  const groups = groupCharacters(symbols);
  let out = "";
  const chars = t.replace(/[ \u00a0\u202f]+%$/, "%");
  for (const ch of chars) {
    if (groups.includes(ch)) out += ",";
    else if (ch === decimal) out += ".";
    else if (ch === minus || ch === "\u2212") out += "-";
    else if (ch === "." || ch === ",") return null;
    else out += ch;
  }
  return out;
}

const NUMBER =
  /^(?<open>\()?(?<sign>[+-])?(?<cur1>\$)?(?<sign2>[+-])?(?<mant>\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?<exp>[eE][+-]?\d+)?(?<pct>%)?(?<close>\))?$/;
const FRACTION = /^([+-])?(\d+) (\d+)\/(\d+)$/;

/**
 * The number Excel in `locale` reads from numeric-looking text, or null when Excel keeps it as text.
 *
 * @example parseExcelNumber("12,50", "fi-FI") // 12.5
 */
export function parseExcelNumber(text: string, locale: string = DEFAULT_LOCALE): number | null {
  const t = locale === DEFAULT_LOCALE ? text : localNumberText(text, numberSymbols(locale));
  if (t === null) return null;
  const f = FRACTION.exec(t);
  if (f) {
    const den = Number(f[4]);
    if (den === 0) return null;
    const value = Number(f[2]) + Number(f[3]) / den;
    return f[1] === "-" ? -value : value;
  }
  const m = NUMBER.exec(t);
  if (!m?.groups) return null;
  const g = m.groups;
  if (Boolean(g.open) !== Boolean(g.close)) return null;
  if (g.sign && g.sign2) return null;
  if (g.exp && (g.cur1 || g.mant.includes(","))) return null;
  if (g.open && (g.sign || g.sign2)) return null;
  let value = Number(keep15Digits(g.mant.replace(/,/g, "")) + (g.exp ?? ""));
  if (!Number.isFinite(value)) return null;
  if (g.pct) value /= 100;
  if (g.open || g.sign === "-" || g.sign2 === "-") value = -value;
  return value === 0 ? 0 : value;
}

/** Replaces every significant digit after the 15th of a plain decimal (`123.45`) by `0`. */
export function keep15Digits(decimal: string): string {
  let significant = 0;
  let out = "";
  for (const ch of decimal) {
    if (ch < "0" || ch > "9") {
      out += ch;
      continue;
    }
    if (significant > 0 || ch !== "0") significant++;
    out += significant > 15 ? "0" : ch;
  }
  return out;
}
