/**
 * Header text → column role, for every catalogue at once (docs/design.md §14).
 *
 * Decisions:
 * - A header is compared as `headerKey` does (no BOM, trimmed, lower case, no spaces,
 *   underscores or hyphens), in Unicode NFC, with the dots and apostrophes of abbreviations
 *   dropped (`Stk.` = `Stk`, `Art.-Nr.` = `Artnr`) and `°`/`º` read as `o` (`N° de série`).
 *   Other punctuation stays: `Serial #` is not `Serial`.
 * - Accents are ignored only where that is unambiguous: a header also matches an alias with
 *   its accents removed (`Qte` = `Qté`, `Maengde` = `Mængde`) unless two aliases of different
 *   roles, in any catalogue (active or not), share that accent-free form. Then only the exact
 *   spelling matches.
 * - The catalogues are folded into one map per set of active languages, built once: a header
 *   cell costs one or two map look-ups, never a walk over the catalogues.
 * - A header can read as two roles in two languages (`Nombre`: a count in French, a name in
 *   Spanish). The look-up returns every reading; columns.ts decides what that means.
 */
import type { CellValue, Role } from "./types";
import { headerKey } from "./header-text";
import { CATALOGUES, LANGUAGES, type Catalogue, type Language } from "./locales";

/** One reading of a header: the role it names in one language. */
export interface HeaderReading {
  role: Role;
  language: Language;
}

export interface HeaderLookup {
  /** The readings of a header cell, or undefined when it names no role. */
  readingsOf(value: CellValue): readonly HeaderReading[] | undefined;
}

/** A header as compared with the catalogues: `headerKey`, NFC, abbreviation dots and apostrophes dropped. */
export function aliasKey(value: CellValue): string {
  const key = headerKey(value);
  if (key === "") return key;
  return key.normalize("NFC").replace(/[°º]/g, "o").replace(/[.'\u2019`\u00b4]/g, "");
}

const SPECIAL_LETTERS: Readonly<Record<string, string>> = { "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d" };

/** An alias key without accents (`määrä` → `maara`, `mængde` → `maengde`). */
export function foldAccents(key: string): string {
  let ascii = true;
  for (let i = 0; i < key.length && ascii; i++) ascii = key.charCodeAt(i) < 128;
  if (ascii) return key;
  return key.normalize("NFD").replace(/\p{M}+/gu, "").replace(/[øæœßłđ]/g, (ch) => SPECIAL_LETTERS[ch]);
}

function addReading(map: Map<string, HeaderReading[]>, key: string, reading: HeaderReading): void {
  const list = map.get(key);
  if (!list) map.set(key, [reading]);
  else if (!list.some((r) => r.role === reading.role && r.language === reading.language)) list.push(reading);
}

function eachAlias(catalogues: Readonly<Partial<Record<Language, Catalogue>>>, fn: (key: string, reading: HeaderReading) => void): void {
  for (const language of Object.keys(catalogues) as Language[]) {
    const catalogue = catalogues[language];
    if (!catalogue) continue;
    for (const role of Object.keys(catalogue) as Role[]) for (const alias of catalogue[role]) fn(aliasKey(alias), { role, language });
  }
}

/**
 * The look-up for the `active` languages of `catalogues`. Accent-free forms are judged over
 * every catalogue given, so narrowing the languages never makes a folding appear.
 */
export function buildHeaderLookup(
  catalogues: Readonly<Partial<Record<Language, Catalogue>>>, active: readonly Language[],
): HeaderLookup {
  const foldedRoles = new Map<string, Set<Role>>();
  eachAlias(catalogues, (key, { role }) => {
    const folded = foldAccents(key);
    const roles = foldedRoles.get(folded) ?? new Set<Role>();
    roles.add(role);
    foldedRoles.set(folded, roles);
  });
  const exact = new Map<string, HeaderReading[]>();
  const folded = new Map<string, HeaderReading[]>();
  const activeOnly: Partial<Record<Language, Catalogue>> = {};
  for (const language of active) activeOnly[language] = catalogues[language];
  eachAlias(activeOnly, (key, reading) => {
    addReading(exact, key, reading);
    const f = foldAccents(key);
    if (foldedRoles.get(f)?.size === 1) addReading(folded, f, reading);
  });
  return {
    readingsOf(value) {
      const key = aliasKey(value);
      if (key === "") return undefined;
      return exact.get(key) ?? folded.get(foldAccents(key));
    },
  };
}

const lookups = new Map<string, HeaderLookup>();

/** The look-up of the built-in catalogues for `languages` (all when undefined), built once per set. */
export function headerLookup(languages?: readonly Language[]): HeaderLookup {
  const active = languages ?? LANGUAGES;
  const id = active.join(",");
  let lookup = lookups.get(id);
  if (!lookup) lookups.set(id, (lookup = buildHeaderLookup(CATALOGUES, active)));
  return lookup;
}
