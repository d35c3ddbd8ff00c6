/**
 * The languages the add-in and the command line speak, and their catalogues. English (en/)
 * is the source; every other language is one folder with the same keys, one file per area.
 * Adding a language: a folder like fi/, one entry in UI_LANGUAGES and CATALOGUES, and the
 * manifest's <Override Locale> entries (README, "Languages").
 */
import { DE } from "./de";
import { FI } from "./fi";
import { FR } from "./fr";
import { NL } from "./nl";
import { SV } from "./sv";

import type { Translation } from "./translation";

export type { Translation };

export const UI_LANGUAGES = ["en", "fi", "sv", "de", "nl", "fr"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const CATALOGUES: Readonly<Record<Exclude<UiLanguage, "en">, Translation>> = { fi: FI, sv: SV, de: DE, nl: NL, fr: FR };

/** The translation of `language` (empty for English: the English words are the source). */
export function catalogueOf(language: UiLanguage): Translation {
  return language === "en" ? {} : CATALOGUES[language];
}

/** The language a BCP 47 tag speaks (`fi-FI` → fi, `de-AT` → de, `sv` → sv); English for any other. */
export function uiLanguageOf(tag: string): UiLanguage {
  const base = tag.trim().split(/[-_]/)[0].toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : "en";
}

/** Whether a BCP 47 tag has a catalogue of its own (a language without one falls back to English, said once in Settings). */
export function hasCatalogue(tag: string): boolean {
  const base = tag.trim().split(/[-_]/)[0].toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(base);
}
