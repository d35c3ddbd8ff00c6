/**
 * One column of the sheet, read in large blocks: a column is small (a 100,000-row codes
 * column is about 2 MB), so find-by-code reads it instead of the whole inventory.
 */
import type { CellValue } from "../core";
import { isPayloadTooLarge, syncStep } from "./office-run";

/** Rows per block to start with; a block over Excel on the web's 5 MB is halved and read again. */
const COLUMN_BLOCK_ROWS = 100_000;

/** The values of `rows` cells of `column` from `firstRow` down (sheet indexes): one sync per block. */
export async function readColumn(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  column: number,
  firstRow: number,
  rows: number,
): Promise<CellValue[]> {
  const values: CellValue[] = [];
  let blockRows = COLUMN_BLOCK_ROWS;
  while (values.length < rows) {
    const count = Math.min(blockRows, rows - values.length);
    const range = sheet.getRangeByIndexes(firstRow + values.length, column, count, 1).load("values");
    try {
      await syncStep(context, "excel-step-reading-codes");
    } catch (error) {
      if (isPayloadTooLarge(error) && count > 1) {
        blockRows = Math.max(1, Math.floor(count / 2));
        continue;
      }
      throw error;
    }
    for (const row of range.values) values.push(row[0] as CellValue);
    range.untrack();
  }
  return values;
}
