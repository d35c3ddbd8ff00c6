/** Find by code: the found unit's status (issue 16), when the sheet has a status column. */
import { classifyStatus, type CellValue, type SettingsInput, type TableInfo } from "../core";
import type { FoundStatus } from "./types";

/**
 * The status cell of the found row as text, and its class as `classifyStatus` reads it with the
 * workbook's status words; undefined when the sheet has no status column.
 *
 * @example statusOfRecord(["C1", 1, "Rented"], table, {}) // { text: "Rented", class: "out" } once Rented is classed
 */
export function statusOfRecord(record: readonly CellValue[], table: TableInfo, engine: Partial<SettingsInput>): FoundStatus | undefined {
  const column = table.columns.status;
  if (column === undefined) return undefined;
  const value = record[column];
  const text = value === null || value === undefined ? "" : String(value).trim();
  return { text, class: classifyStatus(text, { statusMap: engine.statusMap ?? {} }) };
}
