/**
 * Every header catalogue, by language code (docs/design.md §14). Adding a language is one
 * more module here; `settings.languages` names these codes.
 */
import type { Catalogue } from "./catalogue";
import { EN } from "./en";
import { FI } from "./fi";
import { SV } from "./sv";
import { NB } from "./nb";
import { DA } from "./da";
import { DE } from "./de";
import { NL } from "./nl";
import { FR } from "./fr";
import { ES } from "./es";
import { IT } from "./it";
import { PT } from "./pt";
import { PL } from "./pl";

export type { Catalogue };

/** Language codes of the catalogues, in the order messages list them. */
export const LANGUAGES = ["en", "fi", "sv", "nb", "da", "de", "nl", "fr", "es", "it", "pt", "pl"] as const;
export type Language = (typeof LANGUAGES)[number];

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en: EN, fi: FI, sv: SV, nb: NB, da: DA, de: DE, nl: NL, fr: FR, es: ES, it: IT, pt: PT, pl: PL,
};

/**
 * The catalogue language of a locale (`fi-FI` → `fi`; Norwegian `no`/`nn` → `nb`), or
 * undefined when no catalogue speaks it.
 */
export function languageOf(locale: string): Language | undefined {
  const base = locale.split("-")[0].toLowerCase();
  const code = base === "no" || base === "nn" ? "nb" : base;
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : undefined;
}
