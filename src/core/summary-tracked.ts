/**
 * The availability and return columns of a category summary (issue 16, design.md §28): what
 * the summary sheet, the command line and the pane add after the stock values, and only when
 * the summary's `tracks` says the table has a status, available or purchase column. A summary
 * without `tracks` shows none of them, so its output stays as it was.
 */
import type { CategorySummary, SummaryLine } from "./types";
import type { MessageId } from "./messages";

/** How a column's numbers are written: whole units, a percentage, or money in the source's format. */
export type TrackedKind = "count" | "percent" | "money";

/** One added column: its heading's message id, how to write it, its value (null: no divisor, an empty cell). */
export interface TrackedColumn {
  heading: MessageId;
  kind: TrackedKind;
  value: (line: SummaryLine) => number | null;
}

const AVAILABILITY: readonly TrackedColumn[] = [
  { heading: "summary-heading-available", kind: "count", value: (l) => l.availableUnits },
  { heading: "summary-heading-out", kind: "count", value: (l) => l.outUnits },
  { heading: "summary-heading-unavailable", kind: "count", value: (l) => l.unavailableUnits },
  { heading: "summary-heading-availability", kind: "percent", value: (l) => l.availability },
  { heading: "summary-heading-utilisation", kind: "percent", value: (l) => l.utilisation },
];

const RETURN: readonly TrackedColumn[] = [
  { heading: "summary-heading-purchase-value", kind: "money", value: (l) => l.purchaseValue },
  { heading: "summary-heading-return", kind: "percent", value: (l) => l.returnOnPurchase },
];

/**
 * The columns `summary` adds, left to right: available, out and unavailable units, availability
 * and utilisation when it tracks availability; purchase value and return when it tracks a
 * purchase value; none without `tracks`.
 *
 * @example trackedColumnsOf({ ...summary, tracks: { availability: false, purchase: true } }).length // 2
 */
export function trackedColumnsOf(summary: CategorySummary): TrackedColumn[] {
  return [...(summary.tracks?.availability ? AVAILABILITY : []), ...(summary.tracks?.purchase ? RETURN : [])];
}
