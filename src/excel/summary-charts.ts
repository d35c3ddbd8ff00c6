/**
 * The summary report's charts (docs/design.md §5): income and expense per category, and, when
 * the summary tracks availability (issue 16), available, out and unavailable units per category
 * stacked beside it. Queued with the rest of the report, in the same batch.
 */
import { availabilityColumnOf, SUMMARY_TABLE_ROW as TABLE_ROW, textIn, type CategorySummary, type MessageId } from "../core";
import { cellAddress } from "./addresses";

const UNIT_SERIES: readonly MessageId[] = ["summary-heading-available", "summary-heading-out", "summary-heading-unavailable"];

/** Where the charts go: the table's `width` columns, its `lines` category rows (no chart without categories). */
export interface ChartPlace {
  width: number;
  lines: number;
  locale: string;
}

/** Queues the report's charts to the right of the table. */
export function queueSummaryCharts(sheet: Excel.Worksheet, summary: CategorySummary, place: ChartPlace): void {
  if (summary.categories.length === 0) return;
  const { width, lines, locale } = place;
  // Category, Income, Expense: one contiguous source, categories from its first column.
  const chartSource = sheet.getRangeByIndexes(TABLE_ROW, 0, lines + 1, 3);
  const chart = sheet.charts.add("ColumnClustered", chartSource, "Columns");
  chart.title.text = textIn(locale, "excel-summary-chart-title");
  chart.setPosition(cellAddress(0, width + 1), cellAddress(TABLE_ROW + 12, width + 9));

  const first = availabilityColumnOf(summary);
  if (first === undefined) return;
  // The three unit columns without their headings (not the totals line): a series per column,
  // named and given the categories explicitly rather than left to Excel's guess at the headers.
  const units = sheet.charts.add("ColumnStacked", sheet.getRangeByIndexes(TABLE_ROW + 1, first, lines, UNIT_SERIES.length), "Columns");
  units.title.text = textIn(locale, "summary-availability-chart-title");
  const categories = sheet.getRangeByIndexes(TABLE_ROW + 1, 0, lines, 1);
  UNIT_SERIES.forEach((heading, i) => {
    const series = units.series.getItemAt(i);
    series.name = textIn(locale, heading);
    series.setXAxisValues(categories);
  });
  units.setPosition(cellAddress(0, width + 10), cellAddress(TABLE_ROW + 12, width + 18));
}
