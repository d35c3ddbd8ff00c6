/**
 * Category summary (docs/design.md §5).
 *
 * Decisions: valid rows only (invalid rows are counted in `excludedRows`). The
 * category key is the cell's text NFC-normalised (`Café` typed either way looks
 * the same, so it is one category), trimmed, inner whitespace collapsed and lower
 * case; the line shows the first spelling met (trimmed, collapsed). A blank
 * category is `(uncategorized)`, always last. Lines are ordered A→Z ignoring case
 * (and accents, as Excel's sort does), ties broken by code units so the order is
 * stable. Money is summed in integer minor units and converted to major units at
 * the end (an amount with more decimals than the currency, which carries an
 * `amount-precision` warning, is first rounded half away from zero, as Excel's ROUND); `margin` is null when income is 0, `incomePerUnit` when units are 0.
 * The totals line is named `Total`. Units are counted by availability class and the purchase
 * value summed as design.md §28 says; `tracks` names the columns behind them.
 */
import type { CategorySummary, CheckReport, Grid } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { analysisFor } from "./check";
import { VALID, INVALID, type Analysis } from "./analyze";
import { perUnitMinor } from "./per-unit";
import { categoryShown, compareLines, lineOf, perUnitOf, totalOf, tracksOf, TOTAL, UNCATEGORIZED, type PerUnit, type Sums } from "./summary-lines";
import { rowAvailabilityOf, unitsByClass } from "./availability";

export { TOTAL, UNCATEGORIZED };

class Group implements Sums {
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
  constructor(readonly name: string, readonly key: string, perUnit: number) {
    this.stock = new Array<number>(perUnit).fill(0);
  }
}

/** Adds valid row `r` to its group: a record of its kind, its units, money and stock value. */
function addRow(g: Group, a: Analysis, r: number, pu: PerUnit): void {
  const q = a.quantity[r];
  g.records++;
  if (q === 1) g.serialized++;
  else if (q > 1) g.aggregated++;
  g.units += q;
  const units = unitsByClass(q, rowAvailabilityOf(a.status[r], a.available[r]));
  g.available += units.available;
  g.out += units.out;
  g.unavailable += units.unavailable;
  g.purchase += pu.purchase ? a.purchase[r] * q : a.purchase[r];
  // A per-unit income or expense is the price of one unit, not money taken: it shows as stock value.
  if (!pu.income) g.income += a.income[r];
  if (!pu.expense) g.expense += a.expense[r];
  for (let i = 0; i < pu.columns.length; i++) g.stock[i] += perUnitMinor(a.values, r, pu.columns[i], a.settings) * q;
}

/**
 * Per-category records, units and money over valid rows, with a totals line.
 * Pass the `CheckReport` of the same `values` to skip a second check.
 *
 * @example summarizeByCategory([["Qty","Code","Category","Income"],[1,"A","Skis",10]]).totals.income // 10
 */
export function summarizeByCategory(values: Grid, settings?: Partial<SettingsInput>, report?: CheckReport): CategorySummary {
  const s = resolveSettings(settings);
  const a = analysisFor(values, s, report);
  const decimals = s.currencyDecimals;
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const byRaw = new Map<unknown, Group>();
  let uncategorized: Group | undefined;
  let counted = 0;
  let excluded = 0;
  const kc = a.table?.columns.category ?? -1;
  const { state } = a;
  const pu = perUnitOf(a.table, s);
  for (let r = 0; r < state.length; r++) {
    const st = state[r];
    if (st !== VALID) {
      if (st === INVALID) excluded++;
      continue;
    }
    counted++;
    const raw = kc >= 0 ? values[r][kc] : "";
    let g = byRaw.get(raw);
    if (!g) {
      const shown = categoryShown(raw);
      if (shown === "") g = uncategorized ??= new Group(UNCATEGORIZED, "", pu.columns.length);
      else {
        const key = shown.toLowerCase();
        g = byKey.get(key);
        if (!g) {
          g = new Group(shown, key, pu.columns.length);
          byKey.set(key, g);
          groups.push(g);
        }
      }
      if (byRaw.size < 100_000) byRaw.set(raw, g);
    }
    addRow(g, a, r, pu);
  }
  groups.sort(compareLines);
  if (uncategorized) groups.push(uncategorized);
  const total = totalOf(groups, pu.columns.length);
  const summary: CategorySummary = {
    categories: groups.map((g) => lineOf(g.name, g, decimals, pu)),
    totals: lineOf(TOTAL, total, decimals, pu),
    countedRows: counted,
    excludedRows: excluded,
  };
  const tracks = tracksOf(a.table);
  if (tracks) summary.tracks = tracks;
  return summary;
}
