/**
 * The `CheckReport` of an `InventoryIndex`, built when it is read: records numbered (and their
 * issues re-addressed where rows moved), `codes-duplicate` issues of the duplicated keys (kept
 * while their rows stay put), each row's issues joined in row order, muted rules counted.
 * Equal to what `checkInventory` says of the same grid.
 */
import type { CheckReport, Issue, ReportNote, TableInfo } from "./types";
import type { Settings } from "./settings";
import { describeValue } from "./cells";
import { textOf } from "./messages";
import { REPEAT_NAMES } from "./rules/codes";
import { muteIssues } from "./rules/mute";
import { readdress, type RowRecord } from "./index-record";
import type { IndexCodes } from "./index-codes";
import type { IndexTally } from "./index-tally";
import type { DuplicateIssues } from "./index-duplicates";

/** What a report is made from. */
export interface ReportParts {
  settings: Settings;
  table: TableInfo;
  /** Issues of the header row (and the rows above it), sorted. */
  head: Issue[];
  notes: ReportNote[];
  records: readonly RowRecord[];
  /** The records with issues of their own. */
  withIssues: ReadonlySet<RowRecord>;
  codes: IndexCodes;
  tally: IndexTally;
  /** How `rec` first types code `key` in its code cell. */
  spell: (rec: RowRecord, key: string) => string;
}

/** The report of the index's current grid. */
export function buildReport(p: ReportParts, duplicates: DuplicateIssues, movedRow: number): CheckReport {
  const listed = [...p.withIssues];
  const origin = p.settings.origin;
  for (const rec of listed) if (rec.at !== rec.row) readdress(rec, rec.row, origin);
  const dups = duplicates.byRecord(p.codes, p.spell, movedRow);
  for (const rec of dups.keys()) if (rec.issues.length === 0) listed.push(rec);
  listed.sort((a, b) => a.row - b.row);
  const issues = [...p.head];
  const cc = p.table.columns.codes;
  for (const rec of listed) {
    const own = rec.repeats ? withFirstSpellings(rec, p) : rec.issues;
    const placed = dups.get(rec);
    if (!placed) {
      for (const issue of own) issues.push(issue);
      continue;
    }
    // Issues of one cell keep rule order, and the full check adds duplicates after every other rule.
    let at = 0;
    while (at < own.length && own[at].column <= cc) issues.push(own[at++]);
    for (const d of placed) issues.push(d.issue);
    while (at < own.length) issues.push(own[at++]);
  }
  const { shown, note } = muteIssues(issues, p.settings);
  const rows = { ...p.tally.counts };
  if (p.tally.unsafe > 0) rows.units = unitsInRowOrder(p.records);
  const report: CheckReport = { table: p.table, issues: shown, rows };
  const notes = note ? [...p.notes, note] : p.notes;
  if (notes.length > 0) report.notes = notes;
  return report;
}

/**
 * `codes-duplicate-in-row` names a repeated code as first typed in the sheet: when a row above
 * holds it spelled otherwise (`abc` above, `ABC, abc` here), that spelling.
 */
function withFirstSpellings(rec: RowRecord, p: ReportParts): Issue[] {
  const repeats = rec.repeats as readonly string[];
  const firsts = repeats.map((key) => (p.codes.holdersOfKey(key) < 2 ? rec : p.codes.firstHolder(key)));
  if (firsts.every((first) => first === rec)) return rec.issues;
  const spellings = repeats.map((key, i) => p.spell(firsts[i], key));
  if (spellings.every((s, i) => s === p.spell(rec, repeats[i]))) return rec.issues;
  return rec.issues.map((issue) => {
    if (issue.rule !== "codes-duplicate-in-row" || !issue.say) return issue;
    const values = { ...issue.say.values };
    spellings.forEach((s, i) => (values[REPEAT_NAMES[i]] = describeValue(s)));
    const say = { id: issue.say.id, values };
    return { ...issue, message: textOf(say), say };
  });
}

/** Units of the valid rows summed in row order, as the full check does (when sums by difference are not exact). */
function unitsInRowOrder(records: readonly RowRecord[]): number {
  let units = 0;
  for (const rec of records) if (!rec.blank && rec.counted) units += rec.quantity;
  return units;
}
