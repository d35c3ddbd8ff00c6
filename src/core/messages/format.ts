/**
 * Every sentence the operator reads is made here: a message id plus values, rendered by
 * ICU MessageFormat (FormatJS `intl-messageformat`) from the catalogue. Code never builds
 * operator text by hand, so a changed sentence is a one-file edit (`en/*.ts`) and a new
 * language is one more catalogue.
 *
 * Compiled formats are cached per id: a check can render thousands of issue messages.
 * Decision (speed): the library walks the message tree and looks its plural rules and
 * number formats up by a JSON key on every call (about 3 µs for a message with a plural),
 * which a check of 100,000 rows with a thousand issues notices. So each message is also
 * compiled once into plain functions for the ICU features the catalogue uses (text,
 * `{arg}`, `{n, number}`, `select`, `plural` with `#`), using the same `Intl.PluralRules`
 * and `Intl.NumberFormat`; anything else, and any value it does not expect, goes to the
 * library. Tests hold the two to the same output for every catalogue message.
 */
import { TYPE } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { EN, type MessageId } from "./en";
import { catalogueOf, type Translation, uiLanguageOf } from "./languages";

export type { MessageId };

/** Values a message takes: text is shown as given, numbers are formatted (grouped) by the catalogue. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A message as data: what a result, issue or refusal says, before it is put into words. */
export interface Say {
  id: MessageId;
  /** Every value, those of `parts` as English text. */
  values: MessageValues;
  /** Values that are messages themselves (a reason inside a refusal), put into words in the same language first. */
  parts?: Readonly<Record<string, Say>>;
}

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];


/**
 * Renders part of a message; `count` is the value of the plural it sits directly in (for `#`).
 * `undefined` means "not handled here": the caller renders the whole message with the library.
 */
type Piece = (values: MessageValues, count: number | undefined) => string | undefined;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function pluralRulesOf(locale: string, type: Intl.PluralRuleType = "cardinal"): Intl.PluralRules {
  const key = `${locale}/${type}`;
  let rules = pluralRules.get(key);
  if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locale, { type })));
  return rules;
}

function numberFormatOf(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

function sequence(pieces: Piece[]): Piece {
  if (pieces.length === 1) return pieces[0];
  return (values, count) => {
    let out = "";
    for (let i = 0; i < pieces.length; i++) {
      const part = pieces[i](values, count);
      if (part === undefined) return undefined;
      out += part;
    }
    return out;
  };
}

function compileAll(elements: readonly Element[], locale: string): Piece | undefined {
  const pieces: Piece[] = [];
  for (const element of elements) {
    const piece = compileOne(element, locale);
    if (!piece) return undefined;
    pieces.push(piece);
  }
  return pieces.length === 0 ? () => "" : sequence(pieces);
}

/** The options of a select or plural, compiled; undefined when one of them cannot be. */
function compileOptions(options: Readonly<Record<string, { value: Element[] }>>, locale: string): Map<string, Piece> | undefined {
  const out = new Map<string, Piece>();
  for (const [key, option] of Object.entries(options)) {
    const piece = compileAll(option.value, locale);
    if (!piece) return undefined;
    out.set(key, piece);
  }
  return out;
}

function compileOne(element: Element, locale: string): Piece | undefined {
  switch (element.type) {
    case TYPE.literal: {
      const literal = element.value;
      return () => literal;
    }
    case TYPE.pound: {
      const format = numberFormatOf(locale);
      return (_values, count) => (count === undefined ? "" : format.format(count));
    }
    case TYPE.argument: {
      const name = element.value;
      return (values) => {
        const v = values[name];
        return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
      };
    }
    case TYPE.number: {
      if (element.style) return undefined;
      const name = element.value;
      const format = numberFormatOf(locale);
      return (values) => {
        const v = values[name];
        return typeof v === "number" ? format.format(v) : undefined;
      };
    }
    case TYPE.select: {
      const name = element.value;
      const options = compileOptions(element.options, locale);
      const other = options?.get("other");
      if (!options) return undefined;
      return (values) => {
        const v = values[name];
        if (typeof v !== "string" && typeof v !== "number") return undefined;
        // A `#` belongs to the plural it sits directly in, not to one around the select.
        return (options.get(String(v)) ?? other)?.(values, undefined);
      };
    }
    case TYPE.plural:
      return compilePlural(element, locale);
    default:
      return undefined;
  }
}

function compilePlural(element: Extract<Element, { type: TYPE.plural }>, locale: string): Piece | undefined {
  const name = element.value;
  const offset = element.offset || 0;
  const rules = pluralRulesOf(locale, element.pluralType);
  const options = compileOptions(element.options, locale);
  if (!options) return undefined;
  const other = options.get("other");
  // The option chosen for each number met (a check meets the same few counts again and again;
  // `PluralRules.select` takes a quarter of a microsecond).
  const chosen = new Map<number, Piece | undefined>();
  return (values) => {
    const v = values[name];
    if (typeof v !== "number") return undefined;
    let piece = chosen.get(v);
    if (piece === undefined) {
      piece = options.get(`=${v}`) ?? options.get(rules.select(v - offset)) ?? other;
      if (chosen.size < 1000) chosen.set(v, piece);
    }
    return piece?.(values, v - offset);
  };
}

/**
 * The fast renderer of an ICU message, or undefined when it uses a feature left to the
 * library (dates, times, number styles). The renderer answers undefined for values it
 * does not expect (a missing value, a plural given text); the library then decides.
 */
export function compileFast(source: string, locale = "en-US"): ((values: MessageValues) => string | undefined) | undefined {
  const ast = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true }).getAst();
  const piece = compileAll(ast, locale);
  return piece && ((values) => piece(values, undefined));
}

