/**
 * The settings as the pane gets them: stored in the workbook, with `locale` the culture Excel
 * reads numbers in (docs/design.md §23), so the pane writes amounts as this workbook's Excel
 * does. What is saved never carries Excel's culture: saves merge into the stored settings.
 */
import { loadStoredSettings, queueExcelCulture, type ExcelContext, type StoredSettings } from "../excel";
import type { SettingsOutcome } from "./types";

/** The stored settings and Excel's culture, in one sync. */
export async function readSettings(context: ExcelContext): Promise<{ stored: StoredSettings; culture: string }> {
  const culture = queueExcelCulture(context);
  const stored = await loadStoredSettings(context);
  return { stored, culture: culture() };
}

export function withCulture(outcome: SettingsOutcome, culture: string): SettingsOutcome {
  return { ...outcome, settings: { ...outcome.settings, locale: culture } };
}
