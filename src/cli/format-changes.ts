/** What `fix` and `generate-codes` print about the cells they change (docs/design.md §18). */
import { toAddress, type CellValue, type Grid, type SheetChange } from "../core";
import { terminalText } from "./terminal-text";
import { textInLang } from "./cli-lang";

/** One cell a plan writes: where, what it held, what it gets, and the rule (or rules) it is for. */
export interface CellChange {
  address: string;
  before: CellValue;
  after: CellValue;
  /** The rule id; several, joined with ", ", when one write settles more than one issue in the cell. */
  rule: string;
}

/**
 * The writes of a cells-only change (a fix or generated codes) as the operator reads them.
 * `rulesAt` names the rules a cell's write is for.
 *
 * @example cellChanges(plan.change, grid, "A1", () => "amount-as-text")[0] // { address: "C14", before: "12,50", after: 12.5, rule: "amount-as-text" }
 */
export function cellChanges(change: SheetChange, grid: Grid, origin: string, rulesAt: (row: number, column: number) => readonly string[]): CellChange[] {
  return change.writes.map((write) => ({
    address: toAddress(write.row, write.column, origin),
    before: grid[write.row]?.[write.column] ?? null,
    after: write.value,
    rule: rulesAt(write.row, write.column).join(", "),
  }));
}

/** How many changed cells the human report lists before "… and N more cells". */
export const CELLS_SHOWN = 20;

/** `  C14: "12,50" → 12.5  (amount-as-text)` for the first CELLS_SHOWN cells, then a count of the rest. */
export function changeLines(changes: readonly CellChange[], lang = "en"): string[] {
  const lines = changes.slice(0, CELLS_SHOWN).map((c) => `  ${c.address}: ${shownValue(c.before)} → ${shownValue(c.after)}  (${c.rule})`);
  const more = changes.length - CELLS_SHOWN;
  if (more > 0) lines.push(`  ${textInLang(lang, "cli-more-cells", { count: more })}`);
  return lines;
}

/** Characters that show as nothing: named as escapes, or a fix that removes them would print the same text twice. */
const UNSEEN = /[\u00a0\u00ad\u200b-\u200d\u2060-\u2064\ufeff]/g;

/**
 * A cell value as the report shows it: text quoted (so `"12,50"` and 12.5 differ, and an empty
 * code shows as `""`), made safe for the terminal; numbers as written; logicals as Excel shows them.
 */
export function shownValue(value: CellValue): string {
  if (value === null || value === undefined) return "(empty)";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  const seen = value.replace(UNSEEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `"${terminalText(seen, 60)}"`;
}
