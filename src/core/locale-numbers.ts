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
    throw new InventoryArgumentError(`locale "${locale}" is not a language tag such as en-US or fi-FI`);
  }
  if (!canonical) throw new InventoryArgumentError(`locale "${locale}" is not a language tag such as en-US or fi-FI`);
  const parts = new Intl.NumberFormat(canonical, { useGrouping: true }).formatToParts(-1234567.5);
  const part = (type: Intl.NumberFormatPartTypes, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  const symbols: NumberSymbols = { locale: canonical, decimal: part("decimal", "."), group: part("group", ","), minus: part("minusSign", "-") };
  known.set(locale, symbols);
  return symbols;
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
