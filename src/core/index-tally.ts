/**
 * Row counts and category sums of an `InventoryIndex`, kept by difference: a record's
 * contribution is added when it enters (or becomes valid) and taken away when it leaves.
 * Money and units are whole numbers (minor units), so taking away is exact: while every
 * contribution stays within ±2^32 even a million rows sum below 2^53. A contribution outside
 * that (`unsafe`) makes the index sum again in row order, as the full summary does.
 */
import type { CategorySummary, ReportNote, RowCounts } from "./types";
import type { RowRecord } from "./index-record";
import { compareLines, lineOf, totalOf, TOTAL, UNCATEGORIZED, type PerUnit, type Sums } from "./summary-lines";
import { rowAvailabilityOf, unitsByClass } from "./availability";
import { AvailabilityTally } from "./availability-notes";

const LIMIT = 2 ** 32;
const safe = (v: number): boolean => Number.isInteger(v) && v <= LIMIT && v >= -LIMIT;

class CategorySums {
  records = 0;
  serialized = 0;
  aggregated = 0;
  units = 0;
  income = 0;
  expense = 0;
  available = 0;
  out = 0;
  unavailable = 0;
  purchase = 0;
  readonly stock: number[];
  /** Per per-unit column: contributions that are not a number. */
  readonly unknown: number[];
  /** Spellings of the category among its valid rows, with how many rows use each. */
  readonly spellings = new Map<string, number>();
  /** The line's name when rows spell it in several ways (the first row's), found when the summary is built. */
  name = "";

  constructor(readonly key: string, perUnit: number) {
    this.stock = new Array<number>(perUnit).fill(0);
    this.unknown = new Array<number>(perUnit).fill(0);
  }

  sums(): Sums {
    const stock = this.stock.map((v, i) => (this.unknown[i] > 0 ? NaN : v));
    return {
      records: this.records, serialized: this.serialized, aggregated: this.aggregated, units: this.units, income: this.income, expense: this.expense, stock,
      available: this.available, out: this.out, unavailable: this.unavailable, purchase: this.purchase,
    };
  }
}

export class IndexTally {
  readonly counts: RowCounts = { data: 0, blank: 0, valid: 0, invalid: 0, serialized: 0, aggregated: 0, units: 0 };
  /** Contributions beyond exact sums by difference (see above). */
  unsafe = 0;
  private readonly groups = new Map<string, CategorySums>();
  /** Valid rows whose status nobody classed or that say nothing about availability, for the notes. */
  private readonly said = new AvailabilityTally();

  constructor(private readonly pu: PerUnit, private readonly decimals: number, private readonly tracks?: CategorySummary["tracks"]) {}

  /** The report's availability notes (availability-notes.ts); none unless the table tracks availability. */
  notes(): ReportNote[] {
    return this.tracks?.availability ? this.said.notes() : [];
  }

  /** Adds (`sign` 1) or takes away (−1) the record's rows, valid or not, and a valid one's sums. */
  tally(rec: RowRecord, sign: 1 | -1): void {
    const c = this.counts;
    if (rec.blank) {
      c.blank += sign;
      return;
    }
    c.data += sign;
    if (!rec.counted) {
      c.invalid += sign;
      return;
    }
    const q = rec.quantity;
    c.valid += sign;
    this.said.add(rec.status, rec.available, sign);
    if (q === 1) c.serialized += sign;
    else if (q > 1) c.aggregated += sign;
    const exact = this.exact(rec);
    if (exact) c.units += sign * q;
    else this.unsafe += sign;
    this.addToCategory(rec, sign, exact);
  }

  /** True when every sum the record adds to is a whole number within ±2^32 (or an unknown stock value). */
  private exact(rec: RowRecord): boolean {
    if (!safe(rec.quantity) || (!this.pu.income && !safe(rec.income)) || (!this.pu.expense && !safe(rec.expense))) return false;
    if (!safe(this.pu.purchase ? rec.purchase * rec.quantity : rec.purchase)) return false;
    return rec.stock.every((v) => Number.isNaN(v) || safe(v));
  }

  private addToCategory(rec: RowRecord, sign: 1 | -1, exact: boolean): void {
    const key = rec.categoryKey;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = new CategorySums(key, this.pu.columns.length)));
    const q = rec.quantity;
    g.records += sign;
    if (q === 1) g.serialized += sign;
    else if (q > 1) g.aggregated += sign;
    if (key !== "") {
      const n = (g.spellings.get(rec.category) ?? 0) + sign;
      if (n === 0) g.spellings.delete(rec.category);
      else g.spellings.set(rec.category, n);
    }
    if (g.records === 0) this.groups.delete(key);
    if (exact) addSums(g, rec, sign, this.pu);
  }

  /**
   * The summary (undefined when a contribution was unsafe: the caller sums in full).
   * `firstSpellings(keys)` names categories spelled several ways after their first valid row.
   */
  summary(firstSpellings: (keys: ReadonlySet<string>) => Map<string, string>): CategorySummary | undefined {
    if (this.unsafe > 0) return undefined;
    const named = [...this.groups.values()].filter((g) => g.key !== "");
    const mixed = new Set(named.filter((g) => g.spellings.size > 1).map((g) => g.key));
    const first = mixed.size > 0 ? firstSpellings(mixed) : undefined;
    for (const g of named) g.name = first?.get(g.key) ?? (g.spellings.keys().next().value as string);
    named.sort((x, y) => compareLines(x, y));
    const lines = named.map((g) => ({ name: g.name, sums: g.sums() }));
    const none = this.groups.get("");
    if (none) lines.push({ name: UNCATEGORIZED, sums: none.sums() });
    const total = totalOf(lines.map((l) => l.sums), this.pu.columns.length);
    const summary: CategorySummary = {
      categories: lines.map((l) => lineOf(l.name, l.sums, this.decimals, this.pu)),
      totals: lineOf(TOTAL, total, this.decimals, this.pu),
      countedRows: this.counts.valid,
      excludedRows: this.counts.invalid,
    };
    if (this.tracks) summary.tracks = this.tracks;
    return summary;
  }
}

/** A valid record's units, money and stock value. */
function addSums(g: CategorySums, rec: RowRecord, sign: 1 | -1, pu: PerUnit): void {
  g.units += sign * rec.quantity;
  const units = unitsByClass(rec.quantity, rowAvailabilityOf(rec.status, rec.available));
  g.available += sign * units.available;
  g.out += sign * units.out;
  g.unavailable += sign * units.unavailable;
  g.purchase += sign * (pu.purchase ? rec.purchase * rec.quantity : rec.purchase);
  // A per-unit income or expense is the price of one unit, not money taken: it shows as stock value.
  if (!pu.income) g.income += sign * rec.income;
  if (!pu.expense) g.expense += sign * rec.expense;
  rec.stock.forEach((v, i) => {
    if (Number.isNaN(v)) g.unknown[i] += sign;
    else g.stock[i] += sign * v;
  });
}
