/**
 * The codes column of the inventory, for find-by-code: read on its own (about a tenth of the
 * sheet) rather than the whole inventory.
 */
import type { CellValue } from "../core";
import { parseArea, stripSheet } from "./addresses";
import { readColumn } from "./read-column";
import type { InventoryRead } from "./read-inventory";

/** The sheet row just below the inventory: the table's last data row, else the used range's. */
function inventoryEnd(read: InventoryRead): number {
  const whole = read.tableRange;
  if (read.tableName && whole) return whole.rect.row + whole.rect.rows - (whole.hasTotals ? 1 : 0);
  const used = parseArea(stripSheet(read.usedAddress));
  return used ? used.row + used.rows : read.rect.row + read.rect.rows;
}

/**
 * The values of grid column `codesColumn` from the first data row below `headerRow` (grid
 * rows, as in `read.values`) to the end of the inventory, also below the rows `read` holds:
 * element `i` is grid row `headerRow + 1 + i`. One sync per block of the column.
 *
 * @example const codes = await readCodesColumn(context, read, table.headerRow, table.columns.codes);
 */
export async function readCodesColumn(
  context: Excel.RequestContext,
  read: InventoryRead,
  headerRow: number,
  codesColumn: number,
): Promise<CellValue[]> {
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  const firstRow = read.rect.row + headerRow + 1;
  return readColumn(context, sheet, read.rect.column + codesColumn, firstRow, Math.max(0, inventoryEnd(read) - firstRow));
}
