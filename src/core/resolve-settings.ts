/** Settings as every engine call receives them: validated once, defaults filled. */
import { parseSettings, type Settings, type SettingsInput } from "./settings";
import { InventoryArgumentError } from "./errors";

let defaults: Settings | undefined;
const cache = new WeakMap<object, Settings>();

/**
 * Validated settings for an engine call. Bad settings are a programmer error here
 * (stored settings go through `parseSettings` first): throws `InventoryArgumentError`
 * listing every problem, and nothing is half-applied.
 */
export function resolveSettings(input?: Partial<SettingsInput>): Settings {
  if (input === undefined || input === null) {
    defaults ??= parseOrThrow({});
    return defaults;
  }
  if (typeof input !== "object") throw new InventoryArgumentError("settings must be an object of named settings");
  let s = cache.get(input);
  if (!s) {
    s = parseOrThrow(input);
    cache.set(input, s);
  }
  return s;
}

function parseOrThrow(input: unknown): Settings {
  const r = parseSettings(input);
  if (!r.success) throw new InventoryArgumentError(`bad settings: ${r.errors.join("; ")}`);
  return r.data;
}
