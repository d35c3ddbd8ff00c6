/** What the app answers for each scan of a stocktake (docs/design.md §27); the run itself is in types.ts. */
import type { Say, ScanResult } from "../core";

/** One scan's answer: the engine's outcome with the row as the user sees it, in words. */
export interface StocktakeAnswer extends ScanResult {
  /** Sheet row numbers (1-based, as Excel shows them) the scan found: one, or several for a duplicate. */
  rows: number[];
  /** The matched row's name and category, when the sheet has them. */
  name?: string;
  category?: string;
  /** The row's units counted so far and its quantity (a matched, scanned-again or more-than-quantity scan). */
  counted?: number;
  expected?: number;
  /** The answer in English, and as data for the pane's language. */
  message: string;
  say: readonly Say[];
}

/** The running count. */
export interface StocktakeProgress {
  /** Scans taken, counted or not. */
  scans: number;
  /** Units counted. */
  counted: number;
  /** Units the inventory holds (Σ quantity of its valid records). */
  expected: number;
}
