/** The actions that only read the workbook (and at most move the selection): check, find, headers. */
import { buildCodeIndex, checkInventory, detectTable, type Role, type Settings } from "../core";
import { cellAddress, sheetCellAddress, type InventoryRead } from "../excel";
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

/** Finds `wanted` and selects its row (one sync when found); `row` is a grid row, as in `Issue.row`. */
export async function findAndSelect(
  context: Excel.RequestContext,
  read: InventoryRead,
  settings: Settings,
  wanted: string,
): Promise<FindOutcome> {
  const engine = engineSettings(settings, read);
  const table = detectTable(read.values, engine);
  if (!table) return { found: false, message: `No inventory found on "${read.sheetName}".` };
  const rows = buildCodeIndex(read.values, engine).find(wanted);
  if (rows.length === 0) return { found: false, message: `No row has the code "${wanted}".` };
  const row = rows[0];
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  // From a summary sheet the row is on its source sheet: Excel selects only on the active sheet.
  sheet.activate();
  sheet.getRangeByIndexes(read.rect.row + row, read.rect.column, 1, read.rect.columns).select();
  await context.sync();
  return {
    found: true,
    row,
    address: sheetCellAddress(read.sheetName, read.rect.row + row, read.rect.column),
    headers: headerTexts(read, table.headerRow, table.headers),
    record: read.values[row],
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
