/** `cell-error`: an Excel error value (`#N/A`, `#REF!`, …) in a mapped column. */
import type { CellValue } from "../types";
import { isExcelError } from "../cells";
import type { RuleContext } from "./context";

/** Reports an Excel error value; true when the cell held one (other rules then skip it). */
export function checkCellError(ctx: RuleContext, value: CellValue, row: number, column: number, what: string): boolean {
  if (typeof value !== "string" || value.charCodeAt(0) !== 35 || !isExcelError(value)) return false;
  ctx.add("cell-error", "error", row, column, `the ${what} cell holds the Excel error ${value}`);
  return true;
}
