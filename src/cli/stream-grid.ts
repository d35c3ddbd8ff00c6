import ExcelJS from "exceljs";
import { isEmpty, type CellEdit, type CellValue, type SheetChange } from "../core";
import type { CellFormat } from "./read-csv";

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
  for (let i = 0; i < rows.sources.length; i++) {
    const source = rows.sources[i];
    const row = sheet.getRow(i + 1);
    grid[source].forEach((value, c) => {
      if (isEmpty(value)) return;
      const cell = row.getCell(c + 1);
      cell.value = value;
      if (typeof value === "string") cell.numFmt = "@";
    });
    for (const { column, format } of formatsByRow.get(source) ?? []) {
      if (typeof grid[source][column] === "number") row.getCell(column + 1).numFmt = format;
    }
    for (const write of rows.writes?.get(i) ?? []) {
      const cell = row.getCell(write.column + 1);
      if (isEmpty(write.value)) cell.value = null;
      else {
        if (write.asText) cell.numFmt = "@";
        cell.value = write.value as ExcelJS.CellValue;
      }
    }
    row.commit();
  }
  sheet.commit();
  addSheets?.(workbook);
  await workbook.commit();
}
