/** Settings as every engine call receives them: validated once per call, defaults filled. */
import { parseSettings, type Settings, type SettingsInput } from "./settings";
import { InventoryArgumentError } from "./errors";
import { say, sayList, textOf, type Say } from "./messages";

let defaults: Settings | undefined;

/**
 * Validated settings for an engine call. Bad settings are a programmer error here
 * (stored settings go through `parseSettings` first): throws `InventoryArgumentError`
 * listing every problem, and nothing is half-applied.
 *
 * Decision: the input is parsed on every call (about 10 µs), not cached by object:
 * a caller that edits its settings object between calls must get the new values.
 */
export function resolveSettings(input?: Partial<SettingsInput>): Settings {
  if (input === undefined || input === null) {
    defaults ??= parseOrThrow({});
    return defaults;
  }
  if (typeof input !== "object") throw argumentError(say("settings-must-be-object"));
  return parseOrThrow(input);
}

function parseOrThrow(input: unknown): Settings {
  const r = parseSettings(input);
  if (!r.success) throw argumentError(say("settings-bad", {}, { problems: sayList(r.says, "list-semicolon") }));
  return r.data;
}

/** The error for bad settings: English words as its message, and the same as data for other languages. */
function argumentError(why: Say): InventoryArgumentError {
  return new InventoryArgumentError(textOf(why), why);
}
