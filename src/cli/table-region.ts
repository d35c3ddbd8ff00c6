import { detectTable, headerWindow, HEADER_SEARCH_ROWS, toAddress, type CellValue, type SettingsInput } from "../core";
import { denseRow, eachCell, type RowCells } from "./row-cells";

/** A sheet's non-empty cells by row (1-based), as a reader collected them. */
export type SparseCells = Map<number, RowCells>;

/** The first cell left out of the grid, and how many more were. */
export interface OutsideCells {
  address: string;
  more: number;
}

/** The part of a sheet read as the inventory, and what was left out. */
export interface Region {
  top: number;
  bottom: number;
  left: number;
  right: number;
  outside?: OutsideCells;
}

/**
 * A column this close to the inventory's columns (fewer blank columns between) is read with them,
 * as the whole used range was before: notes a column or two beside the table are kept in the grid.
 */
export const NEAR_COLUMNS = 10;

/** Per column (1-based): the first and last row holding a value. */
export interface ColumnRows {
  first: Map<number, number>;
  last: Map<number, number>;
}

/**
 * The rows and columns to read as the inventory, never a dense grid of the whole used range:
 * the header is looked for in the header window (its first rows with content), then the
 * table's columns (those the header names, and columns with values within NEAR_COLUMNS of them,
 * chained) are read down to their last non-empty row. A value far outside (a leftover at XFD1048576) is left
 * out and named once. Sheets whose cells all lie together get their used range, as before.
 */
export function tableRegion(cells: SparseCells, columns: ColumnRows, mapping?: SettingsInput["mapping"]): Region | null {
  const rowNumbers = [...cells.keys()].sort((a, b) => a - b);
  if (rowNumbers.length === 0) return null;
  const seed = headerSpan(cells, rowNumbers, mapping);
  const span = grow(seed, columns);
  let top = Infinity;
  for (let c = span.left; c <= span.right; c++) top = Math.min(top, columns.first.get(c) ?? Infinity);
  const region: Region = { top, bottom: span.bottom, left: span.left, right: span.right };
  const outside = cellsOutside(cells, rowNumbers, region);
  return outside ? { ...region, outside } : region;
}

/** The columns the header found in the window names, else the window's first column. */
function headerSpan(cells: SparseCells, rowNumbers: number[], mapping?: SettingsInput["mapping"]): { left: number; right: number } {
  const top = rowNumbers[0];
  let left = Infinity;
  let right = 0;
  const windowRows = rowNumbers.slice(0, HEADER_SEARCH_ROWS);
  for (const r of windowRows) {
    eachCell(cells.get(r)!, (c) => {
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  }
  const grid: CellValue[][] = [];
  // Copies: denseRow may hand over the stored row itself, which the inventory's grid takes later.
  for (let r = top; r <= windowRows[windowRows.length - 1]; r++) grid.push(denseRow(cells.get(r), left, right).slice());
  const window = grid.slice(0, headerWindow(grid).rows);
  const table = detectTable(window, { mapping });
  if (!table) return { left, right: left };
  // The columns the header names (quantity, codes, …); other header cells join them when near.
  const mapped = Object.values(table.columns).filter((c): c is number => typeof c === "number");
  return { left: left + Math.min(...mapped), right: left + Math.max(...mapped) };
}

/** Widens the span over columns with values near it, and finds how far down they go. */
function grow(seed: { left: number; right: number }, columns: ColumnRows): { left: number; right: number; bottom: number } {
  let { left, right } = seed;
  let bottom = 0;
  for (let c = left; c <= right; c++) bottom = Math.max(bottom, columns.last.get(c) ?? 0);
  // Every value lies at or below the sheet's first used row, so a column holds one within the
  // inventory's rows exactly when its first value is at or above `bottom`.
  const joins = (c: number) => (columns.first.get(c) ?? Infinity) <= bottom;
  for (let changed = true; changed; ) {
    changed = false;
    for (let c = right + 1; c <= right + NEAR_COLUMNS; c++) {
      if (!joins(c)) continue;
      right = c;
      bottom = Math.max(bottom, columns.last.get(c) ?? 0);
      changed = true;
    }
    for (let c = left - 1; c >= Math.max(1, left - NEAR_COLUMNS); c--) {
      if (!joins(c)) continue;
      left = c;
      bottom = Math.max(bottom, columns.last.get(c) ?? 0);
      changed = true;
    }
  }
  return { left, right, bottom };
}

function cellsOutside(cells: SparseCells, rowNumbers: number[], region: Region): OutsideCells | undefined {
  let first: string | undefined;
  let count = 0;
  for (const r of rowNumbers) {
    const inRows = r >= region.top && r <= region.bottom;
    let firstColumn = Infinity;
    eachCell(cells.get(r)!, (c) => {
      if (inRows && c >= region.left && c <= region.right) return;
      firstColumn = Math.min(firstColumn, c);
      count++;
    });
    if (first === undefined && firstColumn !== Infinity) first = toAddress(r - 1, firstColumn - 1);
  }
  return first === undefined ? undefined : { address: first, more: count - 1 };
}
