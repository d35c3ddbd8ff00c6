import type { CellValue } from "../core";
import { writeOutput } from "./out-file";
import type { LoadedInput } from "./read-input";
import { streamGridWorkbook } from "./stream-grid";
import { addStreamedTable } from "./stream-table";
import { writeSummaryBeside, type SummarySheetInput } from "./write-summary";

/**
 * `summary --out x.xlsx` of a .csv or .json input (issue 23 §6): the data sheet streamed row by
 * row from the one kept grid, then the summary sheet and its Excel table added to the same
 * package (stream-table.ts); the same cells, formats and table as workbookFromGrid followed by
 * writeSummarySheet, without a workbook model of the data. Returns the summary sheet's name.
 */
export async function streamSummaryWorkbook(input: LoadedInput, grid: readonly (readonly CellValue[])[], target: string, summary: SummarySheetInput): Promise<string> {
  let written = summary.sheetName;
  const sources = new Int32Array(grid.length).map((_, i) => i);
  await writeOutput(target, (temp) =>
    streamGridWorkbook(temp, input.sheetName, grid, { sources }, input.formats, (workbook) => {
      written = writeSummaryBeside(workbook, input.sheetName, summary, (sheet, table) => addStreamedTable(workbook, sheet, table));
    }),
  );
  return written;
}
