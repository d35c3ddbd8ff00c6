/** The actions that only read the workbook (and at most move the selection): check, find, headers. */
import { checkInventory, detectTable, findCodeInCells, type CellValue, type Role, type Settings } from "../core";
import { cellAddress, parseArea, readColumn, sheetCellAddress, stripSheet, type InventoryRead } from "../excel";
import type { CheckOutcome, FindOutcome, HeaderInfo, LocatedIssue } from "./types";
import { engineSettings } from "./write-action";

/** Header texts of the header row, as the engine cleaned them when it has them; an empty header shows its cell. */
export function headerTexts(read: InventoryRead, headerRow: number, cleaned: string[] | undefined): string[] {
  if (cleaned) return cleaned;
  return (read.values[headerRow] ?? []).map((v, i) =>
    v === null || v === undefined || v === "" ? cellAddress(read.rect.row + headerRow, read.rect.column + i) : String(v),
  );
}

export function checkOutcome(read: InventoryRead, settings: Settings): CheckOutcome {
  const report = checkInventory(read.values, engineSettings(settings, read));
  const issues: LocatedIssue[] = report.issues.map((issue) => ({
    ...issue,
    address: sheetCellAddress(read.sheetName, read.rect.row + issue.row, read.rect.column + issue.column),
  }));
  const headers = report.table ? headerTexts(read, report.table.headerRow, report.table.headers) : [];
  return { sheetName: read.sheetName, report, issues, headers, checkedAt: new Date() };
}

/** Rows read for find: enough for the header (within the first 20 rows, SPEC §1). */
export const FIND_HEADER_ROWS = 21;

/** The sheet row just below the inventory: the table's last data row, else the used range's. */
function inventoryEnd(read: InventoryRead): number {
  const whole = read.tableRange;
  if (read.tableName && whole) return whole.rect.row + whole.rect.rows - (whole.hasTotals ? 1 : 0);
  const used = parseArea(stripSheet(read.usedAddress));
  return used ? used.row + used.rows : read.rect.row + read.rect.rows;
}

/**
 * Finds `wanted` and selects its row; `row` is a grid row, as in `Issue.row`. `read` needs
 * only the first rows (FIND_HEADER_ROWS): the codes column is then read on its own, about a
 * tenth of the sheet, and the found row with the selection in one more sync. A scanner's
 * code + Enter costs a few small syncs, not a read of the whole inventory.
 */
export async function findAndSelect(
  context: Excel.RequestContext,
  read: InventoryRead,
  settings: Settings,
  wanted: string,
): Promise<FindOutcome> {
  const engine = engineSettings(settings, read);
  const table = detectTable(read.values, engine);
  if (!table) return { found: false, message: `No inventory found on "${read.sheetName}".` };
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  const firstRow = read.rect.row + table.headerRow + 1;
  const codes = await readColumn(context, sheet, read.rect.column + table.columns.codes, firstRow, Math.max(0, inventoryEnd(read) - firstRow));
  const hits = findCodeInCells(codes, wanted, engine);
  if (hits.length === 0) return { found: false, message: `No row has the code "${wanted}".` };
  const sheetRow = firstRow + hits[0];
  const rowRange = sheet.getRangeByIndexes(sheetRow, read.rect.column, 1, read.rect.columns);
  rowRange.load("values");
  // From a summary sheet the row is on its source sheet: Excel selects only on the active sheet.
  sheet.activate();
  rowRange.select();
  await context.sync();
  return {
    found: true,
    row: sheetRow - read.rect.row,
    address: sheetCellAddress(read.sheetName, sheetRow, read.rect.column),
    headers: headerTexts(read, table.headerRow, table.headers),
    record: rowRange.values[0] as CellValue[],
  };
}

export function headerInfo(read: InventoryRead, settings: Settings): HeaderInfo {
  const table = detectTable(read.values, engineSettings(settings, read));
  const detected: Partial<Record<Role, number>> = {};
  if (table) {
    for (const [role, column] of Object.entries(table.columns)) if (column !== undefined) detected[role as Role] = column;
  }
  return { sheetName: read.sheetName, headers: headerTexts(read, table?.headerRow ?? 0, table?.headers), detected };
}
