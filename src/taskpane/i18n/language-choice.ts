/**
 * Which language the pane speaks: Office's display language, unless the user picked one in
 * Settings. The pick is the user's, kept in this browser's localStorage (never in the workbook,
 * which other people open in their own language); a stored value that is not valid counts as
 * no pick. A display language without a catalogue is shown in English.
 */
import { z } from "zod";
import { hasCatalogue, uiLanguageOf, UI_LANGUAGES, type UiLanguage } from "../../core";

export const LANGUAGE_CHOICES = ["auto", ...UI_LANGUAGES] as const;
/** "auto": follow Office's display language. */
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language's name in that language: someone who cannot read the pane finds their own. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: "English",
  fi: "Suomi",
  sv: "Svenska",
  de: "Deutsch",
  nl: "Nederlands",
  fr: "Français",
};

/** The tag a picked language uses when Office's display language is another one. */
const DEFAULT_TAGS: Readonly<Record<UiLanguage, string>> = { en: "en-US", fi: "fi-FI", sv: "sv-SE", de: "de-DE", nl: "nl-NL", fr: "fr-FR" };

export const LANGUAGE_STORAGE_KEY = "inventory-rows.pane-language";

const storedChoice = z.object({ language: z.enum(LANGUAGE_CHOICES) }).strict();

/** The part of `Storage` the choice uses (tests pass their own). */
export type ChoiceStorage = Pick<Storage, "getItem" | "setItem">;

/** The stored pick; "auto" when there is none, it cannot be read, or it is not valid. */
export function readLanguageChoice(storage: ChoiceStorage | undefined): LanguageChoice {
  try {
    const raw = storage?.getItem(LANGUAGE_STORAGE_KEY);
    if (!raw) return "auto";
    const parsed = storedChoice.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.language : "auto";
  } catch {
    return "auto";
  }
}

/** Stores the pick; false when the browser refuses (private mode, storage full): it then lasts this session. */
export function saveLanguageChoice(storage: ChoiceStorage | undefined, choice: LanguageChoice): boolean {
  try {
    if (!storage) return false;
    storage.setItem(LANGUAGE_STORAGE_KEY, JSON.stringify({ language: choice }));
    return true;
  } catch {
    return false;
  }
}

/** `tag` in canonical form (`fi-fi` → `fi-FI`), or undefined when it is not a language tag. */
export function canonicalTag(tag: string | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The tag the pane speaks: the display language when it is the one chosen (keeping its region:
 * `de-AT`), else the chosen language's own tag; with "auto", the display language when it has
 * a catalogue, English otherwise.
 */
export function paneTagOf(choice: LanguageChoice, displayLanguage: string | undefined): string {
  const display = canonicalTag(displayLanguage);
  if (choice === "auto") return display && hasCatalogue(display) ? display : "en-US";
  return display && uiLanguageOf(display) === choice && hasCatalogue(display) ? display : DEFAULT_TAGS[choice];
}

/** The display language when the pane has no catalogue for it (said once, in Settings). */
export function missingLanguageOf(displayLanguage: string | undefined): string | undefined {
  const display = canonicalTag(displayLanguage);
  return display && !hasCatalogue(display) ? display : undefined;
}

/** The English name of a language tag (`ja-JP` → "Japanese"), the tag itself when unknown. */
export function englishNameOf(tag: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag.split("-")[0]) ?? tag;
  } catch {
    return tag;
  }
}

/** Office's display language, when Office has told it. */
export function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/** This browser's localStorage, when the page may use it. */
export function browserStorage(): ChoiceStorage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The tag for pages shown before or without the pane (outside Excel, a failed start): the user's pick, else Office's or the browser's language. */
export function startupTag(): string {
  const browser = typeof navigator === "undefined" ? undefined : navigator.language;
  return paneTagOf(readLanguageChoice(browserStorage()), officeDisplayLanguage() ?? browser);
}
