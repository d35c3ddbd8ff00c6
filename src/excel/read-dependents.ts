/**
 * Formulas elsewhere that point into the rows an action changes (docs/design.md §16
 * "Formulas"): a running total `=H2+F3` below a serialized row skips the new unit rows, a sum
 * over merged rows loses its cells. Where the host has `Range.getDirectDependents` (ExcelApi
 * 1.13) the preview asks Excel once for the direct dependents of the changing rows' cells;
 * elsewhere, or when there are none (Excel then fails the sync with ItemNotFound), nothing.
 */
import { parseArea, splitAreas, splitSheetAddress, stripSheet } from "./addresses";
import { failedSyncCode, isExcelApiSupported, syncStep } from "./office-run";
import type { InventoryRead } from "./read-inventory";
import { inventorySheet } from "./read-inventory";

/**
 * Addresses of formula cells outside grid rows `first`…`last` that refer to a cell of those rows
 * (on the inventory sheet without its name, elsewhere with it); [] without the API or when none.
 */
export async function dependentsOutside(context: Excel.RequestContext, read: InventoryRead, first: number, last: number): Promise<string[]> {
  if (!isExcelApiSupported("1.13") || last < first || read.rect.columns === 0) return [];
  const sheet = inventorySheet(context, read.sheetName);
  const rows = { from: read.rect.row + first, to: read.rect.row + last };
  const dependents = sheet.getRangeByIndexes(rows.from, read.rect.column, rows.to - rows.from + 1, read.rect.columns).getDirectDependents().load("addresses");
  try {
    await syncStep(context, "excel-step-reading-rows");
  } catch (error) {
    if (failedSyncCode(error) === "ItemNotFound") return [];
    throw error;
  }
  const out: string[] = [];
  for (const address of dependents.addresses.flatMap(splitAreas)) {
    const { sheetName, area } = splitSheetAddress(address);
    const here = sheetName === undefined || sheetName === read.sheetName;
    const rect = parseArea(area);
    const inside = here && rect !== undefined && rect.row >= rows.from && rect.row + rect.rows - 1 <= rows.to;
    if (!inside) out.push(here ? stripSheet(address) : address);
  }
  return out;
}
