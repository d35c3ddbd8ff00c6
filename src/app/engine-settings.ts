/** The settings the engine gets for a read: the stored ones, plus where the values sit on the sheet and Excel's culture. */
import type { SettingsInput } from "../core";
import { parseArea, type InventoryRead } from "../excel";

/**
 * The read's settings with `origin` (the cells the user sees in messages) and, when the sheet
 * holds more below the values read (content under an Excel table), `lastUsedRow`, so serialize
 * can refuse to push that content past Excel's last row. Number text is read in the culture Excel
 * reads it in (`read.culture`, design.md §23), whatever locale the workbook's settings hold.
 *
 * @example engineSettings(read) // { ...read.settings, origin: "A3", lastUsedRow: 40, locale: "fi-FI" }
 */
export function engineSettings(read: InventoryRead): Partial<SettingsInput> {
  const engine: Partial<SettingsInput> = { ...read.settings, origin: read.origin };
  if (read.culture !== undefined) engine.locale = read.culture;
  const used = parseArea(read.usedAddress);
  const lastUsedRow = used ? used.row + used.rows : 0;
  if (lastUsedRow > read.rect.row + read.rect.rows) engine.lastUsedRow = lastUsedRow;
  return engine;
}
