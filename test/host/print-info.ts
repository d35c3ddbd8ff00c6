/** What `TestHost.shapes` and `TestHost.printSetup` report of a sheet's print model (no sync, no load). */
import { columnName } from "./a1";
import type { SheetModel } from "./model";
import type { PrintSetupInfo, ShapeInfo } from "./types";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, printOf } from "./worksheet-print";

/** Sizes of lines 0 … last set, defaults between. */
function sizes(set: Record<number, number>, fallback: number): number[] {
  const last = Math.max(-1, ...Object.keys(set).map(Number));
  return Array.from({ length: last + 1 }, (_, i) => set[i] ?? fallback);
}

/** The line (column or row) holding `at` points from the sheet's edge; a point on a border belongs to the line after it. */
function lineAt(set: Record<number, number>, fallback: number, at: number): number {
  let edge = 0;
  for (let i = 0; ; i++) {
    edge += set[i] ?? fallback;
    // A hundredth of a point: positions computed in floating point land on the border.
    if (at < edge - 0.01) return i;
  }
}

export function shapeInfo(sheet: SheetModel): ShapeInfo[] {
  const p = printOf(sheet);
  return p.shapes.map((s) => ({
    name: s.name, left: s.left, top: s.top, width: s.width, height: s.height, altTextDescription: s.altTextDescription, base64: s.base64,
    cell: `${columnName(lineAt(p.columnWidths, DEFAULT_COLUMN_WIDTH, s.left))}${lineAt(p.rowHeights, DEFAULT_ROW_HEIGHT, s.top) + 1}`,
  }));
}

export function printInfo(sheet: SheetModel): PrintSetupInfo {
  const p = printOf(sheet);
  return {
    paperSize: p.paperSize, orientation: p.orientation, margins: { ...p.margins }, printGridlines: p.printGridlines, showGridlines: p.showGridlines,
    zoom: { ...p.zoom }, rowBreaks: p.rowBreaks.map((r) => r + 1),
    columnWidths: sizes(p.columnWidths, DEFAULT_COLUMN_WIDTH), rowHeights: sizes(p.rowHeights, DEFAULT_ROW_HEIGHT),
  };
}
