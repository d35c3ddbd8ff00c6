/**
 * The pieces of a category summary (docs/design.md §5) that the full summary (summary.ts) and
 * the incremental index (index-tally.ts) share: a row's category, the per-unit columns, the
 * order of the lines and a line from its sums.
 */
import type { CategorySummary, CellValue, SummaryLine, TableInfo } from "./types";
import type { Settings } from "./settings";
import { columnName } from "./row-facts";
import { codeTextOf } from "./codes";
import { fromMinor } from "./money";
import { text } from "./messages";
import { perUnitColumnsOf } from "./per-unit";

/** The line of rows without a category. */
export const UNCATEGORIZED = text("summary-line-uncategorized");
/** The totals line. */
export const TOTAL = text("summary-line-total");

/** What a summary line is made from: counts, units and money in minor units. */
export interface Sums {
  records: number;
  serialized: number;
  aggregated: number;
  units: number;
  income: number;
  expense: number;
  /** Per per-unit column: Σ amount × units in minor units (NaN when a cell is not a number). */
  stock: number[];
  /** Units by availability class (availability.ts); they add up to `units`. */
  available: number;
  out: number;
  unavailable: number;
  /** Σ purchase value in minor units. */
  purchase: number;
}

/** The per-unit columns of a summary: grid column and header, and whether income, expense or the purchase value is one of them. */
export interface PerUnit {
  columns: number[];
  headers: string[];
  income: boolean;
  expense: boolean;
  /** A per-unit purchase price: the row's purchase value is price × units. */
  purchase: boolean;
}

const collator = new Intl.Collator("en", { sensitivity: "base" });

export function perUnitOf(t: TableInfo | null, settings: Settings): PerUnit {
  const columns = t ? perUnitColumnsOf(t, settings) : [];
  return {
    columns,
    headers: columns.map((c) => columnName(t?.headers, c)),
    income: t?.columns.income !== undefined && columns.includes(t.columns.income),
    expense: t?.columns.expense !== undefined && columns.includes(t.columns.expense),
    purchase: t?.columns.purchase !== undefined && columns.includes(t.columns.purchase),
  };
}

/**
 * Which availability and return columns the table has (`CategorySummary.tracks`); undefined
 * when neither, so a summary of a sheet without them stays as it was.
 */
export function tracksOf(t: TableInfo | null): CategorySummary["tracks"] {
  if (!t) return undefined;
  const availability = t.columns.status !== undefined || t.columns.available !== undefined;
  const purchase = t.columns.purchase !== undefined;
  return availability || purchase ? { availability, purchase } : undefined;
}

/** A category cell as a line shows it (NFC, trimmed, inner whitespace collapsed; "" for none). */
export function categoryShown(raw: CellValue): string {
  return codeTextOf(raw).normalize("NFC").trim().replace(/\s+/g, " ");
}

/** Lines A→Z ignoring case and accents, ties broken by key then by code units, so the order is stable. */
export function compareLines(x: { name: string; key: string }, y: { name: string; key: string }): number {
  return collator.compare(x.name, y.name) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0) || (x.name < y.name ? -1 : 1);
}

export function lineOf(category: string, g: Sums, decimals: number, pu: PerUnit): SummaryLine {
  const income = fromMinor(g.income, decimals);
  const expense = fromMinor(g.expense, decimals);
  const netMinor = g.income - g.expense;
  const line: SummaryLine = {
    category,
    records: g.records,
    serializedRecords: g.serialized,
    aggregatedRecords: g.aggregated,
    units: g.units,
    income,
    expense,
    net: fromMinor(netMinor, decimals),
    margin: g.income === 0 ? null : netMinor / g.income,
    incomePerUnit: g.units === 0 ? null : income / g.units,
    availableUnits: g.available,
    outUnits: g.out,
    unavailableUnits: g.unavailable,
    availability: g.units === 0 ? null : g.available / g.units,
    utilisation: g.available + g.out === 0 ? null : g.out / (g.available + g.out),
    purchaseValue: fromMinor(g.purchase, decimals),
    returnOnPurchase: g.purchase === 0 ? null : netMinor / g.purchase,
  };
  if (pu.columns.length > 0) {
    line.stockValue = Object.fromEntries(pu.headers.map((h, i) => [h, Number.isNaN(g.stock[i]) ? null : fromMinor(g.stock[i], decimals)]));
  }
  return line;
}

/** The totals of `lines`' sums. */
export function totalOf(lines: readonly Sums[], perUnit: number): Sums {
  const total: Sums = {
    records: 0, serialized: 0, aggregated: 0, units: 0, income: 0, expense: 0, stock: new Array<number>(perUnit).fill(0),
    available: 0, out: 0, unavailable: 0, purchase: 0,
  };
  for (const g of lines) {
    total.records += g.records;
    total.serialized += g.serialized;
    total.aggregated += g.aggregated;
    total.units += g.units;
    total.income += g.income;
    total.expense += g.expense;
    total.available += g.available;
    total.out += g.out;
    total.unavailable += g.unavailable;
    total.purchase += g.purchase;
    g.stock.forEach((v, i) => (total.stock[i] += v));
  }
  return total;
}
