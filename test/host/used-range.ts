/**
 * `Range.getUsedRange(valuesOnly)` as Excel answers it: the smallest range that holds every used
 * cell *inside* the range (a value or formula; with valuesOnly false also a format), not the
 * sheet's used range cut to the range. `getRange("A:F").getUsedRange(true)` on a sheet with data
 * in A1:F100 and a stray value at XFD4000 is A1:F100 ("Range.getUsedRange" doc comment in
 * @types/office-js: "the used range of the given range object").
 */
import type { Rect } from "./a1";
import type { Row, SheetModel } from "./model";

function isUsed(row: Row, c: number, valuesOnly: boolean): boolean {
  const v = row.v[c];
  if (v !== undefined && v !== "" && v !== null) return true;
  if (row.f?.[c] !== undefined) return true;
  return !valuesOnly && ((row.n?.[c] !== undefined && row.n[c] !== "General") || row.s?.[c] !== undefined);
}

/** Bounding box of the used cells of `sheet` inside `within`, or null when there are none. */
export function usedRectWithin(sheet: SheetModel, valuesOnly: boolean, within: Rect): Rect | null {
  let r0 = -1, r1 = -1, c0 = Infinity, c1 = -1;
  const last = Math.min(within.r1, sheet.rows.length - 1);
  for (let r = within.r0; r <= last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const width = Math.max(row.v.length, row.f?.length ?? 0, valuesOnly ? 0 : Math.max(row.n?.length ?? 0, row.s?.length ?? 0));
    const to = Math.min(within.c1, width - 1);
    for (let c = within.c0; c <= to; c++) {
      if (!isUsed(row, c, valuesOnly)) continue;
      if (r0 < 0) r0 = r;
      r1 = r;
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
  }
  return r0 < 0 ? null : { r0, r1, c0, c1 };
}
