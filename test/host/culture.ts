/**
 * The host's culture: its name and number separators, as Excel reports them
 * (`Application.cultureInfo`, `Application.decimalSeparator` / `thousandsSeparator`) and as it
 * reads text written to a cell. The system's separators come from `Intl` for the name; a seed
 * may give Excel separators of its own (the user turned off "Use system separators").
 */

/** What the host was seeded with: a culture name, and Excel's own separators when they differ from the system's. */
export interface HostCultureSeed {
  /** A BCP 47 culture name such as `fi-FI`; default `en-US`. */
  name: string;
  /** Excel's decimal separator when the user changed it (File > Options > Advanced); default the system's. */
  decimal?: string;
  /** Excel's thousands separator when the user changed it; default the system's. */
  group?: string;
}

export interface HostCulture {
  name: string;
  /** The system's separators for `name` (CultureInfo.numberFormat). */
  systemDecimal: string;
  systemGroup: string;
  /** The separators Excel uses: the system's unless the seed changed them. */
  decimal: string;
  group: string;
  /** Regular expression matching a number written with `decimal` and `group`. */
  number: RegExp;
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
/** Where a culture groups with a space, Excel takes any of these when a user types. */
const SPACES = " \u00a0\u202f";

/** The pattern of a typed number: sign, groups of three (or none), decimals, exponent. */
function numberPattern(decimal: string, group: string): RegExp {
  const g = SPACES.includes(group) ? `[${SPACES}]` : escape(group);
  return new RegExp(`^[+-]?(\\d{1,3}(${g}\\d{3})+|\\d+)?(${escape(decimal)}\\d*)?(e[+-]?\\d+)?$`, "i");
}

/** The culture a host runs in; en-US when none is seeded. */
export function hostCulture(seed: HostCultureSeed | undefined): HostCulture {
  const name = seed?.name ?? "en-US";
  const parts = new Intl.NumberFormat(name, { useGrouping: true }).formatToParts(1234567.5);
  const systemDecimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const systemGroup = parts.find((p) => p.type === "group")?.value ?? ",";
  const decimal = seed?.decimal ?? systemDecimal;
  const group = seed?.group ?? systemGroup;
  if (decimal === group) throw new Error(`test host: culture ${name} cannot use "${decimal}" for both decimals and groups`);
  return { name, systemDecimal, systemGroup, decimal, group, number: numberPattern(decimal, group) };
}

/** The culture's number in `text` (the whole text), or null. */
export function cultureNumber(text: string, culture: HostCulture): number | null {
  if (!culture.number.test(text) || !/\d/.test(text)) return null;
  let plain = "";
  for (const ch of text) {
    if (ch === culture.decimal) plain += ".";
    else if (!(ch === culture.group || (SPACES.includes(culture.group) && SPACES.includes(ch)))) plain += ch;
  }
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}
