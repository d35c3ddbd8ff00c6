/**
 * The engine's public value types (SPEC §2, §3, §4, §5, §10).
 * Every other layer imports these through `src/core/index.ts` only.
 */

/**
 * A cell value as the Excel API's `Range.values` returns it;
 * `""`, `null` and `undefined` are all "empty".
 */
export type CellValue = string | number | boolean | null | undefined;

/** A 2-D grid of cell values, header row included. Rows may be ragged. */
export type Grid = readonly (readonly CellValue[])[];

export type Role = "quantity" | "codes" | "category" | "name" | "income" | "expense";

export type Severity = "error" | "warning";

/** Stable rule ids (SPEC §2). */
export type RuleId =
  | "no-header"
  | "duplicate-header"
  | "quantity-missing"
  | "quantity-not-a-number"
  | "quantity-not-whole"
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
  | "category-missing";

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
  fix?: Fix;
}

/** Column index (0-based) of each role found in the header row. */
export interface ColumnMap {
  quantity: number;
  codes: number;
  category?: number;
  name?: number;
  income?: number;
  expense?: number;
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

export interface CheckReport {
  table: TableInfo | null;
  /** Sorted by row, then column. */
  issues: Issue[];
  rows: RowCounts;
}

/** A change to one cell that a plan asks the adapter to make. */
export interface CellEdit {
  row: number;
  column: number;
  value: CellValue;
  /** Write as text (format `@` first) so Excel cannot convert it. */
  asText?: boolean;
}

export interface RowRefusal {
  row: number;
  reason: string;
}

export interface FixPlan {
  edits: CellEdit[];
  refused: RowRefusal[];
}

export interface SerializePlan {
  /** Each chosen row becomes `rows` (first one replaces it in place, the rest are inserted below). */
  replacements: { row: number; rows: CellValue[][] }[];
  skipped: RowRefusal[];
  refused: RowRefusal[];
  /** Columns whose cells in `rows` are codes: write them as text (format `@` first). */
  textColumns?: number[];
}

export interface AggregateRefusal extends RowRefusal {
  /** Header texts of the columns whose values differ (merging would lose them). */
  columns?: string[];
}

export interface AggregatePlan {
  /** Each group merges into `row`, written at the first of `rows`; the others are deleted. */
  merges: { rows: number[]; row: CellValue[] }[];
  refused: AggregateRefusal[];
  /** Columns whose cells in `row` are codes: write them as text (format `@` first). */
  textColumns?: number[];
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
}

export interface CategorySummary {
  categories: SummaryLine[];
  totals: SummaryLine;
  countedRows: number;
  excludedRows: number;
}

/** Rows that hold a code, for find-by-code and duplicate checks. */
export interface CodeIndex {
  /** Grid rows (0-based) holding `code`, compared as the settings say (trimmed, NFC, case). */
  find(code: string): number[];
  readonly size: number;
}
