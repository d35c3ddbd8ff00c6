/**
 * The stocktake report's cells (docs/design.md §27), in the pane's language: a title block
 * (inventory sheet, date, scans, units), expected / counted / missing per category and per
 * record, then the unknown codes, the units scanned twice and the other scans not counted.
 * Pure: `stocktake-sheet.ts` writes the rows, text formatted `@` first.
 */
import { textIn, TIME_FORMAT, type MessageId, type ScanResult, type StocktakeResult } from "../core";

/** Columns of the widest table (the records). */
export const REPORT_WIDTH = 7;

export type ReportCell = string | number;

/** One row of the report: its cells (padded to `REPORT_WIDTH` when written) and how it looks. */
export interface ReportRow {
  cells: ReportCell[];
  bold?: boolean;
  /** Number format of a number cell (a date); text cells are `@`, other numbers General. */
  format?: string;
}

export interface ReportFacts {
  sourceName: string;
  /** The day and time the report was made, as an Excel serial. */
  serial: number;
  /** Sheet row of the values' first row (0-based), so a record's grid row becomes the row the user sees. */
  firstRow: number;
  locale: string;
}

/** Every row of the report, top to bottom. */
export function stocktakeReportRows(result: StocktakeResult, facts: ReportFacts): ReportRow[] {
  const say = (id: MessageId, values?: Record<string, string | number>) => textIn(facts.locale, id, values);
  const sum = (pick: (r: StocktakeResult["records"][number]) => number) => result.records.reduce((n, r) => n + pick(r), 0);
  const rows: ReportRow[] = [
    { cells: [say("stocktake-pane-report-sheet")], bold: true },
    { cells: [say("stocktake-pane-report-source"), facts.sourceName] },
    { cells: [say("stocktake-pane-report-date"), facts.serial], format: TIME_FORMAT },
    { cells: [say("stocktake-pane-report-scans"), result.scans.length] },
    { cells: [say("stocktake-pane-report-expected-units"), sum((r) => r.expected)] },
    { cells: [say("stocktake-pane-report-counted-units"), sum((r) => r.counted)] },
    { cells: [say("stocktake-pane-report-missing-units"), result.missingUnits] },
    { cells: [] },
    { cells: ["category", "expected", "counted", "missing"].map((h) => say(`stocktake-pane-report-${h}` as MessageId)), bold: true },
    ...result.categories.map((c) => ({ cells: [c.category, c.expected, c.counted, c.missing] })),
    { cells: [] },
    { cells: ["row", "category", "name", "codes", "expected", "counted", "missing"].map((h) => say(`stocktake-pane-report-${h}` as MessageId)), bold: true },
    ...result.records.map((r) => ({ cells: [facts.firstRow + r.row + 1, r.category, r.name ?? "", r.codes, r.expected, r.counted, r.missing] })),
    ...listed(say("stocktake-pane-report-unknown"), result.unknown.map((code) => [code]), say),
    ...listed(say("stocktake-pane-report-twice"), result.scannedTwice.map((code) => [code]), say),
    ...listed(say("stocktake-pane-report-not-counted"), notCounted(result.scans, facts), say),
  ];
  return rows;
}

/** A blank row, a bold heading and the lines, or "None". */
function listed(heading: string, lines: ReportCell[][], say: (id: MessageId) => string): ReportRow[] {
  const body = lines.length > 0 ? lines.map((cells) => ({ cells })) : [{ cells: [say("stocktake-pane-report-none")] }];
  return [{ cells: [] }, { cells: [heading], bold: true }, ...body];
}

/** Scans counted for nothing besides unknown codes and units scanned twice: the scan as typed and why. */
function notCounted(scans: readonly ScanResult[], facts: ReportFacts): ReportCell[][] {
  const rowOf = (row: number) => facts.firstRow + row + 1;
  const lines: ReportCell[][] = [];
  for (const scan of scans) {
    const { outcome } = scan;
    if (outcome.kind === "matched" || outcome.kind === "unknown" || outcome.kind === "scanned-again") continue;
    const why =
      outcome.kind === "more-than-quantity" ? textIn(facts.locale, "stocktake-pane-reason-more", { row: rowOf(outcome.row) })
      : outcome.kind === "on-invalid-row" ? textIn(facts.locale, "stocktake-pane-reason-invalid", { row: rowOf(outcome.row) })
      : outcome.kind === "on-several-rows" ? textIn(facts.locale, "stocktake-pane-reason-several", { rows: outcome.rows.map(rowOf).join(", ") })
      : outcome.kind === "empty" ? textIn(facts.locale, "stocktake-pane-reason-empty")
      : textIn(facts.locale, "stocktake-pane-reason-other");
    lines.push([scan.scanned.trim(), why]);
  }
  return lines;
}
