/**
 * Numbers written as text, read the way a user in a locale means them (docs/design.md §14).
 *
 * Decisions:
 * - The default locale en-US reads exactly as it always did (`EN_US_TEXT` below): nothing
 *   that was a number becomes text, nor the other way round.
 * - Any other locale reads its own form only, learned from `Intl` (`numberSymbols`): its
 *   decimal separator, its group separator between groups of three digits (or no grouping),
 *   any space for a locale that groups with a space (space, U+00A0, U+202F), `'` or `’` in
 *   de-CH. Text that is ambiguous across locales follows the locale: `1.234` is 1234 in de-DE,
 *   and `1.5` is not a de-DE number at all (Excel in de-DE keeps it as text too).
 * - Around the digits: a sign (`-`, `+`, U+2212, the locale's own minus) or parentheses for a
 *   negative amount, and a currency before or after, with or without a space: any ISO code
 *   `Intl` knows (`EUR`, `SEK`), `$ € £ ¥`, and the symbols `Intl` writes for the currencies of
 *   Europe and North America in that locale (`kr`, `kr.`, `zł`, `CHF`, `US$`). So whatever
 *   `Intl.NumberFormat(locale)` writes, plain or with `style: "currency"`, reads back.
 * - The reader walks the text once with fixed-length pieces: no pattern can backtrack on a
 *   hostile paste, and text over 400 characters is never a number.
 */
import { DEFAULT_LOCALE, groupCharacters, numberSymbols } from "./locale-numbers";

/** A number read from text the way a user means it, with the decimals the text shows. */
export interface NumberText {
  value: number;
  decimals: number;
}

// Optional sign, optional currency symbol, digits (with thousands commas or not),
// fraction, exponent, optional trailing currency symbol or percent is NOT accepted
// (a percent in a money column is more likely a mistake than an amount).
// No two `\s*` may meet (the symbol takes its own spaces; a digit must follow): adjacent
// ones backtrack quadratically on text like "$" + 400 spaces + "x".
const EN_US_TEXT = /^([+-]?)\s*(?:[$€£¥]\s*)?(?=\.?\d)((?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?)(?:[eE]([+-]?\d{1,3}))?\s*[$€£¥]?$/;

function readEnUs(text: string): NumberText | null {
  const m = EN_US_TEXT.exec(text.trim());
  if (!m || !/\d/.test(m[2])) return null;
  const value = Number(m[1] + m[2].replace(/,/g, "") + (m[4] !== undefined ? `e${m[4]}` : ""));
  if (!Number.isFinite(value)) return null;
  const fraction = m[3]?.length ?? 0;
  const exponent = m[4] !== undefined ? Number(m[4]) : 0;
  return { value: value === 0 ? 0 : value, decimals: Math.max(0, fraction - exponent) };
}

/** Currencies whose local symbols are learned per locale (ISO codes are known for every currency). */
const SYMBOL_CURRENCIES = ["EUR", "USD", "GBP", "SEK", "NOK", "DKK", "ISK", "CHF", "PLN", "CZK", "HUF", "CAD", "JPY"];

const ISO_CODES: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : SYMBOL_CURRENCIES,
);

interface LocaleReader {
  locale: string;
  /** The digits: groups, fraction, exponent. */
  body: RegExp;
  /** Currency symbols in lower case, longest first. */
  symbols: readonly string[];
  minus: ReadonlySet<string>;
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");

function readerFor(locale: string): LocaleReader {
  const written = numberSymbols(locale);
  const { locale: canonical, decimal, minus } = written;
  const g = `[${escape(groupCharacters(written))}]`;
  const d = escape(decimal);
  const body = new RegExp(`^(?:(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?|${d}(\\d+))(?:[eE]([+-]?\\d{1,3}))?$`);
  const symbols = new Set<string>(["$", "€", "£", "¥"]);
  for (const currency of SYMBOL_CURRENCIES) {
    for (const currencyDisplay of ["symbol", "narrowSymbol"] as const) {
      const parts = new Intl.NumberFormat(canonical, { style: "currency", currency, currencyDisplay }).formatToParts(1);
      const symbol = parts.find((p) => p.type === "currency")?.value;
      if (symbol && !/\d/.test(symbol)) symbols.add(symbol.toLowerCase());
    }
  }
  return {
    locale: canonical, body, symbols: [...symbols].sort((a, b) => b.length - a.length), minus: new Set(["-", "\u2212", minus]),
  };
}

const readers = new Map<string, LocaleReader>();

function readerOf(locale: string): LocaleReader {
  let reader = readers.get(locale);
  if (!reader) readers.set(locale, (reader = readerFor(locale)));
  return reader;
}

/** The length of a currency at the start (`atEnd` false) or end of `lower`, else 0. */
function currencyAt(lower: string, text: string, reader: LocaleReader, atEnd: boolean): number {
  const iso = atEnd ? text.slice(-3) : text.slice(0, 3);
  if (iso.length === 3 && ISO_CODES.has(iso.toUpperCase()) && /^[A-Za-z]{3}$/.test(iso)) return 3;
  for (const symbol of reader.symbols) if (atEnd ? lower.endsWith(symbol) : lower.startsWith(symbol)) return symbol.length;
  return 0;
}

/** Reads `text` in the locale of `reader`; null when it is not a number written that way. */
function readInLocale(text: string, reader: LocaleReader): NumberText | null {
  let s = text.trim();
  let negative = false;
  let signed = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    signed = true;
    s = s.slice(1, -1).trim();
  }
  const takeSign = () => {
    if (signed || s === "") return;
    const first = s[0];
    if (first === "+" || reader.minus.has(first)) {
      negative = first !== "+";
      signed = true;
      s = s.slice(1).trim();
    }
  };
  takeSign();
  const lead = currencyAt(s.toLowerCase(), s, reader, false);
  if (lead > 0) {
    s = s.slice(lead).trim();
    takeSign();
  } else {
    const trail = currencyAt(s.toLowerCase(), s, reader, true);
    if (trail > 0) s = s.slice(0, -trail).trim();
  }
  const m = reader.body.exec(s);
  if (!m) return null;
  const whole = m[1] === undefined ? "0" : m[1].replace(/\D/g, "");
  const fraction = m[2] ?? m[3] ?? "";
  const exponent = m[4] !== undefined ? Number(m[4]) : 0;
  const value = Number(`${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}${m[4] !== undefined ? `e${m[4]}` : ""}`);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, decimals: Math.max(0, fraction.length - exponent) };
}

/**
 * Reads numeric text as a user in `locale` (BCP 47, default en-US) means it; `null` for
 * anything else. en-US: `"12"`, `" 120.50 "`, `"$1,234.5"`, `"-3"`, `"1e3"` (not `"abc"`,
 * `"NaN"`, `"1.2.3"`). de-DE: `"1.234,56 €"` is 1234.56, `"1.234"` is 1234. fi-FI:
 * `"−1 234,50 €"`. A locale tag that is not well-formed throws `InventoryArgumentError`.
 *
 * @example parseNumberText("1.234,5", "de-DE") // { value: 1234.5, decimals: 1 }
 */
export function parseNumberText(text: string, locale?: string): NumberText | null {
  if (text.length > 400) return null;
  if (locale === undefined || locale === DEFAULT_LOCALE) return readEnUs(text);
  const reader = readerOf(locale);
  return reader.locale === DEFAULT_LOCALE ? readEnUs(text) : readInLocale(text, reader);
}
