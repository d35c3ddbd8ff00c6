/** What a sheet keeps as areas rather than per cell (conditional formats), moved with inserted/deleted rows. */
import type { Rect } from "./a1";
import { shiftCfs } from "./conditional-formats";
import type { SheetModel } from "./model";

export function shiftSheetAreas(sheet: SheetModel, at: Rect, delta: number): void {
  shiftCfs(sheet, at, delta);
}
