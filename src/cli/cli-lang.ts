/**
 * The language the command line prints the engine's words in (docs/design.md §19): `--lang`,
 * else the environment as POSIX tools read it for messages (LC_ALL, then LC_MESSAGES, then
 * LANG), else English. What the engine says as data (`say`: issues, notes, refusals, catalogue
 * texts) and the CLI's own frame around it (headlines, counts, what was written: the `cli`
 * catalogue area) change language; help and usage errors (CliError) stay English, and --json
 * keeps the engine's English `message` so machine output does not move.
 */
import { InventoryArgumentError, sayIn, text, textIn, uiLanguageOf, type MessageId, type MessageValues, type Say } from "../core";
import { fromEnv, posixTag } from "./cli-locale";

/** The language when nothing names one. */
export const DEFAULT_LANG = "en";

/**
 * A BCP 47 tag from a language as a user or the environment writes it: `fi_FI.UTF-8` → `fi-FI`;
 * `C`, `POSIX` and `C.UTF-8` mean English. Throws InventoryArgumentError for text that is not a
 * language tag. A language without a catalogue is accepted: its messages are English.
 *
 * @example cliLang("de_DE@euro") // "de-DE"
 */
export function cliLang(text: string): string {
  const candidate = posixTag(text);
  if (candidate === undefined) return DEFAULT_LANG;
  try {
    const [tag] = Intl.getCanonicalLocales(candidate);
    if (tag !== undefined) return tag;
  } catch {
    // reported below
  }
  throw new InventoryArgumentError(`language "${text}" is not a language tag; write it as fi-FI, de, sv-SE …`);
}

/**
 * The language the environment asks messages in: the first of LC_ALL, LC_MESSAGES and LANG that
 * is set and not empty; English when none is or it cannot be read (the environment never stops a run).
 *
 * @example langFromEnv({ LC_MESSAGES: "sv_SE.UTF-8", LANG: "C" }) // "sv-SE"
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  return fromEnv(env, "LC_MESSAGES", cliLang, DEFAULT_LANG);
}

/**
 * The words of something the engine said, in `lang`: its `say` rendered from `lang`'s catalogue,
 * or its English words when the language is English (exactly as before --lang existed) or the
 * engine gave no `say`.
 *
 * @example wordsIn("fi-FI", issue.message, issue.say)
 */
export function wordsIn(lang: string, english: string, said: Say | undefined): string {
  return said === undefined || uiLanguageOf(lang) === "en" ? english : sayIn(lang, said);
}

/**
 * Catalogue message `id` in `lang`; in English exactly as `text` gives it (en-US numbers), so a
 * run in an English-speaking locale prints what it did before --lang.
 */
export function textInLang(lang: string, id: MessageId, values: MessageValues = {}): string {
  return uiLanguageOf(lang) === "en" ? text(id, values) : textIn(lang, id, values);
}

/**
 * A line of the command line's own frame in `lang`, or in English the words the CLI printed
 * before --lang (`english`, whose counts follow the run's number locale, which the English
 * catalogue, formatting as en-US, would not).
 */
export function frameIn(lang: string, id: MessageId, values: MessageValues, english: string): string {
  return uiLanguageOf(lang) === "en" ? english : textIn(lang, id, values);
}
