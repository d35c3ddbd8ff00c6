import ExcelJS from "exceljs";
import type { CellValue } from "../core";
import type { CellFormat } from "./read-csv";

/**
 * A new workbook holding `grid` at A1 of one sheet, as Excel would hold an opened
 * .csv or .json file: the values exactly as typed (numbers stay numbers, text stays text),
 * dates, times, percentages and amounts in the number formats Excel gave them (`formats`; a
 * cell that holds text, such as a code kept as the file wrote it, stays `@`).
 */
export function workbookFromGrid(
  sheetName: string,
  grid: readonly (readonly CellValue[])[],
  formats: readonly CellFormat[] = [],
): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  grid.forEach((values, r) => {
    const row = sheet.getRow(r + 1);
    values.forEach((value, c) => {
      if (value === "" || value === null || value === undefined) return;
      const cell = row.getCell(c + 1);
      cell.value = value;
      // Text that Excel would otherwise turn into a number, date or formula when edited stays text.
      if (typeof value === "string") cell.numFmt = "@";
    });
  });
  for (const { row, column, format } of formats) {
    if (typeof grid[row]?.[column] === "number") sheet.getCell(row + 1, column + 1).numFmt = format;
  }
  return { workbook, sheet };
}
