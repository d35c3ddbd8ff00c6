/** The actions that only read the workbook (and at most move the selection): check, find, headers. */
import { checkInventory, detectTable, findCodeInCells, groupByPart, partColumnOf, type CheckReport, type Role, type TableInfo } from "../core";
import { cellAddress, readCodesColumn, selectRow, sheetCellAddress, type InventoryRead, type ExcelContext } from "../excel";
import { engineSettings } from "./engine-settings";
import { statusOfRecord } from "./find-status";
import type { CheckOutcome, FindOutcome, HeaderInfo, LocatedIssue } from "./types";
import { words } from "./words";

/** Header texts of the header row, as the engine cleaned them when it has them; an empty header shows its cell. */
export function headerTexts(read: InventoryRead, headerRow: number, cleaned: string[] | undefined): string[] {
  if (cleaned) return cleaned;
  return (read.values[headerRow] ?? []).map((v, i) =>
    v === null || v === undefined || v === "" ? cellAddress(read.rect.row + headerRow, read.rect.column + i) : String(v),
  );
}

/** `report`: the check of `read.values` when it is already known (a live check's index, a copy it may change). */
export function checkOutcome(read: InventoryRead, report: CheckReport = checkInventory(read.values, engineSettings(read))): CheckOutcome {
  // What the read left out (a value far outside the table) is said once, before the engine's notes.
  if (read.notes && read.notes.length > 0) report.notes = [...read.notes, ...(report.notes ?? [])];
  const issues: LocatedIssue[] = report.issues.map((issue) => ({
    ...issue,
    address: sheetCellAddress(read.sheetName, read.rect.row + issue.row, read.rect.column + issue.column),
  }));
  const headers = report.table ? headerTexts(read, report.table.headerRow, report.table.headers) : [];
  return { sheetName: read.sheetName, report, issues, headers, checkedAt: new Date() };
}

/**
 * Finds `wanted` and selects its row; `row` is a grid row, as in `Issue.row`. `read` holds
 * only the header window: the codes column is then read on its own, about a tenth of the
 * sheet, and the found row with the selection in one more sync. A scanner's code + Enter
 * costs a few small syncs, not a read of the whole inventory.
 */
export async function findCode(context: ExcelContext, read: InventoryRead, wanted: string, part?: string): Promise<FindOutcome> {
  const engine = engineSettings(read);
  const table = detectTable(read.values, engine);
  if (!table) return { found: false, ...words("app-find-no-inventory", { sheet: read.sheetName }) };
  const codes = await readCodesColumn(context, read, table.headerRow, table.columns.codes);
  const hits = findCodeInCells(codes, wanted, engine);
  if (hits.length === 0) return { found: false, ...words("app-find-no-code", { code: wanted }) };
  const parts = await codeParts(context, read, table, hits, engine);
  const chosen = parts?.find((p) => p.part.toLowerCase() === part?.trim().toLowerCase());
  const row = table.headerRow + 1 + ((chosen ?? parts?.[0])?.rows[0] ?? hits[0]);
  const record = await selectRow(context, read, row);
  const at = (r: number) => sheetCellAddress(read.sheetName, read.rect.row + r, read.rect.column);
  const status = statusOfRecord(record, table, engine);
  return {
    found: true,
    row,
    address: at(row),
    headers: headerTexts(read, table.headerRow, table.headers),
    record,
    ...(parts && parts.length > 1 ? { parts: parts.map((p) => ({ part: p.part, address: at(table.headerRow + 1 + p.rows[0]) })) } : {}),
    ...(status ? { status } : {}),
  };
}

/** The parts holding the found rows when codes are unique within a part (issue 13); undefined otherwise. */
async function codeParts(context: ExcelContext, read: InventoryRead, table: TableInfo, hits: number[], engine: ReturnType<typeof engineSettings>) {
  const column = partColumnOf(table, engine);
  if (column === undefined) return undefined;
  return groupByPart(await readCodesColumn(context, read, table.headerRow, column), hits);
}

export function headerInfo(read: InventoryRead): HeaderInfo {
  const table = detectTable(read.values, engineSettings(read));
  const detected: Partial<Record<Role, number>> = {};
  if (table) {
    for (const [role, column] of Object.entries(table.columns)) if (column !== undefined && column >= 0) detected[role as Role] = column; // a register has no quantity column (-1)
  }
  return { sheetName: read.sheetName, headers: headerTexts(read, table?.headerRow ?? 0, table?.headers), detected };
}
