/**
 * Marks on the sheet (issue 18, docs/design.md §30): which cells a check marks, in which colour,
 * with which note, and how those cells are grouped into rectangles and address lists for Excel.
 * Pure: the Excel adapter turns the result into conditional formats and notes.
 */
import { columnLetters } from "./cells";
import { sayIn, textOf } from "./messages";
import type { Say } from "./messages";
import type { Issue } from "./types";

export type MarkLevel = "error" | "warning";

/**
 * The rule formula of a mark's conditional format: always TRUE, and written only by the add-in,
 * so a conditional format with it is ours. No sheet text ever goes into it.
 */
export const MARK_FORMULAS: Readonly<Record<MarkLevel, string>> = {
  error: '=ISTEXT("InventoryRows:error")',
  warning: '=ISTEXT("InventoryRows:warning")',
};

/** Excel's "Light red fill with dark red text" and "Yellow fill with dark yellow text". */
export const MARK_COLOURS: Readonly<Record<MarkLevel, { fill: string; font: string }>> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
};

/** The level a rule formula marks, or undefined when the formula is not one of ours. */
export function markLevelOf(formula: string | null | undefined): MarkLevel | undefined {
  if (formula === MARK_FORMULAS.error) return "error";
  if (formula === MARK_FORMULAS.warning) return "warning";
  return undefined;
}

/** One marked cell (grid coordinates, as in `Issue`) and every message about it, in check order. */
export interface MarkedCell {
  row: number;
  column: number;
  level: MarkLevel;
  /** English words of each issue. */
  messages: string[];
  /** Each issue as data, when it carries it (else the English words are used). */
  says: (Say | undefined)[];
}

/** The cells a check marks: one per cell, red when any of its issues is an error, ordered by column then row. */
export function markedCells(issues: readonly Issue[]): MarkedCell[] {
  const byCell = new Map<string, MarkedCell>();
  for (const issue of issues) {
    const key = `${issue.row},${issue.column}`;
    const level: MarkLevel = issue.severity === "error" ? "error" : "warning";
    const cell = byCell.get(key);
    if (!cell) {
      byCell.set(key, { row: issue.row, column: issue.column, level, messages: [issue.message], says: [issue.say] });
      continue;
    }
    if (level === "error") cell.level = "error";
    cell.messages.push(issue.message);
    cell.says.push(issue.say);
  }
  return [...byCell.values()].sort((a, b) => a.column - b.column || a.row - b.row);
}

/** A note's text: one line per issue, in `locale`'s language. */
export function markNoteText(cell: Pick<MarkedCell, "messages" | "says">, locale: string): string {
  return cell.says.map((said, i) => (said ? sayIn(locale, said) : cell.messages[i])).join("\n");
}

/** English words of a note (for tests and logs). */
export function markNoteEnglish(cell: Pick<MarkedCell, "messages" | "says">): string {
  return cell.says.map((said, i) => (said ? textOf(said) : cell.messages[i])).join("\n");
}

/** A rectangle of cells, 0-based. */
export interface MarkRect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Cells grouped into rectangles: runs down a column, then equal runs in neighbouring columns
 * side by side. Any grouping is right for Excel; fewer rectangles mean shorter addresses.
 */
export function markRects(cells: readonly { row: number; column: number }[]): MarkRect[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: MarkRect[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === c.column && last.row + last.rows === c.row) last.rows += 1;
    else if (!(last && last.column === c.column && last.row + last.rows > c.row)) runs.push({ row: c.row, column: c.column, rows: 1, columns: 1 });
  }
  return joinColumns(runs);
}

/** Joins a run with the same run in the next column (runs are ordered by column, then row). */
function joinColumns(runs: MarkRect[]): MarkRect[] {
  const open = new Map<string, MarkRect>();
  const out: MarkRect[] = [];
  for (const run of runs) {
    const key = `${run.row}:${run.rows}`;
    const left = open.get(key);
    if (left && left.column + left.columns === run.column) {
      left.columns += 1;
      continue;
    }
    open.set(key, run);
    out.push(run);
  }
  return out;
}

/** `B5:B9`, or `D7` for one cell. */
export function markRectAddress(rect: MarkRect): string {
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
}

/** The longest address `worksheet.getRanges` takes (reported, not documented: test/host/README.md). */
export const MAX_AREAS_ADDRESS = 255;

/** Rectangles as comma-separated address lists of at most `limit` characters each. */
export function addressChunks(rects: readonly MarkRect[], limit = MAX_AREAS_ADDRESS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const rect of rects) {
    const address = markRectAddress(rect);
    if (current !== "" && current.length + 1 + address.length > limit) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

/** A short hash of a note's text (FNV-1a, 32 bits, hex): how the add-in knows its own notes again. */
export function noteHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
