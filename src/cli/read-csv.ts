import Papa from "papaparse";
import type { CellValue } from "../core";
import { excelNumberFormat } from "./excel-number-format";
import { toExcelValue } from "./excel-text-value";

/** A number format Excel gives a cell of an opened CSV (0-based row and column). */
export interface CellFormat {
  row: number;
  column: number;
  format: string;
}

export interface CsvReadOptions {
  /** The date whose year fills in dates written without one (`3-4`); defaults to today. */
  today?: Date;
  /** Receives the number format of every cell Excel would format (dates, times, %, $, 1,234). */
  onFormat?: (cell: CellFormat) => void;
  /** Called with each row's 1-based number as it is converted (progress for large files). */
  onRow?: (row: number) => void;
}

/**
 * Parses CSV text into the grid Excel (en-US) would show after opening the file:
 * comma-separated (or the delimiter named by a first line `sep=;`), UTF-8 BOM dropped,
 * CR, LF and CRLF line endings in any mix, quoted commas and line breaks kept inside
 * their cell, and every field typed as Excel types it (see toExcelValue). Rows are
 * padded with `""` to the widest row, like `Range.values` of the used range.
 *
 * @example parseCsvLikeExcel("Code,Qty\r\n00123,5") // [["Code","Qty"],[123,5]]
 */
export function parseCsvLikeExcel(text: string, options: CsvReadOptions = {}): CellValue[][] {
  const currentYear = (options.today ?? new Date()).getFullYear();
  let body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let delimiter = ",";
  const sep = /^sep=(.)\n/.exec(body);
  if (sep) {
    delimiter = sep[1];
    body = body.slice(sep[0].length);
  }
  body = body.replace(/\n+$/, "");
  if (body === "") return [];
  const parsed = Papa.parse<string[]>(body, { delimiter, newline: "\n", skipEmptyLines: false, dynamicTyping: false });
  const width = parsed.data.reduce((max, row) => Math.max(max, row.length), 0);
  const { onFormat, onRow } = options;
  return parsed.data.map((fields, r) => {
    onRow?.(r + 1);
    const row: CellValue[] = fields.map((field, c) => {
      const value = toExcelValue(field, currentYear);
      if (onFormat && typeof value === "number") {
        const format = excelNumberFormat(field, currentYear);
        if (format) onFormat({ row: r, column: c, format });
      }
      return value;
    });
    while (row.length < width) row.push("");
    return row;
  });
}