interface Compiled {
  format: IntlMessageFormat;
  fast: Piece | undefined;
}

/** Compiled messages per locale (`en-US`, `fi-FI`, …): the locale picks the catalogue and formats the numbers. */
const compiled = new Map<string, Map<MessageId, Compiled>>();

function compiledOf(id: MessageId, locale: string): Compiled {
  let byId = compiled.get(locale);
  if (!byId) compiled.set(locale, (byId = new Map()));
  let entry = byId.get(id);
  if (!entry) {
    const translation: Translation = catalogueOf(uiLanguageOf(locale));
    // A key the language lacks falls back to English words (numbers still in the locale's culture).
    const source = translation[id] ?? EN[id];
    // ignoreTag: workbook text such as `<b>` is text, never markup.
    const format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    entry = { format, fast: compileAll(format.getAst(), locale) };
    byId.set(id, entry);
  }
  return entry;
}

/**
 * The words for message `id` with `values` in `locale`'s language (English where the catalogue
 * lacks the key or the language has none), numbers formatted as `locale` writes them.
 *
 * @example textIn("fi-FI", "rows-count", { count: 3000 }) // "3 000 riviä"
 */
export function textIn(locale: string, id: MessageId, values: MessageValues = {}): string {
  const entry = compiledOf(id, locale);
  const fast = entry.fast?.(values, undefined);
  if (fast !== undefined) return fast;
  const out = entry.format.format(values as Record<string, string | number>);
  return typeof out === "string" ? out : String(out);
}

/**
 * The English words for message `id` with `values`.
 *
 * @example text("rows-count", { count: 1 }) // "1 row"
 * @example text("rows-count", { count: 3000 }) // "3,000 rows"
 */
export function text(id: MessageId, values: MessageValues = {}): string {
  return textIn("en-US", id, values);
}

/** The words of a message kept as data, in `locale`'s language. */
export function sayIn(locale: string, message: Say): string {
  return textIn(locale, message.id, valuesIn(locale, message));
}

/** A message's values with its `parts` put into words in `locale`'s language. */
export function valuesIn(locale: string, message: Say): MessageValues {
  if (!message.parts) return message.values;
  const values: Record<string, string | number> = { ...message.values };
  for (const [name, part] of Object.entries(message.parts)) values[name] = sayIn(locale, part);
  return values;
}

/**
 * The English words of a message kept as data. Its values hold its parts' English words already
 * (`say` put them there), so the parts are not rendered again: a refusal nests a reason in a
 * reason, and rendering each level anew made aggregate's refusals of many lone rows twice as slow.
 */
export function textOf(say: Say): string {
  return textIn("en-US", say.id, say.values);
}

/**
 * A message as data, checked against the catalogue at compile time; `parts` are values that are
 * messages themselves (their English words go into `values` too).
 *
 * @example say("plan-header-problem", {}, { problem: issue.say })
 */
export function say(id: MessageId, values: MessageValues = {}, parts?: Readonly<Record<string, Say | undefined>>): Say {
  if (!parts) return { id, values };
  const english: Record<string, string | number> = { ...values };
  const kept: Record<string, Say> = {};
  for (const [name, part] of Object.entries(parts)) {
    if (!part) continue;
    english[name] = textOf(part);
    kept[name] = part;
  }
  return { id, values: english, parts: kept };
}
