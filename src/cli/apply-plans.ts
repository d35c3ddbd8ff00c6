import type ExcelJS from "exceljs";
import { finalRows, type CellEdit, type CellValue, type RowInsert, type SheetChange } from "../core";
import { rowsDeleted, rowsInserted, type RowMapper } from "./formula-rows";
import { remapDefinedNames, remapFormulas, unshareFormulas } from "./workbook-formulas";
import { copyValidations, remapAutoFilter, remapValidationsAndFormats, restoreMerges, takeMerges } from "./sheet-extras";
import { closeRows, copyRow, openRows, resizeTables, writeCell } from "./workbook-rows";

/** The sheet a plan was computed for, and where its grid sits. */
export interface PlanTarget {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  grid: readonly (readonly CellValue[])[];
  /** 1-based Excel row and column of `grid[0][0]`. */
  originRow: number;
  originColumn: number;
}

/**
 * Carries out a plan's change on the workbook, deciding nothing: the engine's inserts (copies
 * of a row directly below it), then its deletes, then its cell writes (text as `@` text only
 * where the write says so). Returns the rows added and removed.
 */
export function applySheetChange(target: PlanTarget, change: SheetChange): { added: number; removed: number } {
  const added = insertCopies(target, change.inserts);
  const afterInserts = finalRows({ inserts: change.inserts, deletes: [] });
  const removed = deleteRows(target, change.deletes.map(afterInserts));
  writeCells(target, change.writes);
  return { added, removed };
}

/**
 * Inserts copies of rows directly below them (formats, formulas, notes, validation). Formulas
 * anywhere that point below an insertion move down, as in Excel, and a range that ends at a
 * copied row grows over its copies (so a total keeps the row's whole amount), and so do named
 * ranges and the AutoFilter; merged ranges, data validation and conditional-format ranges move.
 */
function insertCopies(target: PlanTarget, inserts: readonly RowInsert[]): number {
  if (inserts.length === 0) return 0;
  const { workbook, sheet } = target;
  const insertions = inserts.map((i) => ({ after: i.row + target.originRow, count: i.count }));
  unshareFormulas(workbook);
  // Formulas elsewhere (a total under the table, another sheet) see each copied row grow over its
  // copies; a formula in a copied row itself (a running total) is copied into the copies instead.
  const copied = new Set(insertions.map((i) => i.after));
  const plain = perSheet((home) => rowsInserted(sheet.name, home, insertions));
  const grown = perSheet((home) => rowsInserted(sheet.name, home, insertions, { splitRows: true }));
  remapFormulas(workbook, (home, row) => (home === sheet.name && copied.has(row) ? plain(home) : grown(home)));
  remapDefinedNames(workbook, grown(sheet.name));
  remapAutoFilter(sheet, grown(sheet.name));
  const moved = plain(sheet.name);
  const merges = takeMerges(sheet);
  openRows(sheet, insertions);
  const first = target.originColumn;
  const last = first + target.grid.reduce((width, row) => Math.max(width, row.length), 0) - 1;
  remapValidationsAndFormats(sheet, moved);
  restoreMerges(sheet, merges, moved);
  let added = 0;
  for (const { after, count } of insertions) {
    const at = after + added;
    resizeTables(sheet, at, count);
    for (let k = 1; k <= count; k++) {
      copyRow(sheet, at, at + k, first, last);
      copyValidations(sheet, at, at + k, first, last);
    }
    added += count;
  }
  return added;
}

/**
 * Deletes grid rows (ascending, numbered as the sheet is after the inserts); formulas that
 * pointed at later rows move up, references to a deleted row become `#REF!` as in Excel.
 */
function deleteRows(target: PlanTarget, rows: readonly number[]): number {
  if (rows.length === 0) return 0;
  const { workbook, sheet } = target;
  const deleted = rows.map((r) => r + target.originRow);
  unshareFormulas(workbook);
  remapFormulas(workbook, perSheet((home) => rowsDeleted(sheet.name, home, deleted)));
  const moved = rowsDeleted(sheet.name, sheet.name, deleted);
  remapDefinedNames(workbook, moved);
  remapAutoFilter(sheet, moved);
  const merges = takeMerges(sheet);
  closeRows(sheet, deleted);
  remapValidationsAndFormats(sheet, moved);
  restoreMerges(sheet, merges, moved);
  for (const row of [...deleted].sort((a, b) => b - a)) resizeTables(sheet, row, -1);
  return deleted.length;
}

/** Writes each cell the plan changes, in grid rows as they are after the inserts and deletes. */
function writeCells(target: PlanTarget, writes: readonly CellEdit[]): void {
  for (const write of writes) {
    writeCell(target.sheet.getRow(write.row + target.originRow).getCell(write.column + target.originColumn), write);
  }
}

/** One mapper per sheet, made on first use (remapFormulas asks for one per formula cell). */
function perSheet(make: (home: string) => RowMapper): (home: string) => RowMapper {
  const made = new Map<string, RowMapper>();
  return (home) => {
    let mapper = made.get(home);
    if (!mapper) made.set(home, (mapper = make(home)));
    return mapper;
  };
}
