import ExcelJS from "exceljs";
import type { CellValue } from "../core";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system; the 1904 system is 1462 days lower. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;

/** The Excel serial exceljs turned into `date` (the inverse of its conversion, both date systems). */
export function dateToSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
}

/**
 * The value Office.js `Range.values` gives for an exceljs cell: a formula's cached result
 * (`""` when the file holds none), dates as serial numbers, rich text and hyperlinks as
 * their plain text, error values as strings such as `#N/A`, merged-away cells as `""`.
 */
export function toOfficeValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return "";
  return plain(cell.value, date1904);
}

function plain(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return v.error;
  if (Array.isArray(v.richText)) return richText(v.richText);
  if ("formula" in v || "sharedFormula" in v) return plain(v.result, date1904);
  if ("hyperlink" in v || "text" in v) return plain(v.text, date1904);
  return "";
}

function richText(runs: unknown[]): string {
  return runs.map((run) => (run && typeof run === "object" && typeof (run as { text?: unknown }).text === "string" ? (run as { text: string }).text : "")).join("");
}
