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
  const copies = new Map(change.inserts.map((i) => [i.row, i.count]));
  const deleted = new Set(change.deletes);
  const added = change.inserts.reduce((n, i) => n + i.count, 0);
  const sources = new Int32Array(grid.length + added - deleted.size);
  let at = 0;
  for (let r = 0; r < grid.length; r++) {
    if (deleted.has(r)) continue;
    for (let k = 0; k <= (copies.get(r) ?? 0); k++) sources[at++] = r;
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
  const styleOf = sharedStyles();
  const sink = rowSink(sheet);
  for (let i = 0; i < rows.sources.length; i++) {
    const source = rows.sources[i];
    const { values, numFmts } = finalCells(grid[source], formatsByRow.get(source), rows.writes?.get(i));
    sink.row(i + 1, values, (c, value) => styleOf(numFmts[c], value));
  }
  sink.flush();
  sheet.commit();
  addSheets?.(workbook);
  await workbook.commit();
}

/**
 * One row's cells as the whole-workbook path leaves them: the grid's values (text as `@`), the
 * formats Excel gave its numbers, then the plan's writes (an empty write clears the value and
 * keeps the format; a write as text makes it `@`). Sparse: a column with no cell has no entry.
 */
function finalCells(grid: readonly CellValue[], formats: readonly CellFormat[] | undefined, writes: readonly CellEdit[] | undefined): { values: CellValue[]; numFmts: (string | undefined)[] } {
  const values: CellValue[] = [];
  const numFmts: (string | undefined)[] = [];
  grid.forEach((value, c) => {
    if (isEmpty(value)) return;
    values[c] = value;
    if (typeof value === "string") numFmts[c] = "@";
  });
  for (const { column, format } of formats ?? []) if (typeof grid[column] === "number") numFmts[column] = format;
  for (const write of writes ?? []) {
    if (isEmpty(write.value)) values[write.column] = null;
    else {
      if (write.asText) numFmts[write.column] = "@";
      values[write.column] = write.value;
    }
  }
  return { values, numFmts };
}

/**
 * One style object per number format and kind of value, shared by every cell that has it:
 * exceljs's style registry remembers a style object it has seen, but works out (and renders
 * to XML to look up) a new object's id each time, which cost more than the rest of the write
 * together when each cell had its own. Never changed after it is handed out.
 */
function sharedStyles(): (numFmt: string | undefined, value: CellValue) => Partial<ExcelJS.Style> {
  const made = new Map<string | undefined, Map<string, Partial<ExcelJS.Style>>>();
  return (numFmt, value) => {
    let byKind = made.get(numFmt);
    if (!byKind) made.set(numFmt, (byKind = new Map()));
    // Without a format, exceljs picks one by the kind of value (General for numbers), so the kind is part of the key.
    const kind = value === null ? "null" : typeof value;
    let style = byKind.get(kind);
    if (!style) byKind.set(kind, (style = Object.freeze(numFmt === undefined ? {} : { numFmt })));
    return style;
  };
}
