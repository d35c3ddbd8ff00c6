/**
 * The single pass behind `checkInventory`: header detection, every rule on every
 * data row, the code table, and per-row facts (validity, quantity, money in minor
 * units) that summary, serialize and aggregate reuse without re-reading cells.
 */
import type { CellValue, Grid, Issue, ReportNote, TableInfo } from "./types";
import type { Settings } from "./settings";
import { InventoryArgumentError } from "./errors";
import { detectColumns } from "./columns";
import { CodeTable } from "./code-table";
import { RuleContext } from "./rules/context";
import { checkDuplicates } from "./rules/duplicates";
import { duplicateScope, tableNotes } from "./real-shape-notes";
import { checkRow, rowColumns, RowFacts, BLANK, INVALID, VALID } from "./row-check";
import { AvailabilityTally } from "./availability-notes";

export { OUTSIDE, BLANK, VALID, INVALID } from "./row-check";

export interface Analysis {
  values: Grid;
  settings: Settings;
  table: TableInfo | null;
  /** Sorted by row, then column; issues on one cell keep rule order. */
  issues: Issue[];
  /** Per grid row: OUTSIDE (header, titles), BLANK, VALID or INVALID. */
  state: Uint8Array;
  /** Per grid row: the quantity, NaN when missing or wrong. */
  quantity: Float64Array;
  /** Per grid row: income and expense in minor units of the currency (0 when empty, NaN when wrong). */
  income: Float64Array;
  expense: Float64Array;
  /** Per grid row: the purchase value in minor units (0 when empty or no column, NaN when wrong). */
  purchase: Float64Array;
  /** Per grid row: the status (`STATUS_*` of availability.ts) and the available count (NaN when empty, absent or wrong). */
  status: Uint8Array;
  available: Float64Array;
  codes: CodeTable;
  /** Sentences about the whole check (a register's rows counted as one unit each, …). */
  notes: ReportNote[];
  counts: { data: number; blank: number; valid: number; invalid: number; serialized: number; aggregated: number; units: number };
}

/** Throws `InventoryArgumentError` unless `values` is an array of row arrays. */
export function assertGrid(values: unknown): asserts values is Grid {
  if (!Array.isArray(values)) throw new InventoryArgumentError("values must be a 2-D array of cell values (an array of rows)");
}

function rowOf(values: Grid, r: number): readonly CellValue[] {
  const row = values[r];
  if (!Array.isArray(row)) throw new InventoryArgumentError(`values[${r}] must be an array of cell values (a row)`);
  return row;
}

export function analyze(values: Grid, settings: Settings): Analysis {
  assertGrid(values);
  const n = values.length;
  const state = new Uint8Array(n);
  const quantity = new Float64Array(n).fill(NaN);
  const income = new Float64Array(n);
  const expense = new Float64Array(n);
  const purchase = new Float64Array(n);
  const status = new Uint8Array(n);
  const available = new Float64Array(n).fill(NaN);
  const counts = { data: 0, blank: 0, valid: 0, invalid: 0, serialized: 0, aggregated: 0, units: 0 };
  const ctx = new RuleContext(settings);
  const detection = detectColumns(values, settings);
  ctx.issues.push(...detection.issues);
  const table = detection.table;
  const codes = new CodeTable(table ? estimateCodes(values, table) : 16, settings.caseSensitiveCodes);
  const notes = tableNotes(table, settings);
  const result: Analysis = {
    values, settings, table, issues: ctx.issues, state, quantity, income, expense, purchase, status, available, codes, counts, notes,
  };
  if (!table) {
    for (let r = 0; r < n; r++) rowOf(values, r);
    sortIssues(ctx.issues);
    return result;
  }
  for (let r = 0; r <= table.headerRow; r++) rowOf(values, r);
  const cols = rowColumns(table, settings, detection.ambiguous);
  const facts = new RowFacts();
  for (let r = table.headerRow + 1; r < n; r++) {
    const st = checkRow(ctx, rowOf(values, r), r, cols, codes, facts);
    state[r] = st;
    if (st === BLANK) {
      counts.blank++;
      continue;
    }
    counts.data++;
    quantity[r] = facts.quantity;
    income[r] = facts.income;
    expense[r] = facts.expense;
    purchase[r] = facts.purchase;
    status[r] = facts.status;
    available[r] = facts.available;
  }
  checkDuplicates(ctx, codes, cols.codes, (r) => {
    state[r] = INVALID;
  }, duplicateScope(values, table, settings, notes));
  countRows(result, table.headerRow + 1);
  notes.push(...availabilityNotes(result, table, table.headerRow + 1));
  ctx.putIntoWords();
  sortIssues(ctx.issues);
  return result;
}

/** Valid and invalid rows; valid ones by kind (quantity 0 is a record of neither kind) and their units. */
function countRows(a: Analysis, first: number): void {
  const { state, quantity, counts } = a;
  for (let r = first; r < state.length; r++) {
    const s = state[r];
    if (s === VALID) {
      counts.valid++;
      const qty = quantity[r];
      if (qty === 1) counts.serialized++;
      else if (qty > 1) counts.aggregated++;
      counts.units += qty;
    } else if (s === INVALID) counts.invalid++;
  }
}

/** The notes on valid rows whose status nobody classed, or that say nothing about availability. */
function availabilityNotes(a: Analysis, table: TableInfo, first: number): ReportNote[] {
  if (table.columns.status === undefined && table.columns.available === undefined) return [];
  const tally = new AvailabilityTally();
  for (let r = first; r < a.state.length; r++) if (a.state[r] === VALID) tally.add(a.status[r], a.available[r], 1);
  return tally.notes();
}

/**
 * Expected number of codes, from the commas in up to 1,000 sampled code cells
 * (the table grows if the guess is low; a good guess saves rehashing and memory).
 */
function estimateCodes(values: Grid, table: TableInfo): number {
  const first = table.headerRow + 1;
  const rows = values.length - first;
  if (rows <= 0) return 16;
  const step = Math.max(1, Math.floor(rows / 1000));
  let sampled = 0;
  let codes = 0;
  for (let r = first; r < values.length; r += step) {
    const row = values[r];
    const v = Array.isArray(row) ? row[table.columns.codes] : undefined;
    sampled++;
    if (typeof v === "string") {
      codes++;
      for (let i = v.indexOf(","); i >= 0 && i < 4096; i = v.indexOf(",", i + 1)) codes++;
    } else if (v !== "" && v !== null && v !== undefined) codes++;
  }
  return Math.ceil((codes / sampled) * rows * 1.1) + 16;
}

function sortIssues(issues: Issue[]): void {
  for (let i = 1; i < issues.length; i++) {
    const a = issues[i - 1];
    const b = issues[i];
    if (a.row > b.row || (a.row === b.row && a.column > b.column)) {
      issues.sort((x, y) => x.row - y.row || x.column - y.column);
      return;
    }
  }
}
