/**
 * What the "Inventory summary" sheet holds, cell by cell (docs/design.md §5), shared by the add-in
 * (src/excel) and the command line (src/cli) so both write the same sheet; each adapter only
 * places it. Income and expense sit next to the category so the chart's source is one
 * contiguous range (categories + two series). Its words come from the catalogue
 * (messages/<language>/summary.ts) in the language of the `locale` each function takes: the
 * pane's language in the add-in, English by default (design.md §23).
 */
import type { CategorySummary, CellValue, SummaryLine } from "./types";
import { textIn, UI_LANGUAGES, type MessageId } from "./messages";
import { DEFAULT_LOCALE } from "./locale-numbers";
import { UNCATEGORIZED } from "./summary";
import { trackedColumnsOf, type TrackedColumn } from "./summary-tracked";

const HEADING_IDS: readonly MessageId[] = [
  "summary-heading-category",
  "summary-heading-income",
  "summary-heading-expense",
  "summary-heading-net",
  "summary-heading-margin",
  "summary-heading-records",
  "summary-heading-serialized-records",
  "summary-heading-aggregated-records",
  "summary-heading-units",
  "summary-heading-income-per-unit",
];

/**
 * The table's column headings in `locale`'s language, left to right.
 *
 * @example summaryHeadings("de-DE")[1] // "Einnahmen"
 */
export function summaryHeadings(locale: string = DEFAULT_LOCALE): string[] {
  return HEADING_IDS.map((id) => textIn(locale, id));
}

/** The table's column headings in English, left to right. */
export const SUMMARY_HEADERS: readonly string[] = summaryHeadings();

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

/**
 * The table's headings for this summary in `locale`'s language: `summaryHeadings`, then
 * `Stock value (List price)` per per-unit column, then the availability and return columns it tracks.
 */
export function summaryHeadersOf(summary: CategorySummary, locale: string = DEFAULT_LOCALE): string[] {
  const stock = stockValueColumns(summary).map((column) => textIn(locale, "summary-stock-value-header", { column }));
  return [...summaryHeadings(locale), ...stock, ...trackedColumnsOf(summary).map((c) => textIn(locale, c.heading))];
}

/** 0-based table columns of the tracked columns of `kind` (trackedColumnsOf), after the stock values. */
function trackedIndexes(summary: CategorySummary, kind: TrackedColumn["kind"]): number[] {
  const first = SUMMARY_HEADERS.length + stockValueColumns(summary).length;
  return trackedColumnsOf(summary).flatMap((c, i) => (c.kind === kind ? [first + i] : []));
}

/** 0-based table columns holding money for this summary: SUMMARY_MONEY_COLUMNS, the stock values and the purchase value. */
export function summaryMoneyColumnsOf(summary: CategorySummary): number[] {
  return [...SUMMARY_MONEY_COLUMNS, ...stockValueColumns(summary).map((_, i) => SUMMARY_HEADERS.length + i), ...trackedIndexes(summary, "money")];
}

/** 0-based table columns written as percentages (MARGIN_FORMAT): the margin, and availability, utilisation and return when tracked. */
export function summaryPercentColumnsOf(summary: CategorySummary): number[] {
  return [SUMMARY_MARGIN_COLUMN, ...trackedIndexes(summary, "percent")];
}

/** The 0-based table column of Available (Out and Unavailable follow it), when the summary tracks availability. */
export function availabilityColumnOf(summary: CategorySummary): number | undefined {
  return summary.tracks?.availability ? SUMMARY_HEADERS.length + stockValueColumns(summary).length : undefined;
}

/**
 * One table row in SUMMARY_HEADERS order: the category, then the numbers (empty where undefined),
 * then the stock value of each of `stock` (the `stockValueColumns`; empty when unknown), then
 * the `tracked` columns (trackedColumnsOf; empty where a ratio has no divisor).
 */
export function summaryLineCells(line: SummaryLine, stock: readonly string[] = [], tracked: readonly TrackedColumn[] = []): CellValue[] {
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
  for (const column of tracked) cells.push(column.value(line) ?? "");
  return cells;
}

