/**
 * Secondary English headers (locales/en.ts `EN_SECONDARY`, design.md §17): the role a header
 * names only when no catalogue header claims that role in the row.
 */
import type { CellValue, Role } from "./types";
import type { Settings } from "./settings";
import { aliasKey } from "./header-lookup";
import { EN_CODES_PREFIX, EN_SECONDARY } from "./locales/en";

let byKey: Map<string, Role> | undefined;

function secondaryKeys(): Map<string, Role> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const role of Object.keys(EN_SECONDARY) as Role[]) for (const alias of EN_SECONDARY[role]) byKey.set(aliasKey(alias), role);
  return byKey;
}

/** The role `value` names as a secondary header, or undefined (also when English headers are off or the role is mapped). */
export function secondaryRole(value: CellValue, settings: Settings): Role | undefined {
  if (settings.languages && !settings.languages.includes("en")) return undefined;
  const key = aliasKey(value);
  if (key === "") return undefined;
  const role = secondaryKeys().get(key) ?? (key.startsWith(EN_CODES_PREFIX) ? "codes" : undefined);
  return role !== undefined && settings.mapping[role] === undefined ? role : undefined;
}
