/** A stocktake's result from its records, the units counted per row, and its scans (design.md §26). */
import type { StocktakeRecords } from "./stocktake-records";
import type { ScanResult, StocktakeCategory, StocktakeRecord, StocktakeResult } from "./stocktake-types";

export function stocktakeResult(book: StocktakeRecords, counted: Int32Array, scans: readonly ScanResult[]): StocktakeResult {
  const categories: StocktakeCategory[] = book.categories.map((category) => ({ category, expected: 0, counted: 0, missing: 0 }));
  let missingUnits = 0;
  const records = book.records.map((r): StocktakeRecord => {
    const n = counted[r.row];
    const record: StocktakeRecord = { row: r.row, category: book.categories[r.group], codes: r.codes, expected: r.expected, counted: n, missing: r.expected - n };
    if (r.name !== undefined) record.name = r.name;
    const c = categories[r.group];
    c.expected += r.expected;
    c.counted += n;
    c.missing += record.missing;
    missingUnits += record.missing;
    return record;
  });
  const unknown: string[] = [];
  const scannedTwice: string[] = [];
  const twice = new Set<string>();
  for (const { outcome } of scans) {
    if (outcome.kind === "unknown") unknown.push(outcome.code);
    else if (outcome.kind === "scanned-again" && !twice.has(outcome.code)) {
      twice.add(outcome.code);
      scannedTwice.push(outcome.code);
    }
  }
  return { records, categories, scans: scans.slice(), missingUnits, unknown, scannedTwice };
}
