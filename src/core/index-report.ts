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
import { RuleContext } from "./rules/context";
import { reportDuplicate } from "./rules/duplicates";
import { REPEAT_NAMES } from "./rules/codes";
import { muteIssues } from "./rules/mute";
import { readdress, type RowRecord } from "./index-record";
import type { IndexCodes } from "./index-codes";
import type { IndexTally } from "./index-tally";

/** What a report is made from. */
export interface ReportParts {
  settings: Settings;
  table: TableInfo;
  /** Issues of the header row (and the rows above it), sorted. */
  head: Issue[];
  notes: ReportNote[];
  /** Grid row of `records[0]`. */
  first: number;
  records: readonly RowRecord[];
  codes: IndexCodes;
  tally: IndexTally;
}

/** A `codes-duplicate` issue of a record, with the place where the full check meets its key (first row, index in it). */
interface Placed {
  row: number;
  index: number;
  issue: Issue;
}

interface Rendered {
  recs: RowRecord[];
  rows: number[];
  code: string;
  issues: Issue[];
}

/** The `codes-duplicate` issues of each duplicated key, rendered again only when its rows or spelling change. */
export class DuplicateIssues {
  private readonly cache = new Map<string, Rendered>();
  private readonly ctx: RuleContext;

  constructor(settings: Settings, private readonly column: number) {
    this.ctx = new RuleContext(settings);
  }

  /** Per record holding a duplicated code: its `codes-duplicate` issues in the full check's order. */
  byRecord(codes: IndexCodes): Map<RowRecord, Placed[]> {
    const out = new Map<RowRecord, Placed[]>();
    for (const [pk, key] of codes.duplicated) {
      const recs = codes.holdersByPart(pk).sort((a, b) => a.row - b.row);
      const first = codes.firstHolder(key);
      const issues = this.render(pk, recs, first.rec.spellings[first.index]);
      recs.forEach((rec, i) => {
        const placed = { row: first.rec.row, index: first.index, issue: issues[i] };
        const list = out.get(rec);
        if (list) list.push(placed);
        else out.set(rec, [placed]);
      });
    }
    for (const pk of this.cache.keys()) if (!codes.duplicated.has(pk)) this.cache.delete(pk);
    for (const list of out.values()) if (list.length > 1) list.sort((a, b) => a.row - b.row || a.index - b.index);
    return out;
  }

  private render(pk: string, recs: RowRecord[], code: string): Issue[] {
    const rows = recs.map((rec) => rec.row);
    const known = this.cache.get(pk);
    if (known && known.code === code && sameList(known.recs, recs) && sameList(known.rows, rows)) return known.issues;
    const ctx = this.ctx;
    ctx.issues.length = 0;
    reportDuplicate(ctx, rows, this.column, describeValue(code));
    ctx.putIntoWords();
    const issues = ctx.issues.slice();
    this.cache.set(pk, { recs, rows, code, issues });
    return issues;
  }
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The report of the index's current grid. */
export function buildReport(p: ReportParts, duplicates: DuplicateIssues): CheckReport {
  const listed = numberRecords(p);
  const dups = duplicates.byRecord(p.codes);
  if (dups.size > 0) {
    for (const rec of dups.keys()) if (rec.issues.length === 0) listed.push(rec);
    listed.sort((a, b) => a.row - b.row);
  }
  const issues = [...p.head];
  const cc = p.table.columns.codes;
  for (const rec of listed) {
    const own = rec.repeats ? withFirstSpellings(rec, p.codes) : rec.issues;
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

/** Numbers every record with its grid row and re-addresses issues that moved; returns the records with issues. */
function numberRecords(p: ReportParts): RowRecord[] {
  const listed: RowRecord[] = [];
  const origin = p.settings.origin;
  const { records, first } = p;
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    rec.row = first + i;
    if (rec.issues.length === 0) continue;
    if (rec.at !== rec.row) readdress(rec, rec.row, origin);
    listed.push(rec);
  }
  return listed;
}

/**
 * `codes-duplicate-in-row` names a repeated code as first typed in the sheet: when a row above
 * holds it spelled otherwise (`abc` above, `ABC, abc` here), that spelling.
 */
function withFirstSpellings(rec: RowRecord, codes: IndexCodes): Issue[] {
  const repeats = rec.repeats as readonly string[];
  const spellings = repeats.map((key) => {
    if (codes.holdersOfKey(key) < 2) return rec.spellingOf(key);
    const first = codes.firstHolder(key);
    return first.rec.spellings[first.index];
  });
  if (spellings.every((s, i) => s === rec.spellingOf(repeats[i]))) return rec.issues;
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
