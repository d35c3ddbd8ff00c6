/**
 * What Excel stores when a value is written to a cell (Range.values, or a user typing).
 * Cells formatted "@" keep strings exactly; elsewhere Excel parses the text in its culture:
 * formulas, numbers, percentages, dates, times and booleans. See README.md for the list.
 */
import { cultureNumber, hostCulture, type HostCulture } from "./culture";
import type { CellValue } from "./types";

/** The stored content of one cell after a write. */
export interface Stored {
  value: CellValue;
  formula?: string;
  /** A number format Excel applies as a side effect (`12%` → "0%", `3-4` → "d-mmm"). */
  format?: string;
}

export const TEXT_FORMAT = "@";

const EN_US = hostCulture(undefined);

/** Excel's date serial for a calendar date (1900 system; 1900-03-01 and later). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fullYear(y: number): number {
  return y < 30 ? 2000 + y : y < 100 ? 1900 + y : y;
}

/**
 * Parses date text: ISO `2024-03-04` in every culture, and in en-US also `3-4`, `3/4` and
 * `3/4/2024`; null when it is not one. Other cultures' own orders are not modelled (README).
 */
export function parseDate(text: string, today: Date, usShapes = true): { serial: number; format: string } | null {
  let m = usShapes ? /^(\d{1,2})[-/](\d{1,2})$/.exec(text) : null;
  if (m) {
    const y = today.getFullYear(), mo = Number(m[1]), d = Number(m[2]);
    return validDate(y, mo, d) ? { serial: dateSerial(y, mo, d), format: "d-mmm" } : null;
  }
  m = usShapes ? /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/.exec(text) : null;
  if (m) {
    const y = fullYear(Number(m[3])), mo = Number(m[1]), d = Number(m[2]);
    return validDate(y, mo, d) ? { serial: dateSerial(y, mo, d), format: "m/d/yyyy" } : null;
  }
  m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    return validDate(y, mo, d) ? { serial: dateSerial(y, mo, d), format: "m/d/yyyy" } : null;
  }
  return null;
}

/**
 * The content Excel stores for `input` written to a cell whose number format is
 * `format`, in `culture` (en-US by default). `null`/`undefined` never reach here (they mean
 * "leave the cell").
 */
export function coerceWrite(input: CellValue, format: string | undefined, today: Date, culture: HostCulture = EN_US): Stored {
  const parseNumber = (text: string) => cultureNumber(text, culture);
  const enUs = culture.name === "en-US";
  if (typeof input !== "string") return { value: input };
  if (format === TEXT_FORMAT) return { value: input };
  if (input === "") return { value: "" };
  if (/^[A-EG-SU-Za-eg-su-z]/.test(input)) return { value: input }; // a letter (not T/F) starts plain text
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.length > 1 && input.startsWith("=")) return { value: input, formula: input };
  const text = input.trim();
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const num = parseNumber(text);
  if (num !== null) return { value: num };
  const pct = /^(.*)%$/.exec(text);
  if (pct) {
    const n = parseNumber(pct[1].trim());
    if (n !== null) return { value: n / 100, format: text.includes(culture.decimal) ? "0.00%" : "0%" };
  }
  const money = enUs ? /^([+-]?)\$(.+)$/.exec(text) : null;
  if (money) {
    const n = parseNumber(money[2]);
    if (n !== null) return { value: money[1] === "-" ? -n : n, format: "$#,##0.00" };
  }
  const date = parseDate(text, today, enUs);
  if (date) return { value: date.serial, format: format && format !== "General" ? undefined : date.format };
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60 && Number(time[3] ?? 0) < 60) {
    const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0);
    return { value: seconds / 86_400, format: format && format !== "General" ? undefined : "h:mm" };
  }
  // Excel reads any other entry starting with + or - as a formula (`+A1` → `=+A1`).
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-"))) {
    return { value: input, formula: `=${input}` };
  }
  return { value: input };
}
