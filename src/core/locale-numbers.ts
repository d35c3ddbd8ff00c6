/**
 * How a locale writes numbers (docs/design.md §14): its decimal and group separators and its
 * minus sign, learned from `Intl.NumberFormat(locale).formatToParts` so no table of
 * separators is kept by hand. The engine's number reading and the command line's reading of
 * a CSV as Excel in that locale opens it both start here.
 */
import { InventoryArgumentError } from "./errors";

/** The locale numbers are read in when nothing says otherwise. */
export const DEFAULT_LOCALE = "en-US";

export interface NumberSymbols {
  /** The canonical BCP 47 tag (`fi-FI`). */
  locale: string;
  /** `.` in en-US, `,` in fi-FI. */
  decimal: string;
  /** `,` in en-US, `.` in de-DE, U+00A0 in fi-FI, U+202F in fr-FR, `'` in de-CH. */
  group: string;
  /** `-` in en-US, U+2212 in fi-FI and sv-SE. */
  minus: string;
}

const known = new Map<string, NumberSymbols>();

const notATag = (locale: string) => new InventoryArgumentError(`locale "${locale}" is not a language tag such as en-US or fi-FI`);

/**
 * Separators a culture has that differ from `Intl`'s for its name (a user who changed Excel's
 * separators) ride in the tag's private-use part, `-x-d<hex>-g<hex>` with each separator's code
 * point: `fi-FI-x-d002e-g002c` is Finnish with `.` for decimals and `,` between groups.
 */
const OWN_SEPARATORS = /-x-d([0-9a-f]{4})-g([0-9a-f]{4})$/;

/**
 * The number symbols of `locale` (a BCP 47 tag). Throws `InventoryArgumentError` for a tag
 * that is not well-formed.
 *
 * @example numberSymbols("de-DE") // { locale: "de-DE", decimal: ",", group: ".", minus: "-" }
 */
export function numberSymbols(locale: string): NumberSymbols {
  const cached = known.get(locale);
  if (cached) return cached;
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(locale);
  } catch {
    throw notATag(locale);
  }
  if (!canonical) throw notATag(locale);
  const parts = new Intl.NumberFormat(canonical, { useGrouping: true }).formatToParts(-1234567.5);
  const part = (type: Intl.NumberFormatPartTypes, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  const symbols: NumberSymbols = { locale: canonical, decimal: part("decimal", "."), group: part("group", ","), minus: part("minusSign", "-") };
  const own = OWN_SEPARATORS.exec(canonical);
  if (own) {
    symbols.decimal = String.fromCodePoint(parseInt(own[1], 16));
    symbols.group = String.fromCodePoint(parseInt(own[2], 16));
    if (!usableSeparators(symbols.decimal, symbols.group)) throw notATag(locale);
  }
  known.set(locale, symbols);
  return symbols;
}

/** Separators a number can be read with: one character each, not a digit, not the same. */
function usableSeparators(decimal: string, group: string): boolean {
  return decimal.length === 1 && group.length === 1 && decimal !== group && !/[-+0-9]/.test(decimal + group);
}

/**
 * The tag for a culture as Excel reports it (name, decimal and group separator): the name when
 * its separators are `Intl`'s for that name (a space group matches any space, as
 * `groupCharacters` reads them), else the name carrying its own separators (`OWN_SEPARATORS`).
 * A name that is no language tag gives en-US; separators no number can be read with are ignored.
 *
 * @example cultureTag("fi-FI", ",", "\u00a0") // "fi-FI"
 * @example cultureTag("fi-FI", ".", ",") // "fi-FI-x-d002e-g002c"
 */
export function cultureTag(name: string, decimal: string, group: string): string {
  let named: NumberSymbols;
  try {
    named = numberSymbols(name.replace(/-x-.*$/i, ""));
  } catch {
    return DEFAULT_LOCALE;
  }
  const sameGroup = groupCharacters(named) === groupCharacters({ ...named, group });
  if ((decimal === named.decimal && sameGroup) || !usableSeparators(decimal, group)) return named.locale;
  const hex = (s: string) => s.codePointAt(0)!.toString(16).padStart(4, "0");
  return `${named.locale}-x-d${hex(decimal)}-g${hex(group)}`;
}

/**
 * The culture's name without separators of its own, as messages name it.
 *
 * @example cultureName("fi-FI-x-d002e-g002c") // "fi-FI"
 */
export function cultureName(locale: string): string {
  return locale.replace(OWN_SEPARATORS, "");
}

const SPACES = " \u00a0\u202f";
const APOSTROPHES = "'\u2019";

/**
 * Every character read as `symbols`' group separator. Where a locale groups with a space, a
 * file may hold any of space, U+00A0 and U+202F (writers differ: Excel, LibreOffice and `Intl`
 * each pick one); where it groups with an apostrophe (de-CH), either `'` or `’`.
 *
 * @example groupCharacters(numberSymbols("fi-FI")) // " \u00a0\u202f"
 */
export function groupCharacters(symbols: NumberSymbols): string {
  if (SPACES.includes(symbols.group)) return SPACES;
  if (APOSTROPHES.includes(symbols.group)) return APOSTROPHES;
  return symbols.group;
}
