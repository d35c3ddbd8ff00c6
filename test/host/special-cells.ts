/** Range.getSpecialCells (ExcelApi 1.9): the formula or constant cells of a rectangle, as rectangles. */
import type { Rect } from "./a1";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel } from "./model";

const SUPPORTED = new Set(["Formulas", "Constants"]);

/** Throws NotImplemented for what the host does not model: only "Formulas" and "Constants", every value type. */
export function checkSpecialCellType(cellType: string, cellValueType: string | undefined, api: string): void {
  if (!SUPPORTED.has(cellType)) {
    throw officeError(ErrorCode.notImplemented, `The test host supports getSpecialCells("Formulas" | "Constants") only (got "${cellType}").`, api);
  }
  if (cellValueType !== undefined && cellValueType !== "All") {
    throw officeError(ErrorCode.notImplemented, `The test host supports getSpecialCells without a cell value type (or "All") only (got "${cellValueType}").`, api);
  }
}

/** The cells of `rect` that hold a formula ("Formulas") or a non-empty constant ("Constants"): runs across a row, then equal runs of consecutive rows merged. */
export function specialCellRects(sheet: SheetModel, rect: Rect, cellType: string): Rect[] {
  const wanted = (r: number, c: number): boolean => {
    const row = sheet.rows[r];
    if (!row) return false;
    const formula = row.f?.[c];
    if (cellType === "Formulas") return formula !== undefined;
    const v = row.v[c];
    return formula === undefined && v !== undefined && v !== null && v !== "";
  };
  const done: Rect[] = [];
  let open: Rect[] = [];
  const lastRow = Math.min(rect.r1, sheet.rows.length - 1);
  for (let r = rect.r0; r <= lastRow; r++) {
    const runs = rowRuns(r, rect, (c) => wanted(r, c), sheet.rows[r]);
    const next: Rect[] = [];
    for (const run of runs) {
      const above = open.find((o) => o.c0 === run.c0 && o.c1 === run.c1 && o.r1 === r - 1);
      if (above) {
        above.r1 = r;
        next.push(above);
      } else next.push(run);
    }
    done.push(...open.filter((o) => !next.includes(o)));
    open = next;
  }
  done.push(...open);
  return done.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

function rowRuns(r: number, rect: Rect, wanted: (c: number) => boolean, row: SheetModel["rows"][number]): Rect[] {
  if (!row) return [];
  const width = Math.max(row.v.length, row.f?.length ?? 0);
  const runs: Rect[] = [];
  for (let c = rect.c0; c <= Math.min(rect.c1, width - 1); c++) {
    if (!wanted(c)) continue;
    const last = runs[runs.length - 1];
    if (last && last.c1 === c - 1) last.c1 = c;
    else runs.push({ r0: r, r1: r, c0: c, c1: c });
  }
  return runs;
}
