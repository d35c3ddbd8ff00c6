/**
 * `codes-duplicate`: a code held by more than one row, reported on every row holding it. With a
 * scope (`codesUniqueWithin`, design.md §17) only rows of the same part count as duplicates.
 */
import type { CodeTable } from "../code-table";
import { describeValue, excelRow } from "../cells";
import type { IssueValues, RuleContext } from "./context";

/** Reports every duplicated code; calls `markInvalid(row)` for each row holding one. */
export function checkDuplicates(
  ctx: RuleContext, table: CodeTable, column: number, markInvalid: (row: number) => void, scope?: (row: number) => string,
): void {
  for (let k = 0; k < table.size; k++) {
    if (table.rowsOf(k) < 2) continue;
    const code = describeValue(table.textOf(k));
    for (const rows of scope ? byPart(table.rowList(k), scope) : [table.rowList(k)]) {
      if (rows.length < 2) continue;
      reportDuplicate(ctx, rows, column, code);
      for (const row of rows) markInvalid(row);
    }
  }
}

/** `codes-duplicate` on each of `rows` (ascending, two or more) holding the code shown as `code`. */
export function reportDuplicate(ctx: RuleContext, rows: readonly number[], column: number, code: string): void {
  for (const row of rows) ctx.add("codes-duplicate", "error", row, column, "issue-codes-duplicate", duplicateValues(ctx, rows, row, column, code));
}

/** The rows grouped by their part, in row order. */
function byPart(rows: readonly number[], scope: (row: number) => string): number[][] {
  const parts = new Map<string, number[]>();
  for (const row of rows) {
    const key = scope(row);
    const list = parts.get(key);
    if (list) list.push(row);
    else parts.set(key, [row]);
  }
  return [...parts.values()];
}

function duplicateValues(ctx: RuleContext, rows: readonly number[], row: number, column: number, code: string): IssueValues {
  const origin = ctx.settings.origin;
  const count = rows.length;
  // The first three other rows, as Excel labels them; the rest are counted as `more`.
  const others: string[] = [];
  for (let i = 0; i < rows.length && others.length < 3; i++) if (rows[i] !== row) others.push(String(excelRow(rows[i], origin)));
  const values: IssueValues = { cell: ctx.at(row, column), code, others: count - 1, row1: others[0] };
  if (others.length > 1) values.row2 = others[1];
  if (others.length > 2) values.row3 = others[2];
  if (count - 1 > others.length) values.more = count - 1 - others.length;
  return values;
}
