/** `cell-error`: an Excel error value (`#N/A`, `#REF!`, …) in a mapped column. */
import type { CellValue, Role } from "../types";
import { isExcelError } from "../cells";
import type { RuleContext } from "./context";

/** Reports an Excel error value in the `role` column; true when the cell held one (other rules then skip it). */
export function checkCellError(ctx: RuleContext, value: CellValue, row: number, column: number, role: Role): boolean {
  if (typeof value !== "string" || value.charCodeAt(0) !== 35 || !isExcelError(value)) return false;
  ctx.add("cell-error", "error", row, column, "issue-cell-error", { cell: ctx.at(row, column), role, value });
  return true;
}
