import type { Say } from "./messages";

/**
 * The engine's public value types (docs/design.md §2, §3, §4, §5, §10).
 * Every other layer imports these through `src/core/index.ts` only.
 */

/**
 * A cell value as the Excel API's `Range.values` returns it;
 * `""`, `null` and `undefined` are all "empty".
 */
export type CellValue = string | number | boolean | null | undefined;

/** A 2-D grid of cell values, header row included. Rows may be ragged. */
export type Grid = readonly (readonly CellValue[])[];

/**
 * A column's meaning. `status` (a word such as Rented, classed by `classifyStatus`), `available`
 * (how many of the row's units are available) and `purchase` (what the units cost to buy) are
 * the availability and return roles of issue 16 (design.md §28).
 */
export type Role = "quantity" | "codes" | "category" | "name" | "income" | "expense" | "status" | "available" | "purchase";

export type Severity = "error" | "warning";

/** Stable rule ids (docs/design.md §2). */
export type RuleId =
  | "no-header"
  | "duplicate-header"
  | "quantity-missing"
  | "quantity-not-a-number"
  | "quantity-not-whole"
  | "quantity-zero"
  | "quantity-below-one"
  | "quantity-as-text"
  | "codes-missing"
  | "codes-empty-entry"
  | "codes-separator"
  | "codes-space"
  | "codes-invisible"
  | "codes-duplicate-in-row"
  | "codes-duplicate"
  | "codes-number"
  | "codes-precision-lost"
  | "codes-too-long"
  | "codes-more-than-quantity"
  | "amount-not-a-number"
  | "amount-as-text"
  | "amount-negative"
  | "amount-precision"
  | "cell-error"
  | "category-missing"
  | "status-unknown"
  | "available-not-a-number"
  | "available-as-text"
  | "available-not-whole"
  | "available-below-zero"
  | "available-more-than-quantity";

/** What a one-click fix does; `planFix` turns it into cell edits. */
export type FixKind =
  | "convert-to-number"
  | "generate-codes"
  | "tidy-list"
  | "split-on-separator"
  | "split-on-spaces"
  | "remove-invisible"
  | "remove-repeat"
  | "store-as-text";

export interface Fix {
  kind: FixKind;
  /** Button text for the pane, e.g. "Convert to number". */
  label: string;
}

export interface Issue {
  rule: RuleId;
  severity: Severity;
  /** 0-based index into the checked grid (header row included). */
  row: number;
  /** 0-based index into the checked grid. */
  column: number;
  /** Plain words naming the cell as the user sees it: "C14: quantity 2.5 is not a whole number". */
  message: string;
  /** The same message as data (catalogue id and values), for rendering in another language. */
  say?: Say;
  fix?: Fix;
}

/** Column index (0-based) of each role found in the header row. */
export interface ColumnMap {
  /** -1 (`NO_QUANTITY`) for a register: no quantity column, each row one unit (design.md §17). */
  quantity: number;
  codes: number;
  category?: number;
  name?: number;
  income?: number;
  expense?: number;
  status?: number;
  available?: number;
  purchase?: number;
}

export interface TableInfo {
  /** 0-based index of the header row in the grid. */
  headerRow: number;
  columns: ColumnMap;
  /** Header texts as found (trimmed, BOM removed), one per grid column. */
  headers?: string[];
}

export interface RowCounts {
  /** Non-blank rows below the header. */
  data: number;
  blank: number;
  valid: number;
  invalid: number;
  /** Valid rows with quantity 1. */
  serialized: number;
  /** Valid rows with quantity > 1. */
  aggregated: number;
  /** Sum of quantity over valid rows. */
  units: number;
}

/**
 * A sentence said once about the whole check, not about one cell: a value far outside the
 * inventory that was ignored, every row counted as one unit, rules muted in the settings.
 */
export interface ReportNote {
  message: string;
  /** The same sentence as data, for rendering in another language. */
  say?: Say;
}

export interface CheckReport {
  table: TableInfo | null;
  /** Sorted by row, then column. */
  issues: Issue[];
  rows: RowCounts;
  /** Said once each, in the order they were found; absent or empty when there is nothing to say. */
  notes?: ReportNote[];
}

/** A change to one cell that a plan asks the adapter to make. */
export interface CellEdit {
  row: number;
  column: number;
  value: CellValue;
  /** Write as text (format `@` first) so Excel cannot convert it: every text the engine writes. */
  asText: boolean;
}

/** Copies of a grid row inserted directly below it (see `SheetChange`). */
export interface RowInsert {
  /** Grid row, as read (before any change), whose copies go directly below it. */
  row: number;
  /** How many copies. */
  count: number;
}

/**
 * Everything an adapter does to the sheet for a plan, worked out by the engine: Excel and
 * the command line carry it out and decide nothing themselves. Applied in this order:
 * inserts, deletes, then writes.
 *
 * @example
 * // Serialize of row 1 (quantity 3, code POLE): two copies of row 1 below it, then the cells
 * // that differ from the copied row, in the rows as they are after the insert.
 * { headerRow: 0, inserts: [{ row: 1, count: 2 }], deletes: [],
 *   writes: [{ row: 1, column: 0, value: 1, asText: false }, { row: 2, column: 1, value: "POLE-2", asText: true }, …] }
 */
