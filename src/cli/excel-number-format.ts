import { DEFAULT_LOCALE, numberSymbols } from "../core";
import { localNumberText, parseExcelNumber } from "./excel-text-value";
import { parseDate, parseTime } from "./excel-date";

/**
 * The number format Excel (en-US) gives a cell when it types CSV text as a number, date or time,
 * so a workbook written from a CSV shows `8/24/2022`, `$5.27` or `15%` as Excel would, not the
 * bare serial `44797`. Undefined for plain numbers (General) and for text Excel keeps as text.
 * In another locale the text is read with its separators (`1.234,50` in de-DE is `#,##0.00`:
 * format codes are always written in en-US notation) and the only dates are ISO ones (yyyy-mm-dd).
 *
 * @example excelNumberFormat("2024-01-01", 2026) // "m/d/yyyy"
 */
export function excelNumberFormat(text: string, currentYear: number, locale: string = DEFAULT_LOCALE): string | undefined {
  const t = locale === DEFAULT_LOCALE ? text.trim() : localNumberText(text.trim(), numberSymbols(locale));
  if (t === null) return undefined;
  if (/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  if (parseExcelNumber(t) !== null) return numberFormat(t);
  const time = timeFormat(t);
  if (time) return time;
  const iso = locale !== DEFAULT_LOCALE;
  if (iso && !/^\d{4}[-/]/.test(t)) return undefined;
  const space = t.indexOf(" ");
  if (space < 0) {
    const format = dateFormat(t, currentYear);
    return iso && format ? "yyyy-mm-dd" : format;
  }
  const date = dateFormat(t.slice(0, space), currentYear);
  return date && timeFormat(t.slice(space + 1).trim()) ? (iso ? "yyyy-mm-dd h:mm" : "m/d/yyyy h:mm") : undefined;
}

function numberFormat(t: string): string | undefined {
  if (/^[+-]?\d+ \d+\/\d+$/.test(t)) return "# ?/?";
  const decimals = /\.\d/.test(t) ? ".00" : "";
  if (/[eE][+-]?\d/.test(t)) return "0.00E+00";
  if (t.includes("%")) return `0${decimals}%`;
  if (t.includes("$")) return `"$"#,##0${decimals}`;
  if (t.includes(",")) return `#,##0${decimals}`;
  return undefined;
}

function timeFormat(t: string): string | undefined {
  if (parseTime(t) === null) return undefined;
  const seconds = /^\d{1,2}:\d{2}:\d{2}/.test(t) ? ":ss" : "";
  return /[AaPp][Mm]$/.test(t) ? `h:mm${seconds} AM/PM` : `h:mm${seconds}`;
}

function dateFormat(t: string, currentYear: number): string | undefined {
  if (parseDate(t, currentYear) === null) return undefined;
  const short = /^(\d{1,2})[-/](\d{1,4})$/.exec(t);
  if (!short) return "m/d/yyyy";
  // `3-4` is 4 March of this year (day-month); `4/2024` and `3-40` are a month of a year.
  return parseDate(`${short[1]}/${short[2]}/${currentYear}`, currentYear) !== null && short[2].length <= 2 ? "d-mmm" : "mmm-yy";
}
