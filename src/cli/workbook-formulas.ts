import type ExcelJS from "exceljs";
import { mapFormulaRows, type RowMapper } from "./formula-rows";

/** Every cell of every sheet that holds a formula. */
function* formulaCells(workbook: ExcelJS.Workbook): Generator<{ sheet: ExcelJS.Worksheet; cell: ExcelJS.Cell }> {
  for (const sheet of workbook.worksheets) {
    const found: ExcelJS.Cell[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) found.push(cell);
      }),
    );
    for (const cell of found) yield { sheet, cell };
  }
}

/**
 * Turns shared formulas into ordinary ones (each cell its own text), so rows can move
 * without leaving a cell pointing at a master that is no longer where it was.
 */
export function unshareFormulas(workbook: ExcelJS.Workbook): void {
  for (const { cell } of formulaCells(workbook)) {
    const v = cell.value as ExcelJS.CellFormulaValue & { sharedFormula?: string; shareType?: string; ref?: string };
    if (v.sharedFormula !== undefined || v.shareType === "shared") {
      const formula = cell.formula;
      cell.value = { formula, result: v.result } as ExcelJS.CellFormulaValue;
    }
  }
}

/**
 * Rewrites every formula in the workbook; `mapperFor(sheetName, row)` gives the row mapping
 * for a formula in that sheet and row (called once per formula cell: return prepared mappers).
 */
export function remapFormulas(workbook: ExcelJS.Workbook, mapperFor: (home: string, row: number) => RowMapper): void {
  for (const { sheet, cell } of formulaCells(workbook)) {
    const v = cell.value as ExcelJS.CellFormulaValue;
    if (typeof v.formula !== "string") continue;
    const formula = mapFormulaRows(v.formula, mapperFor(sheet.name, Number(cell.row)));
    if (formula !== v.formula) cell.value = { ...v, formula };
  }
}

/**
 * Moves workbook-level defined names (named ranges such as `Income = S!$C$2:$C$9`) with their
 * rows, as Excel does; formulas like `SUM(Income)` would otherwise miss moved or added rows.
 * A range whose rows were all deleted is dropped (Excel shows `#REF!` there).
 */
export function remapDefinedNames(workbook: ExcelJS.Workbook, mapper: RowMapper): void {
  const names = workbook.definedNames.model;
  let changed = false;
  const moved = names.map((entry) => {
    const ranges = entry.ranges.map((range) => mapFormulaRows(range, mapper)).filter((range) => !range.includes("#REF!"));
    if (ranges.join("\n") !== entry.ranges.join("\n")) changed = true;
    return { ...entry, ranges };
  });
  if (changed) workbook.definedNames.model = moved.filter((entry) => entry.ranges.length > 0);
}
