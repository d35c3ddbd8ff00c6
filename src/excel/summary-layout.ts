/**
 * What the summary sheet holds, cell by cell (SPEC §5), computed without Excel so
 * the writer only places it. Income and expense sit next to the category so the
 * chart's source is one contiguous range (categories + two series).
 */
import type { CategorySummary, CellValue, SummaryLine } from "../core";

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

/** Grid columns holding money (source number format) and the margin (percent). */
export const MONEY_COLUMNS = [1, 2, 3, 9];
export const MARGIN_COLUMN = 4;
/** 0-based sheet row of the table's header row; the title block sits above it. */
export const TABLE_ROW = 6;
export const DEFAULT_MONEY_FORMAT = "#,##0.00";
export const MARGIN_FORMAT = "0.0%";
export const TIME_FORMAT = "yyyy-mm-dd hh:mm";

export function summaryLineCells(line: SummaryLine): CellValue[] {
  return [
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
}

/** An Excel date serial for `date` in the pane's local time (what the user's clock shows). */
export function excelSerial(date: Date): number {
  return (date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000 + 25_569;
}

/** The title block: labels in column A, values in column B. */
export function titleBlock(
  title: string,
  sourceSheet: string,
  summary: CategorySummary,
  at: Date,
): { labels: string[]; values: CellValue[] } {
  return {
    labels: [title, "Source sheet", "Rows counted", "Rows excluded (errors)", "Created"],
    values: ["", sourceSheet, summary.countedRows, summary.excludedRows, excelSerial(at)],
  };
}

/** The money format to use: the source column's, unless it is General or text. */
export function moneyFormat(source: string | undefined): string {
  if (source === undefined || source === "" || source === "General" || source === "@") return DEFAULT_MONEY_FORMAT;
  return source;
}
