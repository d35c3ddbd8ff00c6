/**
 * Stocktake (issue 20, design.md §26): scans counted against the inventory, one at a time.
 *
 * Decisions:
 * - Codes are found in the check's own code table, so a scan matches exactly what the duplicate
 *   check calls the same code: trimmed, NFC, any case unless `caseSensitiveCodes`, invisible
 *   characters and leading zeros kept.
 * - A scan is cleaned before lookup: white space (CR, LF, tab, spaces) off both ends, then the
 *   settings' `scanPrefix` at the start and `scanSuffix` at the end when present, then white
 *   space again. Nothing left is `empty`.
 * - Only valid rows are records. A scan of an invalid row's code is `on-invalid-row` (the code is
 *   known, the row cannot be counted until its errors are fixed), and a code on several rows is
 *   `on-several-rows`; neither counts a unit.
 * - `code` in an outcome is the sheet's spelling of the code; for `unknown` it is the cleaned scan.
 */
import type { CheckReport, Grid } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { analysisFor } from "./check";
import { StocktakeCount, type ScanEffect } from "./stocktake-count";
import { stocktakeRecords, type StocktakeRecords } from "./stocktake-records";
import { stocktakeResult } from "./stocktake-result";
import type { ScanResult, StocktakeResult } from "./stocktake-types";

/** Units the sheet expects, and how many of them are counted so far. */
export interface StocktakeTotals {
  expected: number;
  counted: number;
  missing: number;
}

/**
 * The scan as a code: white space off both ends, then the scanner's prefix and suffix.
 *
 * @example cleanScan("\u0002POLE-01\r\n", "\u0002", "") // "POLE-01"
 */
export function cleanScan(scanned: string, prefix: string, suffix: string): string {
  let t = scanned.trim();
  if (prefix !== "" && t.startsWith(prefix)) t = t.slice(prefix.length);
  if (suffix !== "" && t.endsWith(suffix)) t = t.slice(0, t.length - suffix.length);
  return t.trim();
}

/**
 * A stocktake in progress: the code lookup is built once (from `report` when it is the check of
 * the same `values`), then each `scan` is answered at once.
 *
 * @example
 * const s = StocktakeSession.start([["Qty", "Code"], [1, "A1"]]);
 * s.scan("a1\r").outcome // { kind: "matched", row: 1, code: "A1" }
 * s.result().missingUnits // 0
 */
export class StocktakeSession {
  /** Every scan so far, in order (what a pane saves to resume). */
  readonly scans: ScanResult[] = [];
  private readonly effects: ScanEffect[] = [];
  private total = 0;
  private countedUnits = 0;

  private constructor(
    private readonly count: StocktakeCount,
    private readonly book: StocktakeRecords,
    private readonly prefix: string,
    private readonly suffix: string,
  ) {
    for (const r of book.records) this.total += r.expected;
  }

  /** Builds the lookup for `values` (checked with `settings`, or `report` reused). */
  static start(values: Grid, settings?: Partial<SettingsInput>, report?: CheckReport): StocktakeSession {
    const s = resolveSettings(settings);
    const a = analysisFor(values, s, report);
    return new StocktakeSession(new StocktakeCount(a), stocktakeRecords(a), s.scanPrefix, s.scanSuffix);
  }

  /** Counts one scan as the scanner typed it and says what it found. */
  scan(scanned: string): ScanResult {
    const code = cleanScan(String(scanned), this.prefix, this.suffix);
    const { outcome, effect } = code === "" ? { outcome: { kind: "empty" as const }, effect: { row: -1, key: -1 } } : this.count.scan(code);
    const result: ScanResult = { index: this.scans.length, scanned, outcome };
    if (effect.row >= 0) this.countedUnits++;
    this.scans.push(result);
    this.effects.push(effect);
    return result;
  }

  /** Takes the last scan back (its count too) and returns it; undefined when there is none. */
  undo(): ScanResult | undefined {
    const last = this.scans.pop();
    const effect = this.effects.pop();
    if (effect) {
      this.count.undo(effect);
      if (effect.row >= 0) this.countedUnits--;
    }
    return last;
  }

  /** Units expected, counted and missing so far (cheap: for a running count). */
  totals(): StocktakeTotals {
    return { expected: this.total, counted: this.countedUnits, missing: this.total - this.countedUnits };
  }

  /** What the scans so far found: per record and category, unknown codes, units scanned twice. */
  result(): StocktakeResult {
    return stocktakeResult(this.book, this.count.counted, this.scans);
  }
}

/**
 * The stocktake of `values` for a list of scans: `StocktakeSession.start`, each scan, `result()`.
 *
 * @example planStocktake([["Qty", "Code"], [2, "P"]], ["P", "x"]).unknown // ["x"]
 */
export function planStocktake(values: Grid, scans: readonly string[], settings?: Partial<SettingsInput>, report?: CheckReport): StocktakeResult {
  const session = StocktakeSession.start(values, settings, report);
  for (const scan of scans) session.scan(scan);
  return session.result();
}
