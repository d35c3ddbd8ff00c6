import ExcelJS from "exceljs";
import { isEmpty, type CellEdit, type CellValue, type SheetChange } from "../core";
import type { CellFormat } from "./read-csv";
import { rowSink } from "./stream-rows";

/**
 * The rows of a .csv or .json grid after a plan's change, as the whole-workbook path
 * (workbookFromGrid, then applySheetChange) would leave them, without a copy of the grid: each
 * kept row (and its copies, directly below it) by its index in `grid`, and the plan's writes by
 * final row.
 */
export function changedRows(grid: readonly (readonly CellValue[])[], change: Pick<SheetChange, "inserts" | "deletes" | "writes">): { sources: Int32Array; writes: Map<number, CellEdit[]> } {
  // Flags and counts by row rather than a Set and a Map: an aggregate of a full sheet deletes 786,000 rows.
  const copies = new Int32Array(grid.length);
  for (const { row, count } of change.inserts) copies[row] = count;
  const deleted = new Uint8Array(grid.length);
  for (const row of change.deletes) deleted[row] = 1;
  const kept = grid.length - deleted.reduce((n, d) => n + d, 0);
  const sources = new Int32Array(kept + copies.reduce((n, c) => n + c, 0));
  let at = 0;
  for (let r = 0; r < grid.length; r++) {
    if (deleted[r]) continue;
    for (let k = 0; k <= copies[r]; k++) sources[at++] = r;
  }
  const writes = new Map<number, CellEdit[]>();
  for (const write of change.writes) {
    const list = writes.get(write.row);
    if (list) list.push(write);
    else writes.set(write.row, [write]);
  }
  return { sources, writes };
}

/**
 * Writes one sheet holding the grid's rows (`sources`: grid row of each sheet row) with exceljs's
 * streaming writer, straight to `file`: each row is written and let go, so a full sheet needs no
 * second copy of it in memory (`addSheets` then adds more). Cells as workbookFromGrid makes them: text as `@`, numbers in the
 * format Excel gave them (`formats`), the plan's writes on top.
 */
export async function streamGridWorkbook(
  file: string,
  sheetName: string,
  grid: readonly (readonly CellValue[])[],
  rows: { sources: ArrayLike<number>; writes?: Map<number, CellEdit[]> },
  formats: readonly CellFormat[] = [],
  /** Adds sheets after the grid's (the summary sheet), in the same package. */
  addSheets?: (workbook: ExcelJS.Workbook) => void,
): Promise<void> {
  const formatsByRow = new Map<number, CellFormat[]>();
  for (const f of formats) formatsByRow.set(f.row, [...(formatsByRow.get(f.row) ?? []), f]);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName);
  const sink = rowSink(sheet);
  const cells = new RowCells();
  for (let i = 0; i < rows.sources.length; i++) {
    const source = rows.sources[i];
    cells.fill(grid[source], formatsByRow.get(source), rows.writes?.get(i));
    sink.row(i + 1, cells.values, cells.numFmts, cells.width);
    if (i % DRAIN_ROWS === DRAIN_ROWS - 1) await sink.drain();
  }
  sink.flush();
  sheet.commit();
  addSheets?.(workbook);
  await workbook.commit();
}

/** Rows written between two waits for the zip to take in what was written. */
const DRAIN_ROWS = 4096;

/**
 * One row's cells as the whole-workbook path leaves them: the grid's values (text as `@`), the
 * formats Excel gave its numbers, then the plan's writes (an empty write clears the value and
 * keeps the format; a write as text makes it `@`). A column with no cell holds undefined. The
 * same two arrays serve every row, so a row makes no garbage.
 */
class RowCells {
  readonly values: (CellValue | undefined)[] = [];
  readonly numFmts: (string | undefined)[] = [];
  width = 0;

  fill(grid: readonly CellValue[], formats: readonly CellFormat[] | undefined, writes: readonly CellEdit[] | undefined): void {
    const { values, numFmts } = this;
    let width = grid.length;
    for (const write of writes ?? []) width = Math.max(width, write.column + 1);
    for (let c = 0; c < Math.max(width, this.width); c++) {
      const value = c < grid.length ? grid[c] : undefined;
      const empty = value === undefined || isEmpty(value);
      values[c] = empty ? undefined : value;
      numFmts[c] = !empty && typeof value === "string" ? "@" : undefined;
    }
    this.width = width;
    if (formats) for (const { column, format } of formats) if (typeof grid[column] === "number") numFmts[column] = format;
    if (writes) for (const write of writes) this.write(write);
  }

  private write({ column, value, asText }: CellEdit): void {
    if (isEmpty(value)) this.values[column] = null;
    else {
      if (asText) this.numFmts[column] = "@";
      this.values[column] = value;
    }
  }
}
