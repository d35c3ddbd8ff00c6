/** The settings the engine gets for a read: the stored ones, plus where the values sit on the sheet. */
import type { SettingsInput } from "../core";
import { parseArea, type InventoryRead } from "../excel";

/**
 * The read's settings with `origin` (the cells the user sees in messages) and, when the sheet
 * holds more below the values read (content under an Excel table), `lastUsedRow`, so serialize
 * can refuse to push that content past Excel's last row.
 *
 * @example engineSettings(read) // { ...read.settings, origin: "A3", lastUsedRow: 40 }
 */
export function engineSettings(read: InventoryRead): Partial<SettingsInput> {
  const engine: Partial<SettingsInput> = { ...read.settings, origin: read.origin };
  const used = parseArea(read.usedAddress);
  const lastUsedRow = used ? used.row + used.rows : 0;
  if (lastUsedRow > read.rect.row + read.rect.rows) engine.lastUsedRow = lastUsedRow;
  return engine;
}
