/** Range.copyFrom on the model: values, formulas (references shifted), formats. */
import { colsOf, formatRect, MAX_COLS, MAX_ROWS, rowsOf, type Rect } from "./a1";
import { assertWritable, cellValue, readBlock } from "./cell-ops";
import type { SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import { shiftFormula, UNEVALUATED } from "./formulas";
import type { Cell, SheetModel } from "./model";
import { copyCellItems } from "./cell-items";
import { copyCfs } from "./conditional-formats";

export type CopyType = "All" | "Formulas" | "Values" | "Formats";

/** Range.copyFrom: the source block (tiled when the target is a multiple of it). */
export function copyCells(tx: SyncTx, src: { sheet: SheetModel; rect: Rect }, dst: { sheet: SheetModel; rect: Rect },
  type: CopyType, skipBlanks: boolean): Rect {
  const wb = tx.ctx.host.wb;
  assertWritable(wb, dst.sheet);
  const sr = rowsOf(src.rect), sc = colsOf(src.rect);
  const tileR = rowsOf(dst.rect) % sr === 0 ? rowsOf(dst.rect) / sr : 1;
  const tileC = colsOf(dst.rect) % sc === 0 ? colsOf(dst.rect) / sc : 1;
  const target: Rect = { r0: dst.rect.r0, c0: dst.rect.c0, r1: dst.rect.r0 + sr * tileR - 1, c1: dst.rect.c0 + sc * tileC - 1 };
  if (target.r1 >= MAX_ROWS || target.c1 >= MAX_COLS) {
    throw officeError(ErrorCode.invalidArgument, "The copy would go past the edge of the worksheet.", "Range.copyFrom");
  }
  // Read the whole source first: source and target may overlap.
  const cells = readBlock(src.sheet, src.rect, (r, c) => ({ ...wb.cellAt(src.sheet, r, c), value: cellValue(wb, src.sheet, r, c) }));
  for (let tr = 0; tr < tileR; tr++) {
    for (let tc = 0; tc < tileC; tc++) {
      for (let i = 0; i < sr; i++) {
        for (let j = 0; j < sc; j++) {
          const from = cells[i][j];
          if (skipBlanks && from.f === undefined && (from.v === "" || from.v === null || from.v === undefined)) continue;
          const r = target.r0 + tr * sr + i, c = target.c0 + tc * sc + j;
          const dRows = r - (src.rect.r0 + i), dCols = c - (src.rect.c0 + j);
          const old = wb.cellAt(dst.sheet, r, c);
          const formula = from.f === undefined ? undefined : shiftFormula(from.f, dRows, dCols);
          const v = formula !== undefined && formula !== from.f ? UNEVALUATED : from.v; // cached value is stale once moved
          const next: Cell =
            type === "All" ? { v, f: formula, n: from.n, s: from.s } :
            type === "Formulas" ? { v, f: formula, n: old.n, s: old.s } :
            type === "Values" ? { v: from.value, f: undefined, n: old.n, s: old.s } :
            { v: old.v, f: old.f, n: from.n, s: from.s };
          wb.setCell(dst.sheet, r, c, next);
        }
      }
    }
  }
  if (type === "All") copyCellItems(wb, src, { sheet: dst.sheet, rect: target });
  if (type === "All" || type === "Formats") copyCfs(wb, src, { sheet: dst.sheet, target });
  if (type !== "Formats") tx.changes.push({ sheetId: dst.sheet.id, address: formatRect(target), changeType: "RangeEdited" });
  return target;
}
