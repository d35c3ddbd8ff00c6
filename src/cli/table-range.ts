import type ExcelJS from "exceljs";
import { detectTable, isEmpty, type CellValue, type SettingsInput } from "../core";
import type { SheetGrid } from "./read-xlsx";

interface TableModel {
  name?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

/**
 * docs/design.md §1: when the sheet holds an Excel table (ListObject) whose header names a quantity
 * and a codes column, that table is the inventory, not the whole used range: its header
 * row, its data rows, without its totals row and without notes around it.
 * Returns the grid unchanged when no such table is on the sheet.
 */
export function narrowToTable(read: SheetGrid, sheet: ExcelJS.Worksheet, mapping: SettingsInput["mapping"]): SheetGrid {
  for (const entry of sheet.getTables() as unknown as { table?: TableModel }[]) {
    const model = entry.table;
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(model?.tableRef ?? model?.ref ?? "");
    if (!model || !m || model.headerRow === false) continue;
    const top = Number(m[2]);
    const bottom = Number(m[4]) - (model.totalsRow ? 1 : 0);
    const left = columnNumber(m[1]);
    const right = columnNumber(m[3]);
    const grid: CellValue[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line: CellValue[] = [];
      for (let c = left; c <= right; c++) line.push(read.grid[r - read.originRow]?.[c - read.originColumn] ?? "");
      grid.push(line);
    }
    while (grid.length > 1 && grid[grid.length - 1].every(isEmpty)) grid.pop();
    const found = detectTable(grid, { mapping });
    if (found && found.headerRow === 0) return { sheetName: read.sheetName, grid, originRow: top, originColumn: left };
  }
  return read;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
