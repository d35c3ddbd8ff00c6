import type ExcelJS from "exceljs";
import { isEmpty, type CellEdit } from "../core";
import { copiedDown, mapFormulaRows } from "./formula-rows";

/** Writes a plan's cell the way the add-in does: formatted `@` first when the write is text, empties cleared. */
export function writeCell(cell: ExcelJS.Cell, write: Pick<CellEdit, "value" | "asText">): void {
  if (isEmpty(write.value)) {
    cell.value = null;
    return;
  }
  // A loaded workbook shares one style object among the cells of a style: a copy, so only this cell becomes text.
  if (write.asText) cell.style = { ...cell.style, numFmt: "@" };
  cell.value = write.value as ExcelJS.CellValue;
}

/**
 * Copies row `from` onto row `to` as Excel's copy does: values, formulas (relative rows moved),
 * styles, notes, height; only columns `first`…`last` (the inventory's), so notes beside a table stay single.
 */
export function copyRow(sheet: ExcelJS.Worksheet, from: number, to: number, first = 1, last = Infinity): void {
  const source = sheet.getRow(from);
  const target = sheet.getRow(to);
  // exceljs rows, not Office.js proxies: nothing to load or sync.
  // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
  if (source.height !== undefined) target.height = source.height;
  source.eachCell({ includeEmpty: true }, (cell, column) => {
    if (column < first || column > last) return;
    const out = target.getCell(column);
    const v = cell.value as unknown;
    if (v && typeof v === "object" && "formula" in v && typeof (v as ExcelJS.CellFormulaValue).formula === "string") {
      const f = v as ExcelJS.CellFormulaValue;
      out.value = { formula: mapFormulaRows(f.formula, copiedDown(to - from)), result: f.result } as ExcelJS.CellFormulaValue;
    } else {
      out.value = cell.value;
    }
    out.style = structuredClone(cell.style);
    if (cell.note !== undefined) out.note = cell.note;
  });
}

/**
 * Moves every row below the insertion points down in one pass, bottom-up, leaving
 * `count` empty rows directly below each `after` (original numbering). One pass instead
 * of a splice per insertion: 500 insertions into 20,000 rows move each row once.
 * Formula texts are not changed here (the caller remaps references separately).
 */
export function openRows(sheet: ExcelJS.Worksheet, insertions: readonly { after: number; count: number }[]): void {
  const sorted = insertions.filter((i) => i.count > 0).sort((a, b) => a.after - b.after);
  if (sorted.length === 0) return;
  const shiftAt = (row: number) => sorted.reduce((shift, i) => (i.after < row ? shift + i.count : shift), 0);
  let index = sorted.length - 1;
  let shift = shiftAt(sheet.rowCount + 1);
  for (let row = sheet.rowCount; row > sorted[0].after; row--) {
    while (index >= 0 && sorted[index].after >= row) shift -= sorted[index--].count;
    if (rowExists(sheet, row)) moveRow(sheet, row, row + shift);
  }
}

/** Removes the given rows (original numbering) in one pass, top-down; rows below move up. */
export function closeRows(sheet: ExcelJS.Worksheet, deleted: readonly number[]): void {
  const gone = new Set(deleted);
  if (gone.size === 0) return;
  const last = sheet.rowCount;
  let removed = 0;
  for (let row = deleted.reduce((a, b) => Math.min(a, b)); row <= last; row++) {
    if (gone.has(row)) {
      clearRow(sheet, row);
      removed++;
    } else if (removed > 0 && rowExists(sheet, row)) {
      moveRow(sheet, row, row - removed);
    }
  }
  // The rows left empty at the bottom go, so the used range (`<dimension ref>`) ends at the last
  // row with data, as after Excel's own row delete; an emptied row object would still count.
  internalRows(sheet).length = last - removed;
}

/** Moves a row's cells (values, formulas as written, styles, notes), height, hidden state and outline level to an empty row, leaving the source empty. */
function moveRow(sheet: ExcelJS.Worksheet, from: number, to: number): void {
  if (from === to) return;
  const source = sheet.getRow(from);
  const target = sheet.getRow(to);
  const { height, hidden, outlineLevel } = source;
  Object.assign(target, { height, hidden, outlineLevel });
  source.eachCell({ includeEmpty: true }, (cell, column) => {
    const out = target.getCell(column);
    out.value = cell.value;
    out.style = cell.style;
    // A cell's note (comment) belongs to its row's record: it moves with it.
    internals(out)._comment = internals(cell)._comment;
  });
  clearRow(sheet, from);
}

/** exceljs keeps a sheet's rows in an array (index = row number - 1); trailing rows that exist count as used. */
const internalRows = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { _rows: unknown[] })._rows;

/**
 * Whether exceljs holds row `row` at all. Rows it never made are empty and need not move: a value
 * far below the table (row 1,048,576) must not make a move walk a million rows into existence.
 * (The row a missing one would move onto was emptied when its own contents moved or were deleted.)
 */
const rowExists = (sheet: ExcelJS.Worksheet, row: number) => internalRows(sheet)[row - 1] !== undefined;

/** exceljs keeps a cell's note outside its value and style. */
const internals = (cell: ExcelJS.Cell) => cell as unknown as { _comment?: unknown };

function clearRow(sheet: ExcelJS.Worksheet, rowNumber: number): void {
  const row = sheet.getRow(rowNumber);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.value = null;
    cell.style = {};
    internals(cell)._comment = undefined;
  });
  (row as { height?: number }).height = undefined;
  row.hidden = false;
  row.outlineLevel = 0;
}

/** Grows or shrinks Excel tables (ListObjects) on the sheet for rows inserted below / deleted at `row`. */
export function resizeTables(sheet: ExcelJS.Worksheet, row: number, delta: number): void {
  for (const entry of sheet.getTables() as unknown as { table?: TableModel; model?: TableModel }[]) {
    const model = entry.table ?? entry.model;
    if (!model) continue;
    for (const key of ["tableRef", "ref", "autoFilterRef"] as const) {
      const ref = model[key];
      if (typeof ref !== "string") continue;
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
      if (!m || m[3] === undefined) continue;
      const top = Number(m[2]);
      const bottom = Number(m[4]);
      // Serialize and aggregate only touch data rows, so a row inside the range is never the header or totals.
      const inside = delta > 0 ? row >= top && row <= bottom : row > top && row <= bottom;
      if (inside) model[key] = `${m[1]}${top}:${m[3]}${bottom + delta}`;
    }
  }
}

interface TableModel {
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
}
