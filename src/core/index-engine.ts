/**
 * The incremental part of an `InventoryIndex` (issue 19), for a grid with a table: one record
 * per data row, the code table and the tallies kept by difference, the report built when read.
 * A change re-checks only the rows it brings; records that move keep their facts.
 */
import type { CategorySummary, CellValue, CheckReport, Issue, ReportNote } from "./types";
import type { Settings } from "./settings";
import { detectColumns, NO_QUANTITY, type TableDetection } from "./columns";
import { duplicateScope, tableNotes } from "./real-shape-notes";
import { rowColumns } from "./row-check";
import { perUnitOf, tracksOf } from "./summary-lines";
import { RecordMaker, type RowRecord } from "./index-record";
import { IndexCodes } from "./index-codes";
import { IndexTally } from "./index-tally";
import { buildReport, type ReportParts } from "./index-report";
import { DuplicateIssues } from "./index-duplicates";

/** Above this many items a splice moves them by hand: spread arguments have a stack limit. */
const SPREAD_LIMIT = 30_000;

/** `array.splice(at, removed, ...items)` for any number of items. */
export function spliceRows<T>(array: T[], at: number, removed: number, items: readonly T[]): void {
  if (items.length <= SPREAD_LIMIT) {
    array.splice(at, removed, ...items);
    return;
  }
  const tail = array.slice(at + removed);
  array.length = at;
  for (const item of items) array.push(item);
  for (const item of tail) array.push(item);
}

/** What decides the table, to see whether a change below the header changed it. */
function detectionKey(d: TableDetection): string {
  return JSON.stringify([d.table, d.ambiguous, d.issues.map((i) => [i.rule, i.row, i.column, i.message])]);
}

export class IndexEngine {
  /** Grid row of the first record (the row below the header). */
  readonly first: number;
  private readonly records: RowRecord[] = [];
  private readonly withIssues = new Set<RowRecord>();
  /** Records from here on may have moved since they were numbered (rows inserted or deleted above them). */
  private movedFrom = Infinity;
  /** Grid rows (as last numbered) from which records may have moved since the last report. */
  private movedRow = Infinity;
  private readonly maker: RecordMaker;
  private readonly codes: IndexCodes;
  private readonly tally: IndexTally;
  private readonly parts: ReportParts;
  /** The notes about the table (a register, the duplicate scope); the availability notes follow them. */
  private readonly tableNotes: ReportNote[];
  private readonly duplicates: DuplicateIssues;
  /** For a register found by `eachRowOneUnit: "auto"`: the detection, which any row of the header window can change. */
  private readonly watched: string | undefined;
  private current: CheckReport | undefined;

  /** The engine of `grid` (which it reads, never writes), or null when the grid has no table. */
  static create(grid: readonly (readonly CellValue[])[], settings: Settings): IndexEngine | null {
    const detection = detectColumns(grid, settings);
    return detection.table ? new IndexEngine(grid, settings, detection) : null;
  }

  private constructor(private readonly grid: readonly (readonly CellValue[])[], private readonly settings: Settings, detection: TableDetection) {
    const table = detection.table as NonNullable<TableDetection["table"]>;
    this.first = table.headerRow + 1;
    const notes = tableNotes(table, settings);
    const scope = duplicateScope(grid, table, settings, notes);
    const pu = perUnitOf(table, settings);
    this.maker = new RecordMaker(settings, rowColumns(table, settings, detection.ambiguous), scope, pu.columns);
    this.codes = new IndexCodes(scope !== undefined, (rec, delta) => this.changeDups(rec, delta));
    this.tally = new IndexTally(pu, settings.currencyDecimals, tracksOf(table));
    const head: Issue[] = [...detection.issues].sort((a, b) => a.row - b.row || a.column - b.column);
    this.tableNotes = notes;
    this.parts = {
      settings, table, head, notes, records: this.records, withIssues: this.withIssues, codes: this.codes, tally: this.tally,
      spell: (rec, key) => this.maker.spelling(grid, rec.row, key),
    };
    this.duplicates = new DuplicateIssues(settings, table.columns.codes);
    const register = table.columns.quantity === NO_QUANTITY && settings.eachRowOneUnit === "auto";
    this.watched = register ? detectionKey(detection) : undefined;
    this.splice(0, 0, grid.length - this.first);
    // Every key is new to the first report anyway.
    this.codes.tracking = true;
  }

  /**
   * Records `p` … `p + removed - 1` leave; the grid rows now at `first + p` … (`added` of them)
   * come in, each checked once.
   */
  splice(p: number, removed: number, added: number): void {
    this.current = undefined;
    for (let i = p; i < p + removed; i++) {
      const old = this.records[i];
      this.tally.tally(old, -1);
      this.codes.remove(old);
      this.withIssues.delete(old);
    }
    const made: RowRecord[] = new Array<RowRecord>(added);
    for (let j = 0; j < added; j++) {
      const rec = this.maker.make(this.grid, this.first + p + j);
      this.codes.add(rec);
      this.tally.tally(rec, 1);
      if (rec.issues.length > 0) this.withIssues.add(rec);
      made[j] = rec;
    }
    spliceRows(this.records, p, removed, made);
    if (removed !== added) {
      this.movedFrom = Math.min(this.movedFrom, p + added);
      this.movedRow = Math.min(this.movedRow, this.first + p);
    }
  }

  /** True when the change made the header search find something else (only a register's window can). */
  tableChanged(): boolean {
    return this.watched !== undefined && detectionKey(detectColumns(this.grid, this.settings)) !== this.watched;
  }

  report(): CheckReport {
    if (!this.current) {
      this.renumber();
      this.parts.notes = [...this.tableNotes, ...this.tally.notes()];
      this.current = buildReport(this.parts, this.duplicates, this.movedRow);
      this.movedRow = Infinity;
    }
    return this.current;
  }

  private renumber(): void {
    const { records, first } = this;
    for (let i = this.movedFrom; i < records.length; i++) records[i].row = first + i;
    this.movedFrom = Infinity;
  }

  /** The summary, or undefined when its sums must be made in row order (see index-tally.ts). */
  summary(): CategorySummary | undefined {
    return this.tally.summary((keys) => this.firstSpellings(keys));
  }

  private changeDups(rec: RowRecord, delta: number): void {
    this.tally.tally(rec, -1);
    rec.dups += delta;
    this.tally.tally(rec, 1);
  }

  /** The spelling of each category (by key) on its first valid row. */
  private firstSpellings(keys: ReadonlySet<string>): Map<string, string> {
    const found = new Map<string, string>();
    for (const rec of this.records) {
      if (rec.blank || !rec.counted) continue;
      const key = rec.categoryKey;
      if (!keys.has(key) || found.has(key)) continue;
      found.set(key, rec.category);
      if (found.size === keys.size) break;
    }
    return found;
  }
}
