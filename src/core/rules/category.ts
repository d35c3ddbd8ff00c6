/** `category-missing`: the table has a category column but this row's cell is empty. */
import type { CellValue } from "../types";
import type { RuleContext } from "./context";

export function checkCategory(ctx: RuleContext, value: CellValue, row: number, column: number): void {
  if (value === "" || value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    ctx.add("category-missing", "warning", row, column, "issue-category-missing", { cell: ctx.at(row, column) });
  }
}
