/**
 * Availability of a row's units (issue 16, docs/design.md §28).
 *
 * A status word falls in one of three classes. A row's N units are counted by class:
 * - with an available quantity `a`: `a` units are available, and the other N − a take the
 *   row's status class when that is `out` or `unavailable`, else `out`;
 * - without one: all N units take the status class;
 * - with neither a status nor an available quantity: all N units are available, so sheets
 *   without these columns keep their figures.
 * A status nobody classed (`status-unknown`) counts as unavailable.
 */
import type { Settings } from "./settings";
import { languageOf } from "./locales";
import { builtInStatusWords, statusKey, STATUS_WORDS, type StatusClass } from "./status-words";

export type { StatusClass };

export const STATUS_CLASSES: readonly StatusClass[] = ["available", "out", "unavailable"];

/** A row's units by class; they add up to the row's quantity. */
export interface UnitsByClass {
  available: number;
  out: number;
  unavailable: number;
}

/**
 * What a row says about its availability: its status class (`"unknown"` for a word nobody
 * classed, undefined for an empty status cell or no status column) and its available quantity
 * (undefined when empty, absent or not a valid count).
 */
export interface RowAvailability {
  status: StatusClass | "unknown" | undefined;
  available: number | undefined;
}

/** A row's status as the analysis keeps it (`RowFacts.status`): none, a class, or a word nobody classed. */
export const STATUS_NONE = 0;
export const STATUS_AVAILABLE = 1;
export const STATUS_OUT = 2;
export const STATUS_UNAVAILABLE = 3;
export const STATUS_UNKNOWN = 4;

const STATUS_OF: readonly RowAvailability["status"][] = [undefined, "available", "out", "unavailable", "unknown"];

/** What a row says, from its status code and available count (NaN: none). */
export function rowAvailabilityOf(status: number, available: number): RowAvailability {
  return { status: STATUS_OF[status], available: Number.isNaN(available) ? undefined : available };
}

/**
 * Units of a row with `quantity` units by class (rules above).
 *
 * @example unitsByClass(10, { status: "unavailable", available: 7 }) // { available: 7, out: 0, unavailable: 3 }
 */
export function unitsByClass(quantity: number, row: RowAvailability): UnitsByClass {
  const status: StatusClass | undefined = row.status === "unknown" ? "unavailable" : row.status;
  if (row.available !== undefined) {
    const available = Math.min(Math.max(row.available, 0), quantity);
    const rest = quantity - available;
    return status === "unavailable" ? { available, out: 0, unavailable: rest } : { available, out: rest, unavailable: 0 };
  }
  if (status === "out") return { available: 0, out: quantity, unavailable: 0 };
  if (status === "unavailable") return { available: 0, out: 0, unavailable: quantity };
  return { available: quantity, out: 0, unavailable: 0 };
}

/** The operator's statusMap by compared word, made once per map. */
const maps = new WeakMap<object, ReadonlyMap<string, StatusClass>>();

function operatorWords(statusMap: Readonly<Record<string, StatusClass>>): ReadonlyMap<string, StatusClass> {
  let map = maps.get(statusMap);
  if (!map) {
    map = new Map(Object.entries(statusMap).map(([word, cls]) => [statusKey(word), cls]));
    maps.set(statusMap, map);
  }
  return map;
}

/**
 * The class of a status cell's text: the operator's `settings.statusMap` first, then the
 * built-in words of every catalogue language (status-words.ts), both compared NFC, trimmed,
 * inner spaces collapsed, case-insensitive; `"unknown"` for a word nobody classed, undefined
 * for an empty cell.
 *
 * @example classifyStatus("  on RENT ", { statusMap: {} }) // "out"
 */
export function classifyStatus(text: string, settings: Pick<Settings, "statusMap">): StatusClass | "unknown" | undefined {
  const key = statusKey(text);
  if (key === "") return undefined;
  return operatorWords(settings.statusMap).get(key) ?? builtInStatusWords().get(key) ?? "unknown";
}

/**
 * The status word serialize writes for a class (a unit split off as available, or the rest of a
 * pool that says nothing else, as out): the operator's own first word for it in `statusMap`,
 * else the first built-in word of that class — the locale's language, then English, then any —
 * that the settings still class so (the operator's map may have moved a built-in word, e.g.
 * `{ Out: "unavailable" }`), so the word written reads back in the class it stands for.
 *
 * @example statusWordFor("out", { statusMap: {}, locale: "de-DE" }) // "Ausgegeben"
 * @example statusWordFor("out", { statusMap: { Out: "unavailable" }, locale: "en-US" }) // "Rented"
 */
export function statusWordFor(cls: StatusClass, settings: Pick<Settings, "statusMap" | "locale">): string {
  const classedSo = (word: string) => word.trim() !== "" && classifyStatus(word, settings) === cls;
  for (const [word, c] of Object.entries(settings.statusMap)) if (c === cls && classedSo(word)) return word.trim();
  const own = languageOf(settings.locale) ?? "en";
  const languages = [own, "en", ...Object.keys(STATUS_WORDS)] as (keyof typeof STATUS_WORDS)[];
  for (const language of languages) {
    const word = STATUS_WORDS[language][cls].find(classedSo);
    if (word !== undefined) return word;
  }
  return STATUS_WORDS[own][cls][0];
}
