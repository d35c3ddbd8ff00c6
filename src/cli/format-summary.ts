import { DEFAULT_LOCALE, marginText, stockValueColumns, summaryHeadersOf, trackedColumnsOf, type CategorySummary, type SummaryLine, type TrackedKind } from "../core";
import { alignColumns, terminalText } from "./terminal-text";
import { frameIn } from "./cli-lang";

/**
 * The summary as an aligned text table (the summary sheet's columns) with a totals row under a
 * rule. Money, counts and the margin are written as `locale` writes numbers (`1 234,50` in fi-FI);
 * headings that come from the catalogue in `lang`. A summary that tracks availability or a
 * purchase value adds those columns at the right (units as counts, ratios as the margin is).
 */
export function formatSummary(where: string, summary: CategorySummary, decimals: number, locale: string = DEFAULT_LOCALE, lang = "en"): string {
  const money = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const count = new Intl.NumberFormat(locale);
  const margin = locale === DEFAULT_LOCALE ? marginText : localMargin(locale);
  const stock = stockValueColumns(summary);
  const tracked = trackedColumnsOf(summary);
  const write: Record<TrackedKind, (value: number) => string> = { count: (v) => count.format(v), percent: margin, money: (v) => money.format(v) };
  const cells = (line: SummaryLine): string[] => [
    terminalText(line.category, 40),
    money.format(line.income),
    money.format(line.expense),
    money.format(line.net),
    margin(line.margin),
    count.format(line.records),
    count.format(line.serializedRecords),
    count.format(line.aggregatedRecords),
    count.format(line.units),
    line.incomePerUnit === null ? "" : money.format(line.incomePerUnit),
    ...stock.map((column) => {
      const value = line.stockValue?.[column];
      return value === null || value === undefined ? "" : money.format(value);
    }),
    ...tracked.map((column) => {
      const value = column.value(line);
      return value === null ? "" : write[column.kind](value);
    }),
  ];
  const headers = summaryHeadersOf(summary, lang).map((h) => terminalText(h, 60));
  const rows = [headers, ...summary.categories.map(cells), cells(summary.totals)];
  const right = headers.map((_, i) => i > 0);
  const laid = alignColumns(rows, right);
  const rule = "-".repeat(Math.max(...laid.map((l) => l.length)));
  const body = [laid[0], rule, ...laid.slice(1, -1), rule, laid[laid.length - 1]];
  const left = summary.excludedRows;
  const excluded = left ? frameIn(lang, "cli-summary-excluded", { count: left }, `; ${count.format(left)} ${left === 1 ? "row" : "rows"} with errors excluded (run check to see them)`) : "";
  const counted = summary.countedRows;
  const english = `${where}: ${count.format(counted)} ${counted === 1 ? "row" : "rows"} counted${excluded}`;
  return [frameIn(lang, "cli-summary-headline", { where, count: counted, excluded }, english), "", ...body].join("\n");
}

/** marginText's rule (one decimal, no sign on a rounded zero) in the locale's percent notation (`12,5 %`). */
function localMargin(locale: string): (margin: number | null) => string {
  const percent = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (margin) => {
    if (margin === null || !Number.isFinite(margin)) return "";
    const size = percent.format(Math.abs(margin));
    return margin < 0 && /[1-9]/.test(size) ? `${percent.formatToParts(-1).find((p) => p.type === "minusSign")?.value ?? "-"}${size}` : size;
  };
}

const AVAILABILITY_FIELDS = ["availableUnits", "outUnits", "unavailableUnits", "availability", "utilisation"] as const;
const RETURN_FIELDS = ["purchaseValue", "returnOnPurchase"] as const;

/**
 * The summary as `--json` prints it: the engine's, less the availability fields when it does not
 * track availability and the purchase fields when it does not track a purchase value, so the JSON
 * of a table with neither column is what it was before issue 16. Ratios without a divisor stay null.
 */
export function summaryJson(summary: CategorySummary): CategorySummary {
  const dropped = [...(summary.tracks?.availability ? [] : AVAILABILITY_FIELDS), ...(summary.tracks?.purchase ? [] : RETURN_FIELDS)];
  if (dropped.length === 0) return summary;
  const trim = (line: SummaryLine): SummaryLine => {
    const kept: Partial<SummaryLine> = { ...line };
    for (const field of dropped) delete kept[field];
    return kept as SummaryLine;
  };
  return { ...summary, categories: summary.categories.map(trim), totals: trim(summary.totals) };
}
