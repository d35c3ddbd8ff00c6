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
  const bare = text.trim().replace(/[.@].*$/, "");
  if (bare === "C" || bare === "POSIX") return DEFAULT_LOCALE;
  const tag = bare.replace(/_/g, "-");
  const { locale } = numberSymbols(tag);
  if (Intl.NumberFormat.supportedLocalesOf(locale).length === 0) {
    throw new InventoryArgumentError(`locale "${text}" is not one this runtime knows; write it as a language tag such as fi-FI or de-DE`);
  }
  return locale;
}

/**
 * The locale the environment asks for: the first of LC_ALL, LC_NUMERIC and LANG that is set and
 * not empty; en-US when none is, or when that one cannot be read (the environment never stops a run).
 *
 * @example localeFromEnv({ LANG: "fi_FI.UTF-8" }) // "fi-FI"
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const value = [env.LC_ALL, env.LC_NUMERIC, env.LANG].find((v) => v !== undefined && v.trim() !== "");
  if (value === undefined) return DEFAULT_LOCALE;
  try {
    return cliLocale(value);
  } catch {
    return DEFAULT_LOCALE;
  }
}
