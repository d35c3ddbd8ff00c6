/**
 * One data row of an `InventoryIndex` (issue 19): the facts its own check found, kept so a
 * change re-checks only the rows it touched. A record does not hold its row number: rows move
 * when rows are inserted or deleted above them, so the index numbers its records when it
 * builds a report.
 */
import type { Grid, Issue } from "./types";
import type { Settings } from "./settings";
import { CodeTable } from "./code-table";
import { RuleContext } from "./rules/context";
import { lastFindings } from "./rules/code-scan";
import { checkCodes } from "./rules/codes";
import { toAddress } from "./cells";
import { textOf } from "./messages";
import { perUnitMinor } from "./per-unit";
import { categoryShown } from "./summary-lines";
import { BLANK, checkRow, RowFacts, VALID, type RowColumns } from "./row-check";
import type { DuplicateScope } from "./real-shape-notes";

const NO_ISSUES: Issue[] = [];
const NONE: readonly string[] = [];
const NO_STOCK: readonly number[] = [];

export class RowRecord {
  /** No cell of the row shows anything. */
  blank = false;
  /** No error of its own (a `codes-duplicate` may still make it invalid: see `dups`). */
  ownValid = false;
  quantity = NaN;
  /** Money in minor units. */
  income = 0;
  expense = 0;
  purchase = 0;
  /** Its status (`STATUS_*` of availability.ts) and available count (NaN when empty or wrong). */
  status = 0;
  available = NaN;
  /** The row's distinct code keys (as compared), in the order met. */
  keys: readonly string[] = NONE;
  /** The part its codes are unique within (`codesUniqueWithin`), "" without one. */
  part = "";
  /** Its own issues (all but `codes-duplicate`), sorted by column; addressed for grid row `at`. */
  issues: Issue[] = NO_ISSUES;
  at = -1;
  /** Keys of the codes repeated in its code cell (`codes-duplicate-in-row` names them as first typed in the sheet). */
  repeats: readonly string[] | null = null;
  /** The category as the summary shows it ("" for none), and its key (lower case). */
  category = "";
  categoryKey = "";
  /** Per per-unit column: amount × units in minor units. */
  stock: readonly number[] = NO_STOCK;
  /** How many of its keys another row of its part holds too: above 0 the row is invalid. */
  dups = 0;
  /** Grid row: set when made, renumbered when rows above it were inserted or deleted. */
  row = -1;

  /** Valid: counted in the summary and the valid rows. */
  get counted(): boolean {
    return this.ownValid && this.dups === 0;
  }
}

/** Every blank row: it holds nothing, so one record serves them all. */
export const BLANK_RECORD: RowRecord = Object.assign(new RowRecord(), { blank: true });

/** Makes the record of a grid row with the rules of row-check.ts. */
export class RecordMaker {
  private readonly ctx: RuleContext;
  private readonly scratch: CodeTable;
  private readonly facts = new RowFacts();
  /** Category cells met → as shown and their key: most rows repeat a few categories. */
  private readonly categories = new Map<unknown, { shown: string; key: string }>();

  constructor(
    private readonly settings: Settings, private readonly cols: RowColumns,
    private readonly scope: DuplicateScope | undefined, private readonly perUnit: readonly number[],
  ) {
    this.ctx = new RuleContext(settings);
    this.scratch = new CodeTable(16, settings.caseSensitiveCodes);
  }

  /** The record of `grid[r]` (a data row). */
  make(grid: Grid, r: number): RowRecord {
    const { ctx, scratch } = this;
    scratch.clear();
    ctx.issues.length = 0;
    const st = checkRow(ctx, grid[r], r, this.cols, scratch, this.facts);
    if (st === BLANK) return BLANK_RECORD;
    const rec = new RowRecord();
    rec.ownValid = st === VALID;
    rec.quantity = this.facts.quantity;
    rec.income = this.facts.income;
    rec.expense = this.facts.expense;
    rec.purchase = this.facts.purchase;
    rec.status = this.facts.status;
    rec.available = this.facts.available;
    rec.at = r;
    rec.row = r;
    if (ctx.issues.length > 0) this.takeIssues(rec);
    if (scratch.size > 0) {
      const keys: string[] = new Array<string>(scratch.size);
      for (let k = 0; k < scratch.size; k++) keys[k] = scratch.keyText(k);
      rec.keys = keys;
      if (this.scope) rec.part = this.scope(r);
    }
    if (rec.ownValid) this.summaryFacts(rec, grid, r);
    return rec;
  }

  /**
   * How the code `key` is first typed in the code cell of `grid[r]` (a row holding it). Not kept
   * in the record: only a duplicate's or a repeat's message needs it.
   */
  spelling(grid: Grid, r: number, key: string): string {
    const { ctx, scratch } = this;
    scratch.clear();
    ctx.issues.length = 0;
    checkCodes(ctx, grid[r][this.cols.codes], r, this.cols.codes, scratch);
    for (let k = 0; k < scratch.size; k++) if (scratch.keyText(k) === key) return scratch.textOf(k);
    return key;
  }

  private takeIssues(rec: RowRecord): void {
    const { ctx, scratch } = this;
    ctx.putIntoWords();
    const issues = ctx.issues.slice();
    for (let i = 1; i < issues.length; i++) {
      if (issues[i - 1].column > issues[i].column) {
        issues.sort((a, b) => a.column - b.column);
        break;
      }
    }
    rec.issues = issues;
    if (issues.some((i) => i.rule === "codes-duplicate-in-row")) rec.repeats = lastFindings().repeatKeys.map((k) => scratch.keyText(k));
  }

  private summaryFacts(rec: RowRecord, grid: Grid, r: number): void {
    if (this.perUnit.length > 0) rec.stock = this.perUnit.map((c) => perUnitMinor(grid, r, c, this.settings) * rec.quantity);
    const kc = this.cols.category;
    if (kc < 0) return;
    const raw = grid[r][kc];
    let c = this.categories.get(raw);
    if (!c) {
      const shown = categoryShown(raw);
      c = { shown, key: shown.toLowerCase() };
      if (this.categories.size < 10_000) this.categories.set(raw, c);
    }
    rec.category = c.shown;
    rec.categoryKey = c.key;
  }
}

/** Its issues addressed for grid row `row` (the row moved since they were made). */
export function readdress(rec: RowRecord, row: number, origin: string): void {
  rec.issues = rec.issues.map((issue) => moved(issue, row, origin));
  rec.at = row;
}

function moved(issue: Issue, row: number, origin: string): Issue {
  if (!issue.say) return { ...issue, row };
  const say = { id: issue.say.id, values: { ...issue.say.values, cell: toAddress(row, issue.column, origin) } };
  return { ...issue, row, message: textOf(say), say };
}
