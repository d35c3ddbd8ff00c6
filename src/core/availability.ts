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

export type StatusClass = "available" | "out" | "unavailable";

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

/**
 * The class of a status cell's text: the operator's `settings.statusMap` first (trimmed,
 * case-insensitive), then the built-in words of every catalogue language; `"unknown"` for a
 * word nobody classed, undefined for an empty cell.
 *
 * Contract stub (issue 16): the built-in words of every language are added with the rules.
 */
export function classifyStatus(text: string, settings: Pick<Settings, "statusMap">): StatusClass | "unknown" | undefined {
  const key = text.normalize("NFC").trim().toLowerCase();
  if (key === "") return undefined;
  for (const [word, cls] of Object.entries(settings.statusMap)) if (word.normalize("NFC").trim().toLowerCase() === key) return cls;
  return "unknown";
}

/**
 * The status word serialize writes for a class (a unit split off as available, or the rest of a
 * pool that says nothing else, as out): the operator's own word for it in `statusMap` first,
 * else the built-in word of the locale's language.
 *
 * Contract stub (issue 16): English words until the built-in words of every language are added.
 */
export function statusWordFor(cls: StatusClass, settings: Pick<Settings, "statusMap" | "locale">): string {
  void settings;
  return cls === "available" ? "Available" : cls === "out" ? "Out" : "Unavailable";
}
