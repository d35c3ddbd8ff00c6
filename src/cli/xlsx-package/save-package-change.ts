/**
 * serialize / aggregate / fix / generate-codes `--out` of an .xlsx the part-by-part path takes:
 * every part copied still compressed but the sheet (rows renumbered, copies and deletes, the
 * plan's cells written while it streams) and the styles (a text `@` style per style a written
 * cell had); the same workbook as applySheetChange + saveWorkbook on the whole workbook.
 */
import type { SheetChange } from "../../core";
import type { XlsxPackage } from "./package-input";

export interface PackageChangeTarget {
  pkg: XlsxPackage;
  /** 1-based Excel row and column of the grid's first cell. */
  originRow: number;
  originColumn: number;
  /** Columns in the grid (copies take only these, as copyRow does). */
  gridWidth: number;
}

/** Writes the changed copy to `target` (claimed when complete, writeOutput); returns the rows added and removed. */
export async function savePackageChange(at: PackageChangeTarget, change: SheetChange, target: string): Promise<{ added: number; removed: number }> {
  void at;
  void change;
  void target;
  throw new Error("not built yet");
}
