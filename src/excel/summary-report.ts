/**
 * The summary report's cells, formats and chart, queued on a new sheet in one batch
 * (docs/design.md §5), in the language of the pane that made it (§23).
 */
import {
  MARGIN_FORMAT, SUMMARY_TABLE_ROW as TABLE_ROW, TIME_FORMAT, TITLE_ROWS,
  summaryHeadersOf, summaryMoneyColumnsOf, summaryPercentColumnsOf, summaryTableCells, titleBlock, type CategorySummary,
} from "../core";
import { rectAddress } from "./addresses";
import { queueSummaryCharts } from "./summary-charts";

/** What a report says, besides the summary: its title (the sheet's name), source, money format, time and language. */
export interface ReportWords {
  title: string;
  sourceName: string;
  money: string;
  now: Date;
  /** The language of its words (BCP 47, the pane's). */
  locale: string;
}

/** Queues the whole report: title block, table with totals, formats, charts. */
export function queueReport(sheet: Excel.Worksheet, summary: CategorySummary, words: ReportWords): void {
  const { locale, money } = words;
  const block = titleBlock(words.title, words.sourceName, summary, excelSerial(words.now), locale);
  const labels = sheet.getRangeByIndexes(0, 0, block.labels.length, 1);
  // Text we write gets `@` first, in the same batch: a sheet named `=1+1` stays text.
  labels.numberFormat = block.labels.map(() => ["@"]);
  labels.values = block.labels.map((l) => [l]);
  sheet.getRangeByIndexes(TITLE_ROWS.sourceSheet, 1, 1, 1).numberFormat = [["@"]];
  sheet.getRangeByIndexes(TITLE_ROWS.sourceSheet, 1, block.values.length - 1, 1).values = block.values.slice(1).map((v) => [v as string | number]);
  sheet.getRangeByIndexes(TITLE_ROWS.created, 1, 1, 1).numberFormat = [[TIME_FORMAT]];
  sheet.getRangeByIndexes(TITLE_ROWS.title, 0, 1, 1).format.font.bold = true;

  // Per-unit columns add a stock value column each (issue 13); without them this is SUMMARY_HEADERS.
  const headers = summaryHeadersOf(summary, locale);
  const cells = summaryTableCells(summary, locale);
  const width = headers.length;
  const lines = summary.categories.length > 0 ? cells.lines : [headers.map(() => "")];
  const header = sheet.getRangeByIndexes(TABLE_ROW, 0, 1, width);
  header.numberFormat = [headers.map(() => "@")];
  header.values = [headers];
  const body = sheet.getRangeByIndexes(TABLE_ROW + 1, 0, lines.length, width);
  const categoryColumn = sheet.getRangeByIndexes(TABLE_ROW + 1, 0, lines.length, 1);
  categoryColumn.numberFormat = lines.map(() => ["@"]);
  body.values = lines as (string | number)[][];

  const tableAddress = rectAddress({ row: TABLE_ROW, column: 0, rows: lines.length + 1, columns: width });
  const table = sheet.tables.add(tableAddress, true);
  table.showTotals = true;
  // Totals are the engine's exact sums, written as values: SUBTOTAL over rounded
  // cells could differ from the exact total by a cent.
  const totalsRow = TABLE_ROW + 1 + lines.length;
  const totals = sheet.getRangeByIndexes(totalsRow, 0, 1, width);
  sheet.getRangeByIndexes(totalsRow, 0, 1, 1).numberFormat = [["@"]];
  totals.values = [cells.totals as (string | number)[]];
  totals.format.font.bold = true;

  const dataAndTotals = lines.length + 1;
  for (const c of summaryMoneyColumnsOf(summary)) {
    sheet.getRangeByIndexes(TABLE_ROW + 1, c, dataAndTotals, 1).numberFormat = Array.from({ length: dataAndTotals }, () => [money]);
  }
  // The margin, and availability, utilisation and return when the summary tracks them.
  for (const c of summaryPercentColumnsOf(summary)) {
    sheet.getRangeByIndexes(TABLE_ROW + 1, c, dataAndTotals, 1).numberFormat = Array.from({ length: dataAndTotals }, () => [MARGIN_FORMAT]);
  }

  // Wide enough for the numbers (a narrow column shows ####); only the report's own cells.
  sheet.getRangeByIndexes(0, 0, totalsRow + 1, width).format.autofitColumns();

  queueSummaryCharts(sheet, summary, { width, lines: lines.length, locale });
}

/** An Excel date serial for `date` in the pane's local time (what the user's clock shows). */
function excelSerial(date: Date): number {
  return (date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000 + 25_569;
}
