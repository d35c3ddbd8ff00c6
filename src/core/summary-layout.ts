/**
 * What the "Inventory summary" sheet holds, cell by cell (docs/design.md §5), shared by the add-in
 * (src/excel) and the command line (src/cli) so both write the same sheet; each adapter only
 * places it. Income and expense sit next to the category so the chart's source is one
 * contiguous range (categories + two series).
 */
import type { CategorySummary, CellValue, SummaryLine } from "./types";
import { text } from "./messages";

/** The table's column headings, left to right. */
export const SUMMARY_HEADERS = [
  "Category",
  "Income",
  "Expense",
  "Net",
  "Margin",
  "Records",
  "Serialized records",
  "Aggregated records",
  "Units",
  "Income per unit",
] as const;

/** 0-based table columns holding money (source number format) and the margin (percent). */
export const SUMMARY_MONEY_COLUMNS: readonly number[] = [1, 2, 3, 9];
export const SUMMARY_MARGIN_COLUMN = 4;
/** 0-based sheet row of the table's header row; the title block sits above it. */
export const SUMMARY_TABLE_ROW = 6;
export const DEFAULT_MONEY_FORMAT = "#,##0.00";
export const MARGIN_FORMAT = "0.0%";
export const TIME_FORMAT = "yyyy-mm-dd hh:mm";

/** 0-based rows of the title block (labels in column A, values in column B). */
export const TITLE_ROWS = { title: 0, sourceSheet: 1, rowsCounted: 2, rowsExcluded: 3, created: 4 } as const;

/**
 * The per-unit columns a summary shows as stock value (issue 13, design.md §17), by header, in
 * the order of the sheet; none when the table has no per-unit column.
 */
export function stockValueColumns(summary: CategorySummary): string[] {
  return Object.keys(summary.totals.stockValue ?? {});
}

/** The table's headings for this summary: SUMMARY_HEADERS, then `Stock value (List price)` per per-unit column. */
export function summaryHeadersOf(summary: CategorySummary): string[] {
  return [...SUMMARY_HEADERS, ...stockValueColumns(summary).map((column) => text("summary-stock-value-header", { column }))];
}

/** 0-based table columns holding money for this summary: SUMMARY_MONEY_COLUMNS and the stock values. */
export function summaryMoneyColumnsOf(summary: CategorySummary): number[] {
  return [...SUMMARY_MONEY_COLUMNS, ...stockValueColumns(summary).map((_, i) => SUMMARY_HEADERS.length + i)];
}

/**
 * One table row in SUMMARY_HEADERS order: the category, then the numbers (empty where undefined),
 * then the stock value of each of `stock` (the `stockValueColumns`; empty when unknown).
 */
export function summaryLineCells(line: SummaryLine, stock: readonly string[] = []): CellValue[] {
  const cells: CellValue[] = [
    line.category,
    line.income,
    line.expense,
    line.net,
    line.margin ?? "",
    line.records,
    line.serializedRecords,
    line.aggregatedRecords,
    line.units,
    line.incomePerUnit ?? "",
  ];
  for (const column of stock) cells.push(line.stockValue?.[column] ?? "");
  return cells;
}

/**
 * The title block, one entry per TITLE_ROWS row: labels for column A, values for column B
 * (none beside the title). `created` is the time as the writer stores it (a serial in Excel,
 * a Date for exceljs).
 */
export function titleBlock<Created>(
  title: string,
  sourceSheet: string,
  summary: CategorySummary,
  created: Created,
): { labels: string[]; values: ("" | string | number | Created)[] } {
  return {
    labels: [title, "Source sheet", "Rows counted", "Rows excluded (errors)", "Created"],
    values: ["", sourceSheet, summary.countedRows, summary.excludedRows, created],
  };
}

const PERCENT = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * The margin as the pane and the command line print it: a grouped percentage with one decimal
 * (MARGIN_FORMAT's precision), empty without income. The sign shows only when the rounded value
 * is not zero: a loss of 0.04% prints `0.0%`, not `-0.0%`.
 *
 * @example marginText(-0.0004) // "0.0%"
 */
export function marginText(margin: number | null): string {
  if (margin === null || !Number.isFinite(margin)) return "";
  const size = PERCENT.format(Math.abs(margin));
  return margin < 0 && /[1-9]/.test(size) ? `-${size}` : size;
}

/** The money format to use: the source column's, unless it is missing, General or text. */
export function moneyFormat(source: string | undefined): string {
  if (source === undefined || source === "" || source === "General" || source === "@") return DEFAULT_MONEY_FORMAT;
  return source;
}

/** How many names the summary writer tries: `base`, `base (2)` … `base (20)`. */
const MAX_SUMMARY_NAMES = 20;

/** Excel's longest sheet name. */
export const SHEET_NAME_MAX = 31;

/**
 * The names a summary report is given, in the order they are tried: `base`, then
 * `base (2)` … `base (20)`, each cut to Excel's 31 characters (the add-in and the command line alike).
 *
 * @example summaryNames("Inventory summary")[1] // "Inventory summary (2)"
 */
export function summaryNames(base: string): string[] {
  const names = [base];
  for (let i = 2; i <= MAX_SUMMARY_NAMES; i++) {
    const suffix = ` (${i})`;
    names.push(base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix);
  }
  return names;
}
