/**
 * The add-in's settings in `context.workbook.settings` (saved with the workbook),
 * validated on the way in and out by the engine's schema.
 */
import { parseSettings, type Settings } from "../core";
import { parseStored, SETTINGS_KEY } from "./read-inventory";
import { syncStep } from "./office-run";

/**
 * Validates stored settings. A bad value does not throw the rest away: each bad
 * key falls back to its default, with a warning naming it.
 */
export function settingsFromStored(stored: unknown): { settings: Settings; warnings: string[] } {
  const defaults = parseSettings({});
  if (!defaults.success) throw new Error(`The default settings are invalid: ${defaults.errors.join("; ")}`);
  if (stored === undefined || stored === null) return { settings: defaults.data, warnings: [] };
  if (typeof stored !== "object" || Array.isArray(stored)) {
    return { settings: defaults.data, warnings: ["The saved settings were unreadable; the defaults are used."] };
  }
  const whole = parseSettings(stored);
  if (whole.success) return { settings: whole.data, warnings: [] };
  const good: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    const one = parseSettings({ [key]: value });
    if (one.success) good[key] = value;
    else warnings.push(`The saved setting "${key}" is not valid (${one.errors.join("; ")}); the default is used.`);
  }
  const merged = parseSettings(good);
  return merged.success ? { settings: merged.data, warnings } : { settings: defaults.data, warnings };
}

/** Reads and validates the stored settings (one sync). */
export async function loadStoredSettings(context: Excel.RequestContext): Promise<{ settings: Settings; warnings: string[] }> {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  await syncStep(context, "reading the settings");
  return settingsFromStored(item.isNullObject ? undefined : parseStored(item.value));
}

/** Stores settings that have already been validated. `origin` is per read, never stored. */
export async function storeSettings(context: Excel.RequestContext, settings: Settings): Promise<void> {
  const { origin: _origin, ...rest } = settings;
  context.workbook.settings.add(SETTINGS_KEY, rest);
  await syncStep(context, "saving the settings");
}
