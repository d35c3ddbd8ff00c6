/**
 * A stocktake's result in the command line's terms (design.md §26): Excel row numbers, the
 * category words in the run's language, and every finding as one table row, shared by the printed
 * report, `--json` and `--out`.
 */
import { textIn, UNCATEGORIZED, type CellValue, type MessageId, type ScanOutcome, type StocktakeRecord, type StocktakeResult } from "../core";

/** A scan that counted no unit and is not unknown or scanned again: on several rows, on an invalid row, past the quantity. */
export type NotCountedOutcome = Extract<ScanOutcome, { kind: "on-several-rows" | "on-invalid-row" | "more-than-quantity" }>;

export const FINDING_WORDS = {
  missing: "stocktake-finding-missing",
  unknown: "stocktake-finding-unknown",
  "scanned-again": "stocktake-finding-scanned-again",
  "more-than-quantity": "stocktake-finding-more-than-quantity",
  "on-several-rows": "stocktake-finding-on-several-rows",
  "on-invalid-row": "stocktake-finding-on-invalid-row",
} as const satisfies Record<string, MessageId>;

/** Scans that counted nothing for a reason other than an unknown code or a second scan, in scan order. */
export function notCounted(result: StocktakeResult): NotCountedOutcome[] {
  const out: NotCountedOutcome[] = [];
  for (const { outcome } of result.scans) {
    if (outcome.kind === "on-several-rows" || outcome.kind === "on-invalid-row" || outcome.kind === "more-than-quantity") out.push(outcome);
  }
  return out;
}

/** A category label in `lang`: the engine's `(uncategorized)` is the catalogue's. */
export function categoryIn(lang: string, category: string): string {
  return category === UNCATEGORIZED ? textIn(lang, "summary-line-uncategorized") : category;
}

/** The table's headings in `lang`. */
export function findingHeadings(lang: string): string[] {
  return (["finding", "row", "category", "name", "code", "expected", "counted", "missing"] as const).map((h) => textIn(lang, `stocktake-heading-${h}`));
}

/**
 * One row per record (its finding `missing` when units are missing, else empty), then one per
 * unknown code, second scan and scan not counted, in scan order. `excelRow` turns a grid row
 * into the sheet's row number.
 */
export function findingRows(result: StocktakeResult, lang: string, excelRow: (row: number) => number): CellValue[][] {
  const word = (kind: keyof typeof FINDING_WORDS) => textIn(lang, FINDING_WORDS[kind]);
  const rows: CellValue[][] = result.records.map((r: StocktakeRecord) => [
    r.missing > 0 ? word("missing") : "", excelRow(r.row), categoryIn(lang, r.category), r.name ?? "", r.codes, r.expected, r.counted, r.missing,
  ]);
  for (const { outcome } of result.scans) {
    if (outcome.kind === "empty" || outcome.kind === "matched") continue;
    const where = outcome.kind === "unknown" ? "" : outcome.kind === "on-several-rows" ? outcome.rows.map(excelRow).join(", ") : excelRow(outcome.row);
    rows.push([word(outcome.kind), where, "", "", outcome.code, "", "", ""]);
  }
  return rows;
}
