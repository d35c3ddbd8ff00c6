/**
 * Stocktake's value types (issue 20): what a run of scans found against the inventory.
 * Rows are 0-based grid indexes (header row included), like every engine row.
 */

/** What one scan found. */
export type ScanOutcome =
  /** A unit of this row: the next of its quantity. */
  | { kind: "matched"; row: number; code: string }
  /** A serialized unit (or a code of a row) already scanned: counted once only. */
  | { kind: "scanned-again"; row: number; code: string }
  /** A pool's shared code scanned more times than the row's quantity. */
  | { kind: "more-than-quantity"; row: number; code: string }
  /** The code is on several rows (a duplicate in the sheet): not counted, the rows are named. */
  | { kind: "on-several-rows"; rows: number[]; code: string }
  /** The code's one row has an error (no sure quantity, or it is left out of the summary): not counted, the row is named. */
  | { kind: "on-invalid-row"; row: number; code: string }
  /** No row holds this code. */
  | { kind: "unknown"; code: string }
  /** Nothing left once the scanner's prefix/suffix, line ends and tabs are taken off. */
  | { kind: "empty" };

export interface ScanResult {
  /** 0-based position in the scan order. */
  index: number;
  /** The scan as the scanner typed it (before trimming). */
  scanned: string;
  outcome: ScanOutcome;
}

export interface StocktakeRecord {
  row: number;
  category: string;
  name?: string;
  /** The codes cell's text. */
  codes: string;
  /** Units the sheet says are there (the quantity). */
  expected: number;
  /** Units counted (scans that matched this row, at most `expected`). */
  counted: number;
  /** expected − counted. */
  missing: number;
}

export interface StocktakeCategory {
  category: string;
  expected: number;
  counted: number;
  missing: number;
}

export interface StocktakeResult {
  /** Every valid record, in sheet order. */
  records: StocktakeRecord[];
  /** Per category, ordered as the category summary orders them. */
  categories: StocktakeCategory[];
  scans: ScanResult[];
  /** Σ missing over the records. */
  missingUnits: number;
  /** Unknown codes as scanned (trimmed), in scan order. */
  unknown: string[];
  /** Codes of serialized units scanned more than once, in the order first scanned again. */
  scannedTwice: string[];
}
