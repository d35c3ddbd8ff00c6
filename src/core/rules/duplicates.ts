/** `codes-duplicate`: a code held by more than one row, reported on every row holding it. */
import type { CodeTable } from "../code-table";
import { describeValue, excelRow } from "../cells";
import type { IssueValues, RuleContext } from "./context";

/** Reports every duplicated code; calls `markInvalid(row)` for each row holding one. */
export function checkDuplicates(ctx: RuleContext, table: CodeTable, column: number, markInvalid: (row: number) => void): void {
  const origin = ctx.settings.origin;
  for (let k = 0; k < table.size; k++) {
    const count = table.rowsOf(k);
    if (count < 2) continue;
    const rows = table.rowList(k);
    const code = describeValue(table.textOf(k));
    for (const row of rows) {
      // The first three other rows, as Excel labels them; the rest are counted as `more`.
      const others: string[] = [];
      for (let i = 0; i < rows.length && others.length < 3; i++) if (rows[i] !== row) others.push(String(excelRow(rows[i], origin)));
      const values: IssueValues = { cell: ctx.at(row, column), code, others: count - 1, row1: others[0] };
      if (others.length > 1) values.row2 = others[1];
      if (others.length > 2) values.row3 = others[2];
      if (count - 1 > others.length) values.more = count - 1 - others.length;
      ctx.add("codes-duplicate", "error", row, column, "issue-codes-duplicate", values);
      markInvalid(row);
    }
  }
}
