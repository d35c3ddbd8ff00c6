import type { CellValue } from "../core";

/**
 * One sheet row's non-empty values, kept small: a million rows of a full sheet each held a Map
 * before, which with the grid cut from them took most of a 1.5 GB budget.
 * Dense (`columns` absent): `values[i]` is column `first + i`, "" where empty (a reader never
 * keeps "" as a value). Sparse (a few values far apart, such as A1 and XFD1): `values[i]` is
 * column `columns[i]`.
 */
export interface RowCells {
  first: number;
  values: CellValue[];
  columns?: number[];
}

/** A row wider than this many cells per value (plus a margin) is kept sparse, not padded. */
const DENSE_SPREAD = 4;
const DENSE_MARGIN = 16;

/** The row of these values at these ascending 1-based columns (at least one), sized exactly. */
export function rowCells(columns: readonly number[], values: readonly CellValue[]): RowCells {
  const first = columns[0];
  const width = columns[columns.length - 1] - first + 1;
  if (width > DENSE_SPREAD * columns.length + DENSE_MARGIN) return { first, values: values.slice(), columns: columns.slice() };
  const dense: CellValue[] = new Array(width).fill("");
  for (let i = 0; i < columns.length; i++) dense[columns[i] - first] = values[i];
  return { first, values: dense };
}

/** Calls `each` with every non-empty cell's column and value, left to right. */
export function eachCell(row: RowCells, each: (column: number, value: CellValue) => void): void {
  const { first, values, columns } = row;
  for (let i = 0; i < values.length; i++) {
    if (columns) each(columns[i], values[i]);
    else if (values[i] !== "") each(first + i, values[i]);
  }
}

/**
 * The row's `left`…`right` as a dense array ("" where empty). A dense row that spans exactly
 * those columns is returned itself, not copied: the grid takes it over from the store.
 */
export function denseRow(row: RowCells | undefined, left: number, right: number): CellValue[] {
  if (row && !row.columns && row.first === left && row.values.length === right - left + 1) return row.values;
  const line: CellValue[] = new Array(right - left + 1).fill("");
  if (row) eachCell(row, (c, value) => {
    if (c >= left && c <= right) line[c - left] = value;
  });
  return line;
}
