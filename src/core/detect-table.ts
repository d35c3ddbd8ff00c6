/** Header row and column roles only (no validation), for the mapping UI and the adapters. */
import type { Grid, TableInfo } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { assertGrid } from "./analyze";
import { detectColumns } from "./columns";

/**
 * The header row and the column of each role, or null when no row in the first
 * `HEADER_SEARCH_ROWS` used rows names both quantity and stock codes. Duplicate claims resolve to
 * the first column (`checkInventory` reports them).
 *
 * @example detectTable([["Inventory"], ["Qty", "Serial"]])?.headerRow // 1
 */
export function detectTable(values: Grid, settings?: Partial<SettingsInput>): TableInfo | null {
  assertGrid(values);
  return detectColumns(values, resolveSettings(settings)).table;
}
