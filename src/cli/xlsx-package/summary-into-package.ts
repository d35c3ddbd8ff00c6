/**
 * `summary --out` of an .xlsx the part-by-part path takes: every input part copied still
 * compressed, the summary sheet (drawn by the same code as the whole path), its table, the
 * workbook's sheet list, marker name, rels, content types and appended styles added; the same
 * workbook as writeSummarySheet + saveWorkbook on the whole workbook.
 */
import type { SummarySheetInput } from "../write-summary";
import type { XlsxPackage } from "./package-input";

/** Writes the copy with the summary sheet to `target` (claimed when complete); returns the sheet's name. */
export async function saveSummaryIntoPackage(pkg: XlsxPackage, input: SummarySheetInput, target: string): Promise<string> {
  void pkg;
  void input;
  void target;
  throw new Error("not built yet");
}
