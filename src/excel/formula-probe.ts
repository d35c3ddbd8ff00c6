/**
 * Whether a rectangle of a sheet holds formulas (docs/design.md §25). Excel sends no change event
 * for a cell a formula recalculates, so live check keeps no index over a grid with formulas.
 * Queued only: the answer rides on the caller's next sync.
 */
import type { Rect } from "./addresses";
import { isExcelApiSupported } from "./office-run";

/** Queues the probe; after the sync, the result says true when some cell of `rect` holds a formula, or when Excel cannot tell (ExcelApi 1.9 missing). */
export function queueFormulaProbe(context: Excel.RequestContext, sheetKey: string, rect: Rect): () => boolean {
  if (!isExcelApiSupported("1.9")) return () => true;
  const range = context.workbook.worksheets.getItem(sheetKey).getRangeByIndexes(rect.row, rect.column, Math.max(rect.rows, 1), Math.max(rect.columns, 1));
  const found = range.getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas).load("isNullObject");
  return () => !found.isNullObject;
}

/** Whether formulas can be probed at all (ExcelApi 1.9): where not, a grid may hold formulas nobody can see. */
export function canProbeFormulas(): boolean {
  return isExcelApiSupported("1.9");
}
