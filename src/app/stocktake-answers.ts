/** A scan's answer in words (docs/design.md §27): the engine's outcome with the rows the user sees. */
import type { ScanResult, StocktakeResult } from "../core";
import type { StocktakeAnswer } from "./stocktake-types";
import { words, type Words } from "./words";

/** What the answers name about a row: from the records when the run starts. */
export interface RowFacts {
  name?: string;
  category: string;
  expected: number;
}

/** Grid rows of the values read → what the answers say about them. */
export function rowFactsOf(result: StocktakeResult): Map<number, RowFacts> {
  return new Map(result.records.map((r) => [r.row, { name: r.name, category: r.category, expected: r.expected }]));
}

/** The code a scan is about: the engine's trimmed code where it has one. */
export function codeOf(scan: ScanResult): string {
  return "code" in scan.outcome ? scan.outcome.code : scan.scanned.trim();
}

/**
 * The answer to `scan`. `firstRow` is the sheet row of the values' first row (0-based), `counted`
 * the units of the row counted after this scan.
 */
export function answerOf(scan: ScanResult, facts: ReadonlyMap<number, RowFacts>, firstRow: number, counted: (row: number) => number): StocktakeAnswer {
  const { outcome } = scan;
  const code = codeOf(scan);
  const sheetRow = (row: number) => firstRow + row + 1;
  if (outcome.kind === "on-invalid-row") {
    return { ...scan, rows: [sheetRow(outcome.row)], ...words("stocktake-pane-answer-invalid", { code, row: sheetRow(outcome.row) }) };
  }
  if (outcome.kind === "matched" || outcome.kind === "scanned-again" || outcome.kind === "more-than-quantity") {
    const fact = facts.get(outcome.row);
    const about = {
      rows: [sheetRow(outcome.row)], category: fact?.category, counted: counted(outcome.row), expected: fact?.expected,
      ...(fact?.name ? { name: fact.name } : {}),
    };
    return { ...scan, ...about, ...rowWords(outcome.kind, code, about) };
  }
  if (outcome.kind === "on-several-rows") {
    const rows = outcome.rows.map(sheetRow);
    return { ...scan, rows, ...words("stocktake-pane-answer-several", { code, rows: rows.join(", ") }) };
  }
  if (outcome.kind === "unknown") return { ...scan, rows: [], ...words("stocktake-pane-answer-unknown", { code }) };
  if (outcome.kind === "empty") return { ...scan, rows: [], ...words("stocktake-pane-answer-empty") };
  return { ...scan, rows: [], ...words("stocktake-pane-answer-other", { code }) };
}

function rowWords(
  kind: "matched" | "scanned-again" | "more-than-quantity",
  code: string,
  about: { rows: number[]; name?: string; category?: string; counted: number; expected?: number },
): Words {
  const values = {
    code, row: about.rows[0], named: about.name ? "yes" : "no", name: about.name ?? "", category: about.category ?? "",
    counted: about.counted, expected: about.expected ?? 0,
  };
  if (kind === "matched") return words("stocktake-pane-answer-matched", values);
  if (kind === "scanned-again") return words("stocktake-pane-answer-again", values);
  return words("stocktake-pane-answer-more", values);
}

/** The answer to taking `scan` back: the scan's own answer with the words of the undo. */
export function undoneAnswer(answer: StocktakeAnswer): StocktakeAnswer {
  return { ...answer, ...words("stocktake-pane-undone", { code: codeOf(answer) }) };
}
