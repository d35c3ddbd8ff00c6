import type ExcelJS from "exceljs";
import type { CellValue } from "../core";
import { copiedDown, mapFormulaRows } from "./formula-rows";

/** Writes a value the way the add-in does: strings as text cells formatted `@`, empties cleared. */
export function writeCell(cell: ExcelJS.Cell, value: CellValue): void {
  if (value === "" || value === null || value === undefined) {
    cell.value = null;
  } else if (typeof value === "string") {
    cell.numFmt = "@";
    cell.value = value;
  } else {
    cell.value = value;
  }
}

/** Copies row `from` onto row `to` as Excel's copy does: values, formulas (relative rows moved), styles, height. */
export function copyRow(sheet: ExcelJS.Worksheet, from: number, to: number): void {
  const source = sheet.getRow(from);
  const target = sheet.getRow(to);
  // exceljs rows, not Office.js proxies: nothing to load or sync.
  // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
  if (source.height !== undefined) target.height = source.height;
  source.eachCell({ includeEmpty: true }, (cell, column) => {
    const out = target.getCell(column);
    const v = cell.value as unknown;
    if (v && typeof v === "object" && "formula" in v && typeof (v as ExcelJS.CellFormulaValue).formula === "string") {
      const f = v as ExcelJS.CellFormulaValue;
      out.value = { formula: mapFormulaRows(f.formula, copiedDown(to - from)), result: f.result } as ExcelJS.CellFormulaValue;
    } else {
      out.value = cell.value;
    }
    out.style = structuredClone(cell.style);
  });
}

/** Inserts `count` empty rows directly below Excel row `after`; rows below move down (values and styles). */
export function insertRowsBelow(sheet: ExcelJS.Worksheet, after: number, count: number): void {
  if (count > 0) sheet.spliceRows(after + 1, 0, ...Array.from({ length: count }, () => []));
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