export interface SheetChange {
  /** Grid index of the header row (the first data row is the next one); -1 when no table was found. */
  headerRow: number;
  /** Copies of rows (values, formulas and formats, as Excel copies a row), ascending by row, one entry per row. */
  inserts: RowInsert[];
  /** Grid rows deleted, as read (before any change), ascending. */
  deletes: number[];
  /** Cells written, in grid rows as they are after the inserts and deletes; sorted by row, then column; one per cell. */
  writes: CellEdit[];
}

export interface RowRefusal {
  row: number;
  reason: string;
  /**
   * The reason as data, for rendering in another language: every refusal and skip the engine
   * makes carries it (`textOf(say)` is `reason`); a refusal an adapter adds may not.
   */
  say?: Say;
}

export interface FixPlan {
  /** The cells to write (no inserts or deletes). */
  change: SheetChange;
  refused: RowRefusal[];
}

/**
 * Formulas of the cells read, at the same grid indexes as the values: the formula text
 * (`=C2*E2`) where a cell holds one; `undefined`, `null` or `""` where it holds a constant.
 * Rows or cells left out hold no formula.
 */
export type FormulaGrid = readonly (readonly (string | null | undefined)[] | null | undefined)[];

/**
 * What serialize and aggregate do with formulas in the cells they would change (SPEC §7):
 * refuse those rows, naming the cells (the default), or write the values in their place.
 */
export type FormulaHandling = "refuse" | "values";

/** What serialize and aggregate need besides the values and the settings. */
export interface PlanInputs {
  formulas?: FormulaGrid;
  formulaHandling?: FormulaHandling;
  /**
   * Aggregate only: rows that differ only in their status are refused (the default), or merged
   * with the count of available units kept in the available column (design.md §28).
   */
  statusMerge?: StatusMerge;
}

/** What aggregate does with rows that differ only in status: refuse them, or merge keeping the counts. */
export type StatusMerge = "refuse" | "keep-counts";

export interface SerializePlan {
  /** Each chosen row becomes `rows` (first one replaces it in place, the rest are inserted below). */
  replacements: { row: number; rows: CellValue[][] }[];
  skipped: RowRefusal[];
  refused: RowRefusal[];
  /** Codes the plan made up for units without one, in row order. */
  generated: string[];
  /** Formula cells the plan writes a value over (only with `formulaHandling: "values"`). */
  formulasAsValues: number;
  /** What the adapter writes. */
  change: SheetChange;
}

export interface AggregateRefusal extends RowRefusal {
  /** Header texts of the columns whose values differ (merging would lose them). */
  columns?: string[];
}

export interface AggregatePlan {
  /** Each group merges into `row`, written at the first of `rows`; the others are deleted. */
  merges: { rows: number[]; row: CellValue[] }[];
  refused: AggregateRefusal[];
  /** Formula cells the plan writes a value over or deletes (only with `formulaHandling: "values"`). */
  formulasAsValues: number;
  /** What the adapter writes. */
  change: SheetChange;
}

export interface SummaryLine {
  category: string;
  records: number;
  serializedRecords: number;
  aggregatedRecords: number;
  units: number;
  /** Major units (12.34), computed exactly from minor units. */
  income: number;
  expense: number;
  net: number;
  /** net / income; null when income is 0. */
  margin: number | null;
  incomePerUnit: number | null;
  /**
   * Present when the table has per-unit columns (a list price, a unit cost; design.md §17): per
   * column header, the stock value Σ amount × units in major units; null when a cell of the
   * column is not a number (unknown, never a guess).
   */
  stockValue?: Record<string, number | null>;
  /** Units by availability class (design.md §28); `units` = available + out + unavailable. */
  availableUnits: number;
  outUnits: number;
  unavailableUnits: number;
  /** availableUnits / units; null when units is 0. */
  availability: number | null;
  /** outUnits / (availableUnits + outUnits); null when that is 0. */
  utilisation: number | null;
  /** Σ purchase value in major units (0 when the table has no purchase column). */
  purchaseValue: number;
  /** (income − expense) / purchaseValue; null when the purchase value is 0. */
  returnOnPurchase: number | null;
}

export interface CategorySummary {
  categories: SummaryLine[];
  totals: SummaryLine;
  countedRows: number;
  excludedRows: number;
  /**
   * Which of the availability and return columns the table has (design.md §28): the summary
   * sheet and the command line show availability only when `availability` (a status or an
   * available column), purchase value and return only when `purchase`. Absent: neither.
   */
  tracks?: { availability: boolean; purchase: boolean };
}

/** Rows that hold a code, for find-by-code and duplicate checks. */
export interface CodeIndex {
  /** Grid rows (0-based) holding `code`, compared as the settings say (trimmed, NFC, case). */
  find(code: string): number[];
  readonly size: number;
}
