/** The one cell a note or comment method names: a Range, or an address string ("C5", "Stock!C5"). */
import { parseRect, splitSheet, type Rect } from "./a1";
import type { SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel, Workbook } from "./model";
import { singleCell } from "./cell-items";

/** A Range proxy, as far as these methods need it. */
export interface CellRangeLike { _target(tx: SyncTx): { sheet: SheetModel; rect: Rect } }

/**
 * Where a collection looks: one sheet (`Worksheet.notes`) or the whole workbook (`Workbook.notes`).
 * `sheetId` is null for the workbook.
 */
export type Scope = (tx: SyncTx) => { wb: Workbook; sheets: SheetModel[]; sheetId: string | null };

/**
 * The sheet and cell key of `cell`. A bare address ("C5") names a cell of the collection's sheet;
 * on the workbook's collection, or where `needSheet` (comments: "it must contain the full address,
 * including the sheet name"), it must name the sheet.
 */
export function cellOf(tx: SyncTx, scope: Scope, cell: CellRangeLike | string, api: string, needSheet: boolean):
  { sheet: SheetModel; key: number } {
  const { wb, sheets, sheetId } = scope(tx);
  if (typeof cell !== "string") {
    const { sheet, rect } = cell._target(tx);
    if (sheetId && sheet.id !== sheetId) throw officeError(ErrorCode.invalidArgument, "The cell is on another worksheet.", api);
    return { sheet, key: singleCell(rect, api) };
  }
  let parts: { sheet: string | null; cells: string };
  let rect: Rect;
  try {
    parts = splitSheet(cell);
    rect = parseRect(parts.cells);
  } catch {
    throw officeError(ErrorCode.invalidArgument, `'${cell}' is not a cell address.`, api);
  }
  if (!parts.sheet && (needSheet || !sheetId)) {
    throw officeError(ErrorCode.invalidArgument, `'${cell}' must name its worksheet ("Sheet1!A1").`, api);
  }
  const sheet = parts.sheet ? wb.sheetByName(parts.sheet) : sheets[0];
  if (!sheet || (sheetId && sheet.id !== sheetId)) {
    throw officeError(ErrorCode.invalidArgument, `'${cell}' is not a cell of this collection's worksheet.`, api);
  }
  return { sheet, key: singleCell(rect, api) };
}
