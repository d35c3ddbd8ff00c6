import type ExcelJS from "exceljs";
import type { CellValue, SheetChange } from "../core";
import { changedRows, streamGridWorkbook } from "./stream-grid";
import { workbookFromGrid } from "./grid-workbook";
import { writeOutput } from "./out-file";
import type { LoadedInput } from "./read-input";

/**
 * The workbook to change for `--out`: the loaded .xlsx itself (other sheets, formats and
 * formulas kept), or for .csv/.json a new workbook holding `grid` on one sheet (the kept grid:
 * the file's text where Excel's reading would change it).
 */
export function workbookToChange(input: LoadedInput, grid: CellValue[][]): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  if (input.workbook && input.worksheet) return { workbook: input.workbook, sheet: input.worksheet };
  return workbookFromGrid(input.sheetName, grid, input.formats);
}

/** One line for stderr when the written copy will lack parts of the input (the input itself is never changed). */
export function notKeptWarning(input: LoadedInput, out: string): string | null {
  if (input.notKept.length === 0) return null;
  return `inventory-rows: note: ${out} will not contain the ${input.notKept.join(", ")} of ${input.path} (the file library used here cannot write them); ${input.path} itself is unchanged\n`;
}

/**
 * Writes the workbook to `target`, claimed only when complete (writeOutput). The workbook is
 * marked for a full recalculation when Excel opens it: formula results cached in the file were
 * computed before rows were split or merged.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  await writeOutput(target, (temp) => workbook.xlsx.writeFile(temp));
}

/**
 * A .csv or .json input's changed copy for --out, written row by row with the streaming writer
 * (the output is a new workbook: nothing else to keep). Same cells as workbookToChange, then
 * applySheetChange, then saveWorkbook; returns the rows added and removed.
 */
export async function saveChangedGrid(input: LoadedInput, grid: CellValue[][], change: SheetChange, target: string): Promise<{ added: number; removed: number }> {
  const rows = changedRows(grid, change);
  await writeOutput(target, (temp) => streamGridWorkbook(temp, input.sheetName, grid, rows, input.formats));
  return { added: change.inserts.reduce((n, i) => n + i.count, 0), removed: change.deletes.length };
}
