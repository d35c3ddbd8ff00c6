/**
 * `checkInventory` (docs/design.md §2) and the link from a report to the work behind it.
 *
 * Decision (reuse): a `CheckReport` stays a plain, JSON-friendly object. The
 * analysis behind it (code index, per-row validity, quantities and money) is kept
 * in a WeakMap keyed by the report, so `summarizeByCategory`, `planSerialize`
 * and `planAggregate` accept the report as an optional last argument and skip a
 * second check, and `codeIndexOf(report)` hands out the code index. A report is
 * only reused with the very `values` array it was made from, of the same length
 * (a cheap guard against rows appended since), and equal settings; the caller
 * must not have edited cells of that array in between.
 */
import type { CheckReport, CodeIndex, Grid } from "./types";
import type { Settings, SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { analyze, type Analysis } from "./analyze";
import { codeIndexOver } from "./find";
import { muteIssues } from "./rules/mute";

const analyses = new WeakMap<CheckReport, Analysis>();

/**
 * Checks the inventory in `values` (header row included): every rule of docs/design.md §2,
 * issues sorted by row then column, and the row counts.
 *
 * @example
 * checkInventory([["Qty", "Code"], [2.5, "A1"]]).issues[0].message
 * // "A2: quantity 2.5 is not a whole number"
 */
export function checkInventory(values: Grid, settings?: Partial<SettingsInput>): CheckReport {
  const analysis = analyze(values, resolveSettings(settings));
  const { shown, note } = muteIssues(analysis.issues, analysis.settings);
  const report: CheckReport = { table: analysis.table, issues: shown, rows: { ...analysis.counts } };
  const notes = note ? [...analysis.notes, note] : analysis.notes;
  if (notes.length > 0) report.notes = notes;
  analyses.set(report, analysis);
  return report;
}

/** The code index built by the check that made `report` (undefined for a report from elsewhere). */
export function codeIndexOf(report: CheckReport): CodeIndex | undefined {
  const a = analyses.get(report);
  return a ? codeIndexOver(a.codes) : undefined;
}

function sameSettings(a: Settings, b: Settings): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The analysis for `values`: the report's when it was made from them, else a fresh one. */
export function analysisFor(values: Grid, settings: Settings, report?: CheckReport): Analysis {
  const known = report ? analyses.get(report) : undefined;
  // `state` has one entry per row the check saw: rows pushed onto `values` since then make a fresh check.
  if (known && known.values === values && known.state.length === values.length && sameSettings(known.settings, settings)) {
    return known;
  }
  return analyze(values, settings);
}
