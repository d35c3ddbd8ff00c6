/** `codes-duplicate`: a code held by more than one row, reported on every row holding it. */
import type { CodeTable } from "../code-table";
import { describeValue, excelRow } from "../cells";
import type { RuleContext } from "./context";

/** The other rows a message names (`row1` … `row3`); the rest are counted as `more`. */
const NAMED_ROWS = ["row1", "row2", "row3"] as const;

/** Reports every duplicated code; calls `markInvalid(row)` for each row holding one. */
export function checkDuplicates(ctx: RuleContext, table: CodeTable, column: number, markInvalid: (row: number) => void): void {
  const origin = ctx.settings.origin;
  for (let k = 0; k < table.size; k++) {
    const count = table.rowsOf(k);
    if (count < 2) continue;
    const rows = table.rowList(k);
    const code = describeValue(table.textOf(k));
    for (const row of rows) {
      const values: Record<string, string | number> = { code, others: count - 1 };
      let named = 0;
      for (let i = 0; i < rows.length && named < NAMED_ROWS.length; i++) {
        if (rows[i] !== row) values[NAMED_ROWS[named++]] = String(excelRow(rows[i], origin));
      }
      if (count - 1 > named) values.more = count - 1 - named;
      ctx.add("codes-duplicate", "error", row, column, "issue-codes-duplicate", values);
      markInvalid(row);
    }
  }
}
