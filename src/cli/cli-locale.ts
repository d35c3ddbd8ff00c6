/**
 * The locale the command line reads and prints numbers in (docs/design.md §14): `--locale`, else
 * the environment as POSIX tools read it (LC_ALL, then LC_NUMERIC, then LANG), else en-US.
 */
import { DEFAULT_LOCALE, InventoryArgumentError, numberSymbols } from "../core";

/**
 * A BCP 47 tag from a locale as a user or the environment writes it: `fi_FI.UTF-8` → `fi-FI`,
 * `de_DE@euro` → `de-DE`; `C`, `POSIX` and `C.UTF-8` mean en-US. Throws InventoryArgumentError
 * when the result is not a language tag this runtime knows.
 *
 * @example cliLocale("fi_FI.UTF-8") // "fi-FI"
 */
export function cliLocale(text: string): string {
  const tag = posixTag(text);
  if (tag === undefined) return DEFAULT_LOCALE;
  const { locale } = numberSymbols(tag);
  if (Intl.NumberFormat.supportedLocalesOf(locale).length === 0) {
    throw new InventoryArgumentError(`locale "${text}" is not one this runtime knows; write it as a language tag such as fi-FI or de-DE`);
  }
  return locale;
}

/** A POSIX locale name as a BCP 47 candidate (`de_DE@euro` → `de-DE`); undefined for `C` and `POSIX`. */
export function posixTag(text: string): string | undefined {
  const bare = text.trim().replace(/[.@].*$/, "");
  return bare === "C" || bare === "POSIX" ? undefined : bare.replace(/_/g, "-");
}

/**
 * What the environment asks for in one POSIX category: the first of LC_ALL, `category` and LANG
 * that is set and not empty, read by `read`; `fallback` when none is, or when that one cannot be
 * read (the environment never stops a run).
 */
export function fromEnv(
  env: Readonly<Record<string, string | undefined>>, category: "LC_NUMERIC" | "LC_MESSAGES", read: (text: string) => string, fallback: string,
): string {
  const value = [env.LC_ALL, env[category], env.LANG].find((v) => v !== undefined && v.trim() !== "");
  if (value === undefined) return fallback;
  try {
    return read(value);
  } catch {
    return fallback;
  }
}

/**
 * The locale the environment asks for (LC_ALL, LC_NUMERIC, LANG), en-US when none.
 *
 * @example localeFromEnv({ LANG: "fi_FI.UTF-8" }) // "fi-FI"
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  return fromEnv(env, "LC_NUMERIC", cliLocale, DEFAULT_LOCALE);
}
