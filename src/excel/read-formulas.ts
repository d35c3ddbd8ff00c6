/**
 * Reads the formulas of chosen rows of an inventory read (docs/design.md §16 "Formulas"): only
 * the rows a plan would change, across the columns read, so the payload grows with the
 * selection and never with the sheet. Runs of adjacent rows are one range each; the ranges
 * go in batches of at most `FORMULA_CELLS` cells, one sync per batch.
 */
import type { FormulaGrid } from "../core";
import { syncStep } from "./office-run";
import type { InventoryRead } from "./read-inventory";
import { inventorySheet } from "./read-inventory";

/** Cells per sync: formula texts are longer than values, so a batch stays well under 5 MB. */
export const FORMULA_CELLS = 50_000;

/** Adjacent grid rows as runs, each at most `most` rows long. */
export function rowRuns(rows: readonly number[], most: number): { row: number; rows: number }[] {
  const runs: { row: number; rows: number }[] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.rows === r && last.rows < most) last.rows += 1;
    else if (!last || last.row + last.rows <= r) runs.push({ row: r, rows: 1 });
  }
  return runs;
}

/**
 * The formulas of grid rows `rows` at the grid's indexes (`=C2*E2`); null where a cell holds a
 * constant. `Range.formulas` gives a constant's value: a text constant that starts with `=`
 * (typed into a text cell) equals its value there and is no formula.
 */
export async function readRowFormulas(context: Excel.RequestContext, read: InventoryRead, rows: readonly number[]): Promise<FormulaGrid> {
  const grid: (string | null)[][] = [];
  const columns = read.rect.columns;
  if (rows.length === 0 || columns === 0) return grid;
  const sheet = inventorySheet(context, read.sheetName);
  const perRun = Math.max(1, Math.floor(FORMULA_CELLS / columns));
  let batch: { row: number; range: Excel.Range }[] = [];
  let cells = 0;
  const flush = async (): Promise<void> => {
    await syncStep(context, "excel-step-reading-rows");
    for (const { row, range } of batch) (range.formulas as unknown[][]).forEach((line, k) => (grid[row + k] = formulaRow(line, read.values[row + k])));
    batch = [];
    cells = 0;
  };
  for (const run of rowRuns(rows, perRun)) {
    if (cells + run.rows * columns > FORMULA_CELLS && batch.length > 0) await flush();
    batch.push({ row: run.row, range: sheet.getRangeByIndexes(read.rect.row + run.row, read.rect.column, run.rows, columns).load("formulas") });
    cells += run.rows * columns;
  }
  await flush();
  return grid;
}

function formulaRow(line: readonly unknown[], values: readonly unknown[] | undefined): (string | null)[] {
  return line.map((f, c) => (typeof f === "string" && f.startsWith("=") && f !== values?.[c] ? f : null));
}
