/** What the entry rules tests import: the core's API, and settings with defaults filled in. */
import { resolveSettings } from "../../src/core/resolve-settings";
import type { SettingsInput } from "../../src/core";

export * from "../../src/core";

export function resolveSettingsForTest(input: Partial<SettingsInput>): ReturnType<typeof resolveSettings> {
  return resolveSettings(input);
}
