/**
 * What serialize and aggregate read from a row's status, available and purchase cells (issue 16,
 * design.md §28): the count of available units, the status word as classifyStatus compares it,
 * and the columns split or summed as money.
 *
 * Decisions:
 * - The planners read the available cell themselves, with the quantity rule's reading (a number,
 *   or number text in the settings' locale; float noise within 15 digits of a whole number is
 *   that number), so a plan never splits a count it cannot read exactly: a cell that is not a
 *   whole number from 0 to the quantity refuses the row, naming the cell.
 * - TRUE and FALSE (an Excel checkbox) say "all units available" and "none", as the check reads them.
 * - A purchase column that is a per-unit amount (a detected "Purchase price" or its
 *   counterpart in another catalogue language, per-unit.ts, or one named in
 *   `settings.perUnitColumns`) is the price of one unit: copied and compared as per-unit columns
 *   are (per-unit.ts); any other purchase column is the value of the row's units, split and summed.
 */
import type { CellValue, ColumnMap } from "./types";
import type { Settings } from "./settings";
import type { Analysis } from "./analyze";
import { describeValue, excelRow, isBlank, toAddress, valueWord } from "./cells";
import { codeTextOf } from "./codes";
import { fitsDecimals, parseNumberText } from "./money";
import { classifyStatus, unitsByClass, type StatusClass, type UnitsByClass } from "./availability";
import { additiveColumns } from "./row-facts";
import { perUnitColumnsOf } from "./per-unit";
import { say, type Say } from "./messages";
import { allOrNone, statusKey as wordKey } from "./status-words";

/**
 * An available cell as a count of units: undefined when empty, null when it is not a whole
 * number from 0 to `quantity`.
 *
 * @example availableCount("3", 5, "en-US") // 3
 */
export function availableCount(value: CellValue, quantity: number, locale: string): number | undefined | null {
  if (isBlank(value)) return undefined;
  const flag = flagOf(value);
  if (flag !== undefined) return flag ? quantity : 0;
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    const parsed = parseNumberText(value.trim(), locale);
    if (!parsed) return null;
    n = parsed.value;
  } else return null;
  if (!Number.isFinite(n)) return null;
  if (!Number.isInteger(n) && fitsDecimals(n, 0)) n = Math.round(n);
  return Number.isInteger(n) && n >= 0 && n <= quantity ? n : null;
}

/** An available cell that says all (true) or none (false) of the row's units are available, as the check reads it. */
export const flagOf = allOrNone;

/** A status cell's word as classifyStatus compares it (NFC, trimmed, inner spaces collapsed, case folded); "" when empty. */
export function statusKey(value: CellValue): string {
  return wordKey(codeTextOf(value));
}

/** The class of a status cell (undefined when empty), as the summary counts it. */
export function statusClassOf(value: CellValue, settings: Pick<Settings, "statusMap">): StatusClass | "unknown" | undefined {
  return classifyStatus(codeTextOf(value), settings);
}

/** True when a status class leaves a row's not-available units in that class (it says something other than available). */
export function keepsItsWord(cls: StatusClass | "unknown" | undefined): boolean {
  return cls === "out" || cls === "unavailable" || cls === "unknown";
}

/** A row's units by class, as the summary counts them (design.md §28); null when its available cell cannot be read. */
export function unitsOfRow(values: readonly CellValue[], columns: Pick<ColumnMap, "status" | "available">, quantity: number, settings: Settings): UnitsByClass | null {
  const status = columns.status === undefined ? undefined : statusClassOf(values[columns.status], settings);
  const available = columns.available === undefined ? undefined : availableCount(values[columns.available], quantity, settings.locale);
  if (available === null) return null;
  return unitsByClass(quantity, { status, available });
}

/**
 * Columns split between units (serialize) and summed (aggregate) as money: income, expense, the
 * user's additive columns and the purchase value, never a per-unit column.
 */
export function moneyColumnsOf(a: Analysis): number[] {
  const t = a.table;
  if (!t) return [];
  const cols = new Set(additiveColumns(a));
  const purchase = t.columns.purchase;
  if (purchase !== undefined && purchase !== t.columns.quantity && purchase !== t.columns.codes && !perUnitColumnsOf(t, a.settings).includes(purchase)) {
    cols.add(purchase);
  }
  return [...cols].sort((x, y) => x - y);
}

/** Why row `r` is refused: its available cell (column `c`) is not a count of its `quantity` units. */
export function availableUnreadable(r: number, c: number, value: CellValue, quantity: number, origin: string): Say {
  return say(
    "plan-available-unreadable",
    { row: excelRow(r, origin), cell: toAddress(r, c, origin), value: describeValue(value), quantity },
    { value: valueWord(value) },
  );
}
