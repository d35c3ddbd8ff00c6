/**
 * Moving Excel's selection for the app (going to an issue's cell, showing a found row): the
 * sheet is activated first, as Excel selects only on the active sheet. One sync each.
 */
import type { CellValue } from "../core";
import { parseArea, splitSheetAddress } from "./addresses";
import { inventorySheet, type InventoryRead } from "./read-inventory";

/**
 * Activates the sheet named in `address` (else the active sheet) and selects that cell, or
 * the first cell of that area.
 *
 * @example await selectCell(context, "'My stock'!C14");
 */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheetName, area } = splitSheetAddress(address);
  const cell = parseArea(area);
  if (!cell) throw new RangeError(`selectCell: "${address}" is not a cell address`);
  const sheet = inventorySheet(context, sheetName);
  sheet.activate();
  sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).select();
  await context.sync();
}

/**
 * Activates the inventory's sheet, selects the inventory's cells of grid row `gridRow` (an
 * index into `read.values`, also below the rows read) and returns their values.
 *
 * @example const record = await selectRow(context, read, 14);
 */
export async function selectRow(context: Excel.RequestContext, read: InventoryRead, gridRow: number): Promise<CellValue[]> {
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  const row = sheet.getRangeByIndexes(read.rect.row + gridRow, read.rect.column, 1, read.rect.columns).load("values");
  // From a summary sheet the row is on its source sheet: Excel selects only on the active sheet.
  sheet.activate();
  row.select();
  await context.sync();
  return row.values[0] as CellValue[];
}
