import type ExcelJS from "exceljs";
import type { AggregatePlan, CellValue, SerializePlan } from "../core";
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
 * Performs a serialize plan on the workbook: each replaced row keeps its place, the new
 * rows are inserted directly below it as copies of it (formats, formulas), then the cells
 * the plan changed are written (text as `@` text). Formulas anywhere that point below an
 * insertion move down, as in Excel, and a range that ends at a split row grows over its new
 * rows (so a total keeps the row's whole amount), and so do named ranges and the AutoFilter; merged ranges, data validation and
 * conditional-format ranges (the copies get the row's validation). Returns the number of rows added.
 */
export function applySerializePlan(target: PlanTarget, plan: SerializePlan): number {
  const { workbook, sheet } = target;
  const toExcel = (gridRow: number) => gridRow + target.originRow;
  const insertions = plan.replacements.map((r) => ({ after: toExcel(r.row), count: r.rows.length - 1 }));
  unshareFormulas(workbook);
  // Formulas elsewhere (a total under the table, another sheet) see each split row grow over its
  // pieces; a formula in a split row itself (a running total) is copied into the pieces instead.
  const split = new Set(insertions.map((i) => i.after));
  const plain = perSheet((home) => rowsInserted(sheet.name, home, insertions));
  const grown = perSheet((home) => rowsInserted(sheet.name, home, insertions, { splitRows: true }));
  remapFormulas(workbook, (home, row) => (home === sheet.name && split.has(row) ? plain(home) : grown(home)));
  remapDefinedNames(workbook, grown(sheet.name));
  remapAutoFilter(sheet, grown(sheet.name));
  const moved = plain(sheet.name);
  const merges = takeMerges(sheet);
  openRows(sheet, insertions);
  const first = target.originColumn;
  const last = first + target.grid.reduce((width, row) => Math.max(width, row.length), 0) - 1;
  remapValidationsAndFormats(sheet, moved);
  restoreMerges(sheet, merges, moved);
  const topDown = [...plan.replacements].sort((a, b) => a.row - b.row);
  let added = 0;
  for (const replacement of topDown) {
    const at = toExcel(replacement.row) + added;
    const extra = replacement.rows.length - 1;
    resizeTables(sheet, at, extra);
    for (let k = 1; k <= extra; k++) {
      copyRow(sheet, at, at + k, first, last);
      copyValidations(sheet, at, at + k, first, last);
    }
    replacement.rows.forEach((values, k) => writeChanged(target, at + k, target.grid[replacement.row], values));
    added += extra;
  }
  return added;
}

/**
 * Performs an aggregate plan: each group's merged row is written over its first row and the
 * group's other rows are deleted; formulas that pointed at later rows move up, references to
 * a deleted row become `#REF!` as in Excel. Returns the number of rows removed.
 */
export function applyAggregatePlan(target: PlanTarget, plan: AggregatePlan): number {
  const { workbook, sheet } = target;
  const toExcel = (gridRow: number) => gridRow + target.originRow;
  const deleted = plan.merges.flatMap((m) => [...m.rows].sort((a, b) => a - b).slice(1)).map(toExcel);
  for (const merge of plan.merges) {
    const first = merge.rows.reduce((a, b) => Math.min(a, b));
    writeChanged(target, toExcel(first), target.grid[first], merge.row);
  }
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

/** One mapper per sheet, made on first use (remapFormulas asks for one per formula cell). */
function perSheet(make: (home: string) => RowMapper): (home: string) => RowMapper {
  const made = new Map<string, RowMapper>();
  return (home) => {
    let mapper = made.get(home);
    if (!mapper) made.set(home, (mapper = make(home)));
    return mapper;
  };
}

function writeChanged(target: PlanTarget, excelRow: number, before: readonly CellValue[], after: readonly CellValue[]): void {
  const row = target.sheet.getRow(excelRow);
  after.forEach((value, c) => {
    if (!sameValue(before[c], value)) writeCell(row.getCell(c + target.originColumn), value);
  });
}

function sameValue(a: CellValue, b: CellValue): boolean {
  const empty = (v: CellValue) => v === "" || v === null || v === undefined;
  return (empty(a) && empty(b)) || a === b;
}
