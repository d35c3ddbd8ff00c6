import type ExcelJS from "exceljs";
import { mapFormulaRows, type RowMapper } from "./formula-rows";

/**
 * What lives on a sheet beside cell values and styles and must follow rows that move:
 * merged ranges, data validation (dropdown lists), conditional-format ranges and the AutoFilter.
 * exceljs keeps these in sheet-level tables, so they are remapped here, as Excel would.
 */

interface SheetInternals {
  _merges: Record<string, { range: string }>;
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings?: { ref: string }[];
}

const internals = (sheet: ExcelJS.Worksheet) => sheet as unknown as SheetInternals;

/** Unmerges every merged range (so rows can move cell by cell) and returns them for restoreMerges. */
export function takeMerges(sheet: ExcelJS.Worksheet): string[] {
  const ranges = Object.values(internals(sheet)._merges).map((m) => m.range);
  for (const range of ranges) sheet.unMergeCells(range);
  return ranges;
}

/** Merges the ranges again where the rows went; a range whose rows were all deleted is dropped. */
export function restoreMerges(sheet: ExcelJS.Worksheet, ranges: readonly string[], map: RowMapper): void {
  for (const range of ranges) {
    const moved = mapFormulaRows(range, map);
    if (!moved.includes("#REF!") && moved.includes(":")) sheet.mergeCells(moved);
  }
}

/** Moves data validations and conditional-format ranges with their rows; those on deleted rows go. */
export function remapValidationsAndFormats(sheet: ExcelJS.Worksheet, map: RowMapper): void {
  const sheetInternals = internals(sheet);
  const validations = sheetInternals.dataValidations.model;
  const moved: Record<string, ExcelJS.DataValidation | undefined> = {};
  for (const [address, validation] of Object.entries(validations)) {
    if (!validation) continue;
    const target = mapFormulaRows(address, map);
    if (!target.includes("#REF!")) moved[target] = validation;
  }
  sheetInternals.dataValidations.model = moved;
  const formats = sheetInternals.conditionalFormattings ?? [];
  sheetInternals.conditionalFormattings = formats.filter((format) => {
    format.ref = mapFormulaRows(format.ref, map)
      .split(" ")
      .filter((part) => !part.includes("#REF!"))
      .join(" ");
    return format.ref !== "";
  });
}

/** Copies the data validation of row `from`'s cells in columns `first`…`last` to row `to` (Excel copies it with the row). */
export function copyValidations(sheet: ExcelJS.Worksheet, from: number, to: number, first: number, last: number): void {
  const model = internals(sheet).dataValidations.model;
  for (let column = first; column <= last; column++) {
    const validation = model[sheet.getCell(from, column).address];
    if (validation) model[sheet.getCell(to, column).address] = validation;
  }
}

/** Moves the sheet's AutoFilter range with its rows, so the filter keeps covering the inventory; dropped when its rows are gone. */
export function remapAutoFilter(sheet: ExcelJS.Worksheet, map: RowMapper): void {
  const filter = sheet.autoFilter as unknown;
  if (typeof filter !== "string") return;
  const moved = mapFormulaRows(filter, map);
  if (moved.includes("#REF!")) (sheet as unknown as { autoFilter?: unknown }).autoFilter = undefined;
  else sheet.autoFilter = moved;
}
