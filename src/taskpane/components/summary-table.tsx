/** The category summary as a table with a totals row; scrolls sideways in a narrow pane. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { marginText, SUMMARY_HEADERS, stockValueColumns, summaryHeadersOf, type CategorySummary, type SummaryLine } from "../../core";
import { formatCount, formatMoney } from "../format";
import { usePaneStyles } from "../styles";

interface Column {
  title: string;
  value: (line: SummaryLine, decimals: number) => string;
}

/** Same order as the summary sheet: the money an operator looks for first fits a 320 px pane. */
const columns: Column[] = [
  { title: "Income", value: (l, d) => formatMoney(l.income, d) },
  { title: "Expense", value: (l, d) => formatMoney(l.expense, d) },
  { title: "Net", value: (l, d) => formatMoney(l.net, d) },
  { title: "Margin", value: (l) => marginText(l.margin) },
  { title: "Records", value: (l) => formatCount(l.records) },
  { title: "Serialized", value: (l) => formatCount(l.serializedRecords) },
  { title: "Aggregated", value: (l) => formatCount(l.aggregatedRecords) },
  { title: "Units", value: (l) => formatCount(l.units) },
  { title: "Income per unit", value: (l, d) => (l.incomePerUnit === null ? "" : formatMoney(l.incomePerUnit, d)) },
];

/** The fixed columns, then a stock value column per per-unit column (issue 13), titled as on the summary sheet. */
function columnsOf(summary: CategorySummary): Column[] {
  const titles = summaryHeadersOf(summary).slice(SUMMARY_HEADERS.length);
  const stock = stockValueColumns(summary).map((key, i) => ({
    title: titles[i],
    value: (l: SummaryLine, d: number) => {
      const v = l.stockValue?.[key];
      return v === null || v === undefined ? "" : formatMoney(v, d);
    },
  }));
  return [...columns, ...stock];
}

function Line({ line, decimals, total, columns }: { line: SummaryLine; decimals: number; total?: boolean; columns: Column[] }) {
  const styles = usePaneStyles();
  return (
    <TableRow>
      <TableCell className={styles.categoryCell}>{total ? <strong>Total</strong> : line.category}</TableCell>
      {columns.map((column) => (
        <TableCell key={column.title} className={styles.numeric}>
          {total ? <strong>{column.value(line, decimals)}</strong> : column.value(line, decimals)}
        </TableCell>
      ))}
    </TableRow>
  );
}

export function SummaryTable({ summary, decimals }: { summary: CategorySummary; decimals: number }) {
  const styles = usePaneStyles();
  const shown = columnsOf(summary);
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label="Category summary table (scrolls sideways)">
      <Table size="small" aria-label="Category summary" className={styles.wideTable}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.categoryCell}>Category</TableHeaderCell>
            {shown.map((column) => (
              <TableHeaderCell key={column.title} className={styles.numeric}>
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
