/** `codes-duplicate`: a code held by more than one row, reported on every row holding it. */
import type { CodeTable } from "../code-table";
import { describeValue, excelRow } from "../cells";
import type { RuleContext } from "./context";

const NAMED_ROWS = 3;

/** Reports every duplicated code; calls `markInvalid(row)` for each row holding one. */
export function checkDuplicates(ctx: RuleContext, table: CodeTable, column: number, markInvalid: (row: number) => void): void {
  const origin = ctx.settings.origin;
  for (let k = 0; k < table.size; k++) {
    const count = table.rowsOf(k);
    if (count < 2) continue;
    const rows = table.rowList(k);
    const code = describeValue(table.textOf(k));
    for (const row of rows) {
      const others: number[] = [];
      for (let i = 0; i < rows.length && others.length < NAMED_ROWS; i++) if (rows[i] !== row) others.push(excelRow(rows[i], origin));
      const more = count - 1 - others.length;
      const list = more > 0 ? `${others.join(", ")} and ${more} more` : others.length > 1
        ? `${others.slice(0, -1).join(", ")} and ${others[others.length - 1]}` : String(others[0]);
      ctx.add("codes-duplicate", "error", row, column, `code ${code} is also in row${count > 2 ? "s" : ""} ${list}`);
      markInvalid(row);
    }
  }
}
