/**
 * The add-in's settings in `context.workbook.settings` (saved with the workbook),
 * validated on the way in and out by the engine's schema. `readInventory` reads the stored
 * value in its first sync and validates it here.
 */
import { parseSettings, say, text, textOf, type Say, type Settings } from "../core";
import { syncStep } from "./office-run";
import { problemsOf } from "./settings-problems";

/** Where the add-in keeps its settings in the workbook. */
export const SETTINGS_KEY = "inventoryRows.settings";

/** Valid settings, and a warning for each stored value that was left out. */
export interface StoredSettings {
  settings: Settings;
  warnings: string[];
  /** `warnings` as data, one per warning, for the pane's language. */
  warningsSay: Say[];
}

function warned(settings: Settings, said: Say[]): StoredSettings {
  return { settings, warnings: said.map(textOf), warningsSay: said };
}

/** A stored setting as a value: JSON text is parsed (older writers stored strings). */
export function parseStored(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * Validates stored settings. A bad value does not throw the rest away: each bad
 * key falls back to its default, with a warning naming it.
 */
export function settingsFromStored(stored: unknown): StoredSettings {
  const defaults = parseSettings({});
  if (!defaults.success) throw new Error(text("excel-settings-defaults-invalid", { problems: defaults.errors.join("; ") }));
  if (stored === undefined || stored === null) return warned(defaults.data, []);
  if (typeof stored !== "object" || Array.isArray(stored)) return warned(defaults.data, [say("excel-settings-unreadable")]);
  const whole = parseSettings(stored);
  if (whole.success) return warned(whole.data, []);
  const good: Record<string, unknown> = {};
  const warnings: Say[] = [];
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    const one = parseSettings({ [key]: value });
    if (one.success) good[key] = value;
    else {
      const problems = problemsOf(one);
      warnings.push(say("excel-setting-invalid", { key, problems: problems.text }, { problems: problems.say }));
    }
  }
  const merged = parseSettings(good);
  return warned(merged.success ? merged.data : defaults.data, warnings);
}

/** Queues a load of the stored settings; call the result after the sync for them, validated. */
export function queueStoredSettings(context: Excel.RequestContext): () => StoredSettings {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  return () => settingsFromStored(item.isNullObject ? undefined : parseStored(item.value));
}

/** Reads and validates the stored settings (one sync). */
export async function loadStoredSettings(context: Excel.RequestContext): Promise<StoredSettings> {
  const stored = queueStoredSettings(context);
  await syncStep(context, "excel-step-reading-settings");
  return stored();
}

/** Stores settings that have already been validated. `origin` and `lastUsedRow` are per read, never stored. */
export async function storeSettings(context: Excel.RequestContext, settings: Settings): Promise<void> {
  const { origin: _origin, lastUsedRow: _lastUsedRow, ...rest } = settings;
  context.workbook.settings.add(SETTINGS_KEY, rest);
  await syncStep(context, "excel-step-saving-settings");
}
