/** What a sheet keeps as areas rather than per cell (conditional formats, data validation), moved with inserted/deleted rows. */
import type { Rect } from "./a1";
import { shiftCfs } from "./conditional-formats";
import { shiftValidation } from "./data-validation";
import type { SheetModel } from "./model";

export function shiftSheetAreas(sheet: SheetModel, at: Rect, delta: number): void {
  shiftCfs(sheet, at, delta);
  shiftValidation(sheet, at, delta);
}
