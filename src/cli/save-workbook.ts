import type ExcelJS from "exceljs";
import path from "node:path";
import { DEFAULT_LOCALE, type CellValue, type SheetChange } from "../core";
import { outputKindOf } from "./output-kind";
import { changedRows, streamGridWorkbook } from "./stream-grid";
import { outputDelimiter, writeGridDelimited, writeGridJson } from "./write-grid-text";
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
 * A .csv, .tsv, .txt or .json input's changed copy for --out, written row by row in the format
 * `target` names (the output is a new file: nothing else to keep). An .xlsx is written with the
 * streaming writer, the same cells as workbookToChange, then applySheetChange, then saveWorkbook;
 * text and JSON as write-grid-text.ts says, new numbers in `locale`. Returns the rows added and removed.
 */
export async function saveChangedGrid(
  input: LoadedInput, grid: CellValue[][], change: SheetChange, target: string, locale: string = DEFAULT_LOCALE,
): Promise<{ added: number; removed: number }> {
  const rows = changedRows(grid, change);
  const kind = outputKindOf(target) ?? "xlsx";
  const source = { grid, texts: input.texts, locale };
  await writeOutput(target, (temp) => {
    if (kind === "xlsx") return streamGridWorkbook(temp, input.sheetName, grid, rows, input.formats);
    if (kind === "json") return writeGridJson(temp, source, rows, input.jsonShape ?? "rows");
    // A .csv copy of a .csv keeps its delimiter; of a .tsv or .json it takes the locale's list separator.
    const delimiter = outputDelimiter(kind, path.extname(input.path).toLowerCase() === ".csv" ? input.delimiter : undefined, locale);
    return writeGridDelimited(temp, source, rows, delimiter);
  });
  return { added: change.inserts.reduce((n, i) => n + i.count, 0), removed: change.deletes.length };
}
