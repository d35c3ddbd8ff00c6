/** Test helpers: grids from literals, issues found by the address a user sees. */
import { toAddress, type CellValue, type CheckReport, type Issue } from "../../src/core";

/** Header used by most tests: A Name, B Qty, C Codes, D Category, E Income, F Expense. */
export const HEADER: CellValue[] = ["Name", "Qty", "Codes", "Category", "Income", "Expense"];

/** A grid with the standard header and the given rows (row 2 onwards in Excel). */
export function table(...rows: CellValue[][]): CellValue[][] {
  return [HEADER.slice(), ...rows];
}

/** A data row with sensible defaults; override by column letter. */
export function row(cells: Partial<Record<"A" | "B" | "C" | "D" | "E" | "F", CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = { A: "Ski", B: 1, C: "S-1", D: "Skis", E: 10, F: 2, ...cells };
  return ["A", "B", "C", "D", "E", "F"].map((k) => base[k]);
}

/** Issues whose cell is `address` (origin A1 unless given). */
export function issuesAt(report: CheckReport, address: string, origin = "A1"): Issue[] {
  return report.issues.filter((i) => toAddress(i.row, i.column, origin) === address);
}

/** Rule ids of the report's issues, as `rule@address`. */
export function ruleMap(report: CheckReport, origin = "A1"): string[] {
  return report.issues.map((i) => `${i.rule}@${toAddress(i.row, i.column, origin)}`);
}
