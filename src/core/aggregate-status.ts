/**
 * Aggregate with statuses and available counts (issue 16, design.md §28).
 *
 * Decisions:
 * - Status words compare as classifyStatus compares them (NFC, trimmed, inner spaces collapsed,
 *   case folded): `On rent` and ` on  rent` agree, and the merged row keeps the first row's spelling.
 * - Rows that differ only in their status are refused by default, naming the status column and
 *   both words. With `statusMerge: "keep-counts"` and an available column they merge: the
 *   available cell gets the group's available units, the status the one word of the units that
 *   are not available (a row's own word when it says out, unavailable or a word nobody classed,
 *   else `statusWordFor("out")`, as serialize writes them); every unit available → the first
 *   row's status. Different words among those units, or no available column, still refuse;
 *   with different words, rows whose statuses agree still merge with each other, as they would
 *   by default, and a row left alone is refused with the reason naming the words.
 * - The available column is summed as units: a row's available units are counted as the summary
 *   counts them (`unitsByClass`: an empty cell is all units when the status says available or
 *   nothing, else none; TRUE all, FALSE none). Rows whose available cells are all empty, or all
 *   the same TRUE or FALSE, keep that cell: it says the same of the merged row.
 */
import type { CellValue, Grid, PlanInputs, TableInfo } from "./types";
import type { Settings } from "./settings";
import { describeValue, excelRow, isBlank } from "./cells";
import { statusWordFor } from "./availability";
import { availableUnreadable, flagOf, keepsItsWord, statusClassOf, statusKey, unitsOfRow } from "./plan-availability";
import { columnSay } from "./row-facts";
import { sameCellValue } from "./sheet-change";
import { say, sayList, type Say } from "./messages";

/** How one aggregate plan treats the status and available columns. */
export interface StatusRules {
  status?: number;
  available?: number;
  /** Rows that differ in status merge, keeping the counts (requested, and the sheet has an available column). */
  keepCounts: boolean;
  settings: Settings;
  headers?: string[];
}

export function statusRulesOf(t: TableInfo, settings: Settings, inputs: PlanInputs): StatusRules {
  const { status, available } = t.columns;
  return { status, available, keepCounts: inputs.statusMerge === "keep-counts" && available !== undefined, settings, headers: t.headers };
}

/** What a row adds to its group's key: its status word, unless statuses need not agree. */
export function statusPartOf(rules: StatusRules, row: readonly CellValue[]): string {
  return rules.status === undefined || rules.keepCounts ? "" : statusKey(row[rules.status]);
}

/** Writes the group's available count and status into `merged`, or says why it cannot be merged. */
export function mergeStatus(values: Grid, group: readonly number[], quantity: Float64Array, rules: StatusRules, merged: CellValue[]): Say | undefined {
  const { status, available, settings: s } = rules;
  if (available === undefined) return undefined;
  let total = 0;
  const first = values[group[0]][available];
  let same = isBlank(first) || flagOf(first) !== undefined;
  const words: CellValue[] = [];
  const keys = new Set<string>();
  /** The sheet's own words of those units, for a refusal (never the word serialize would write). */
  const sheetWords = new Map<string, CellValue>();
  for (const r of group) {
    const units = unitsOfRow(values[r], rules, quantity[r], s);
    if (!units) return availableUnreadable(r, available, values[r][available], quantity[r], s.origin);
    total += units.available;
    if (same && !sameCellValue(values[r][available], first)) same = false;
    if (units.out + units.unavailable === 0 || status === undefined) continue;
    const word = notAvailableWord(values[r][status], s);
    const key = statusKey(word);
    if (!keys.has(key)) words.push(word);
    keys.add(key);
    if (!sheetWords.has(statusKey(values[r][status]))) sheetWords.set(statusKey(values[r][status]), values[r][status]);
  }
  if (status !== undefined && keys.size > 1) return mixed(rules, status, [...sheetWords.values()]);
  const differ = status !== undefined && new Set(group.map((r) => statusKey(values[r][status]))).size > 1;
  if (same && !differ) return undefined;
  merged[available] = same && !isBlank(first) ? first : total;
  if (differ && status !== undefined) merged[status] = words.length > 0 ? words[0] : values[group[0]][status];
  return undefined;
}

/** Why a lone row that differs from `other` only in its status is not merged. */
export function statusDiffers(values: Grid, row: number, other: number, rules: StatusRules): Say {
  const status = rules.status as number;
  const id = rules.available === undefined ? "plan-status-differs-no-available" : "plan-status-differs";
  const parts: Record<string, Say> = { column: columnSay(rules.headers, status), word: wordSay(values[row][status]), otherWord: wordSay(values[other][status]) };
  if (rules.available !== undefined) parts.available = columnSay(rules.headers, rules.available);
  const origin = rules.settings.origin;
  return say(id, { row: excelRow(row, origin), other: excelRow(other, origin) }, parts);
}

/** A status word as a refusal quotes it; a cell with no word (empty, or spaces) is said to be empty. */
function wordSay(word: CellValue): Say {
  return statusKey(word) === "" ? say("value-empty") : say("plan-status-word", { word: describeValue(word) });
}

/** A group's rows by their status word (as compared), each part in row order. */
export function byStatus(values: Grid, group: readonly number[], rules: StatusRules): number[][] {
  const parts = new Map<string, number[]>();
  for (const r of group) {
    const key = statusKey(values[r][rules.status as number]);
    const part = parts.get(key);
    if (part) part.push(r);
    else parts.set(key, [r]);
  }
  return [...parts.values()];
}

/** True when two rows' status cells hold different words (as classifyStatus compares them). */
export function statusesDiffer(rules: StatusRules, a: readonly CellValue[], b: readonly CellValue[]): boolean {
  return rules.status !== undefined && !rules.keepCounts && statusKey(a[rules.status]) !== statusKey(b[rules.status]);
}

/** The status of a row's units that are not available (see the decisions above). */
function notAvailableWord(word: CellValue, s: Settings): CellValue {
  return keepsItsWord(statusClassOf(word, s)) ? word : statusWordFor("out", s);
}

function mixed(rules: StatusRules, status: number, words: readonly CellValue[]): Say {
  const items = words.map(wordSay);
  return say("plan-status-mixed", { count: words.length }, { column: columnSay(rules.headers, status), words: sayList(items, "list-comma") });
}
