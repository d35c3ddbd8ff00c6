import { EXCEL_MAX_CELL_CHARS, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, toAddress, type CellValue } from "../core";
import { CliError } from "./cli-error";

/**
 * Throws a CliError when a .csv or .json grid does not fit on one Excel sheet (more than
 * 1,048,576 rows or 16,384 columns, or a cell over 32,767 characters). Excel opens such a
 * file only in part ("file not loaded completely"), so checking or writing it would silently
 * drop or change records the user has.
 */
export function assertFitsOnSheet(grid: readonly (readonly CellValue[])[], label: string): void {
  const n = (count: number) => count.toLocaleString("en-US");
  if (grid.length > EXCEL_MAX_ROWS) {
    throw new CliError(`${label} has ${n(grid.length)} rows; an Excel sheet holds ${n(EXCEL_MAX_ROWS)}, so Excel would not open all of it: split the file`);
  }
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (row.length > EXCEL_MAX_COLUMNS) {
      throw new CliError(`${label}: row ${n(r + 1)} has ${n(row.length)} columns; an Excel sheet holds ${n(EXCEL_MAX_COLUMNS)}, so Excel would not open all of it`);
    }
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value === "string" && value.length > EXCEL_MAX_CELL_CHARS) {
        throw new CliError(`${label}: cell ${toAddress(r, c)} holds ${n(value.length)} characters; an Excel cell holds ${n(EXCEL_MAX_CELL_CHARS)}, so Excel would cut it`);
      }
    }
  }
}
