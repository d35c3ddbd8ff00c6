/**
 * A report table (the issue list, the summary table) written to a file of its own in any output
 * kind (docs/design.md §20): a workbook with one sheet, delimited text, or JSON.
 */
import ExcelJS from "exceljs";
import { isEmpty, numberSymbols, type CellValue } from "../core";
import { listSeparator } from "./csv-delimiter";
import { writeOutput } from "./out-file";
import type { OutputKind } from "./output-kind";
import { fieldText, writeDelimited, writeJsonArray } from "./text-output";

/** A table with a header row; `number` formats per column apply in a workbook only. */
export interface ReportTable {
  sheetName: string;
  headers: readonly string[];
  rows: readonly (readonly CellValue[])[];
  /** Number format of each column in a workbook (`@` for text columns, `#,##0.00`, `0.0%`). */
  formats?: readonly (string | undefined)[];
}

/**
 * Writes `table` to `target` as `kind` says (claimed when complete, writeOutput):
 * - xlsx: one sheet, bold header, text cells formatted `@` so nothing in them is ever a formula;
 * - csv/tsv: UTF-8 with BOM, the locale's list separator (`,` in en-US, `;` where the decimal is
 *   a comma) or tab, numbers in the locale, text formula-safe (formula-safe.ts);
 * - json: an array of objects keyed by the headers, an empty cell `null`.
 */
export function writeReportTable(target: string, kind: OutputKind, table: ReportTable, locale: string): Promise<void> {
  return writeOutput(target, async (temp) => {
    if (kind === "xlsx") await tableWorkbook(table).xlsx.writeFile(temp);
    else if (kind === "json") await writeJsonArray(temp, table.rows.map((row) => asObject(table.headers, row)));
    else {
      const delimiter = kind === "tsv" ? "\t" : listSeparator(numberSymbols(locale));
      const lines = [table.headers, ...table.rows].map((row) => row.map((value) => fieldText(value, locale)));
      await writeDelimited(temp, lines, delimiter);
    }
  });
}

function asObject(headers: readonly string[], row: readonly CellValue[]): Record<string, CellValue | null> {
  const item: Record<string, CellValue | null> = {};
  headers.forEach((header, c) => (item[header] = isEmpty(row[c]) ? null : row[c]));
  return item;
}

function tableWorkbook(table: ReportTable): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const header = sheet.getRow(1);
  table.headers.forEach((name, c) => {
    const cell = header.getCell(c + 1);
    cell.numFmt = "@";
    cell.value = name;
    cell.font = { bold: true };
  });
  table.rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((value, c) => {
      if (isEmpty(value)) return;
      const cell = row.getCell(c + 1);
      const format = table.formats?.[c];
      if (typeof value === "string") cell.numFmt = "@";
      else if (format && typeof value === "number") cell.numFmt = format;
      cell.value = value;
    });
  });
  table.headers.forEach((name, c) => (sheet.getColumn(c + 1).width = columnWidth(name, table.rows, c)));
  return workbook;
}

/** Wide enough for the longest text in the column (its first 500 rows), between 8 and 60 characters. */
function columnWidth(header: string, rows: readonly (readonly CellValue[])[], column: number): number {
  let longest = header.length;
  for (const row of rows.slice(0, 500)) longest = Math.max(longest, String(row[column] ?? "").length);
  return Math.min(60, Math.max(8, longest + 2));
}
