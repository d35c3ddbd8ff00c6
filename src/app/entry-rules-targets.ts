/**
 * Where Protect entry's rules go on the inventory read (docs/design.md §30): in an Excel table,
 * the column's data body (Excel passes it to rows the table grows by); in a plain range, from
 * the first data row down to the sheet's last row, so rows added later are covered too.
 */
import { detectTable, EXCEL_MAX_ROWS, planEntryRules, type Settings, type SettingsInput } from "../core";
import type { EntryTarget, InventoryRead } from "../excel";

/** The rules and their cells, in `locale`'s words; undefined when the read holds no inventory. */
export function entryTargets(read: InventoryRead, settings: Settings, engine: Partial<SettingsInput>, locale: string): EntryTarget[] | undefined {
  const table = read.values.length > 0 ? detectTable(read.values, engine) : null;
  if (!table) return undefined;
  const firstDataRow = read.rect.row + table.headerRow + 1;
  const rules = planEntryRules({ table, firstDataRow, firstColumn: read.rect.column }, settings, locale);
  // `tableRect` leaves the totals row out: the body ends above it.
  const lastRow = read.tableRect ? read.tableRect.row + read.tableRect.rows - 1 : EXCEL_MAX_ROWS - 1;
  if (lastRow < firstDataRow) return undefined;
  return rules.map((rule) => ({ rule, rect: { row: firstDataRow, column: rule.column, rows: lastRow - firstDataRow + 1, columns: 1 } }));
}

/** The sheet columns the roles have on the read now (rows or columns may have moved since the rules were applied). */
export function roleColumnsNow(read: InventoryRead, engine: Partial<SettingsInput>): number[] {
  const table = read.values.length > 0 ? detectTable(read.values, engine) : null;
  if (!table) return [];
  return [table.columns.quantity, table.columns.codes].filter((c) => c >= 0).map((c) => read.rect.column + c);
}