const LABEL_IDS: readonly MessageId[] = ["summary-label-source-sheet", "summary-label-rows-counted", "summary-label-rows-excluded", "summary-label-created"];

/**
 * The table's rows in `locale`'s language: a line per category (`summaryLineCells`), the line
 * without a category (always last) named in that language, and the totals line.
 */
export function summaryTableCells(summary: CategorySummary, locale: string = DEFAULT_LOCALE): { lines: CellValue[][]; totals: CellValue[] } {
  const stock = stockValueColumns(summary);
  const tracked = trackedColumnsOf(summary);
  const last = summary.categories.length - 1;
  const lines = summary.categories.map((line, i) =>
    summaryLineCells(i === last && line.category === UNCATEGORIZED ? { ...line, category: textIn(locale, "summary-line-uncategorized") } : line, stock, tracked));
  return { lines, totals: summaryLineCells({ ...summary.totals, category: textIn(locale, "summary-line-total") }, stock, tracked) };
}

/**
 * The title block, one entry per TITLE_ROWS row: labels for column A in `locale`'s language,
 * values for column B (none beside the title). `created` is the time as the writer stores it
 * (a serial in Excel, a Date for exceljs).
 */
export function titleBlock<Created>(
  title: string,
  sourceSheet: string,
  summary: CategorySummary,
  created: Created,
  locale: string = DEFAULT_LOCALE,
): { labels: string[]; values: ("" | string | number | Created)[] } {
  return {
    labels: [title, ...LABEL_IDS.map((id) => textIn(locale, id))],
    values: ["", sourceSheet, summary.countedRows, summary.excludedRows, created],
  };
}

const percents = new Map<string, Intl.NumberFormat>();

function percentIn(locale: string): Intl.NumberFormat {
  let format = percents.get(locale);
  if (!format) percents.set(locale, (format = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 })));
  return format;
}

/**
 * The margin as the pane and the command line print it: a grouped percentage with one decimal
 * (MARGIN_FORMAT's precision) as `locale` writes it, empty without income. The sign shows only
 * when the rounded value is not zero: a loss of 0.04% prints `0.0%`, not `-0.0%`; it is the
 * locale's own minus (U+2212 in fi-FI and sv-SE).
 *
 * @example marginText(-0.0004) // "0.0%"
 * @example marginText(0.125, "de-DE") // "12,5 %"
 */
export function marginText(margin: number | null, locale: string = DEFAULT_LOCALE): string {
  if (margin === null || !Number.isFinite(margin)) return "";
  const format = percentIn(locale);
  const size = format.format(Math.abs(margin));
  if (!(margin < 0 && /[1-9]/.test(size))) return size;
  return format.formatToParts(-1).find((p) => p.type === "minusSign")?.value + size;
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

/** The English default of the `summarySheetName` setting: a workbook that kept it gets the name in the pane's language. */
const DEFAULT_SUMMARY_NAME = textIn(DEFAULT_LOCALE, "summary-sheet-name");

/**
 * The base name of a summary in `locale`'s language: the setting when the user chose a name of
 * their own, else the catalogue's name (`Varastoyhteenveto` in fi-FI).
 *
 * @example summaryBaseName("Inventory summary", "de-DE") // "Bestandsübersicht"
 */
export function summaryBaseName(setting: string, locale: string = DEFAULT_LOCALE): string {
  return setting === DEFAULT_SUMMARY_NAME ? textIn(locale, "summary-sheet-name") : setting;
}

/**
 * Every name a summary of ours may bear whatever language it was made in: `summaryNames` of the
 * base name in each language the add-in speaks (of the user's own name only, when they chose one).
 */
export function summaryNamesInEveryLanguage(setting: string): string[] {
  const bases = new Set(UI_LANGUAGES.map((language) => summaryBaseName(setting, language)));
  return [...bases].flatMap(summaryNames);
}

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
