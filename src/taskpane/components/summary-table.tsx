/** The category summary as a table with a totals row; scrolls sideways in a narrow pane. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import {
  marginText, SUMMARY_HEADERS, stockValueColumns, summaryHeadersOf, trackedColumnsOf, type CategorySummary, type MessageId, type SummaryLine, type TrackedColumn,
} from "../../core";
import { useFormat } from "../format";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

type Format = ReturnType<typeof useFormat>;

interface Column {
  key: string;
  title: string;
  value: (line: SummaryLine, decimals: number, format: Format) => string;
}

/** Same order as the summary sheet: the money an operator looks for first fits a 320 px pane. */
const fixed: { title: MessageId; value: Column["value"] }[] = [
  { title: "pane-summary-income", value: (l, d, f) => f.money(l.income, d) },
  { title: "pane-summary-expense", value: (l, d, f) => f.money(l.expense, d) },
  { title: "pane-summary-net", value: (l, d, f) => f.money(l.net, d) },
  { title: "pane-summary-margin", value: (l) => marginText(l.margin) },
  { title: "pane-summary-records", value: (l, _d, f) => f.count(l.records) },
  { title: "pane-summary-serialized", value: (l, _d, f) => f.count(l.serializedRecords) },
  { title: "pane-summary-aggregated", value: (l, _d, f) => f.count(l.aggregatedRecords) },
  { title: "pane-summary-units", value: (l, _d, f) => f.count(l.units) },
  { title: "pane-summary-income-per-unit", value: (l, d, f) => (l.incomePerUnit === null ? "" : f.money(l.incomePerUnit, d)) },
];

/** A tracked column's number: units as counts, ratios as percentages and the purchase value as money, in the workbook's number culture. */
function trackedValue(column: TrackedColumn): Column["value"] {
  return (line, decimals, format) => {
    const value = column.value(line);
    if (value === null) return "";
    return column.kind === "count" ? format.count(value) : column.kind === "money" ? format.money(value, decimals) : marginText(value, format.locale);
  };
}

/**
 * The fixed columns, then a stock value column per per-unit column (issue 13), titled as on the
 * summary sheet, then the availability and return columns the summary tracks (issue 16).
 */
function columnsOf(summary: CategorySummary, t: (id: MessageId) => string): Column[] {
  const titles = summaryHeadersOf(summary).slice(SUMMARY_HEADERS.length);
  const stock = stockValueColumns(summary).map((key, i) => ({
    key: `stock-${key}`,
    title: titles[i],
    value: (l: SummaryLine, d: number, f: Format) => {
      const v = l.stockValue?.[key];
      return v === null || v === undefined ? "" : f.money(v, d);
    },
  }));
  const tracked = trackedColumnsOf(summary).map((column) => ({ key: column.heading, title: t(column.heading), value: trackedValue(column) }));
  return [...fixed.map((column) => ({ key: column.title, title: t(column.title), value: column.value })), ...stock, ...tracked];
}

function Line({ line, decimals, total, columns }: { line: SummaryLine; decimals: number; total?: boolean; columns: Column[] }) {
  const styles = usePaneStyles();
  const t = useText();
  const format = useFormat();
  return (
    <TableRow>
      <TableCell className={styles.categoryCell}>{total ? <strong>{t("summary-line-total")}</strong> : line.category}</TableCell>
      {columns.map((column) => (
        <TableCell key={column.key} className={styles.numeric}>
          {total ? <strong>{column.value(line, decimals, format)}</strong> : column.value(line, decimals, format)}
        </TableCell>
      ))}
    </TableRow>
  );
}

export function SummaryTable({ summary, decimals }: { summary: CategorySummary; decimals: number }) {
  const styles = usePaneStyles();
  const t = useText();
  const shown = columnsOf(summary, t);
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={t("pane-summary-region")}>
      <Table size="small" aria-label={t("pane-summary-table")} className={styles.wideTable}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.categoryCell}>{t("pane-summary-category")}</TableHeaderCell>
            {shown.map((column) => (
              <TableHeaderCell key={column.key} className={styles.numeric}>
                {column.title}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.categories.map((line, index) => (
            <Line key={`${line.category}-${index}`} line={line} decimals={decimals} columns={shown} />
          ))}
          <Line line={summary.totals} decimals={decimals} total columns={shown} />
        </TableBody>
      </Table>
    </div>
  );
}
