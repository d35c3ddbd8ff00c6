/** What the part-by-part copy of an .xlsx works on (package-input.ts decides whether it applies). */
import type { ZipSource } from "../zip/zip-read";

/** An input package the part-by-part path can copy, with the sheet the run reads. */
export interface XlsxPackage {
  zip: ZipSource;
  /** The sheet's name as the workbook lists it. */
  sheetName: string;
  /** The sheet's part, e.g. `xl/worksheets/sheet1.xml`. */
  sheetPart: string;
  /** `xl/workbook.xml` (or wherever the package's root relationship points). */
  workbookPart: string;
  /** The styles part, when the package has one (`xl/styles.xml`). */
  stylesPart?: string;
  /** "change" only: the last row the sheet's XML holds (`<row r>`), as exceljs's rowCount counts it. */
  lastRow?: number;
}

/** Why the part-by-part path does not apply (the whole-workbook path is taken), for tests and --verbose. */
export interface NotCopyable {
  fallback: string;
}

/**
 * What the copy will do: change the sheet's rows (serialize, aggregate, fix, generate-codes) or
 * add a sheet beside the others, all left as they are (summary).
 */
export type CopyPurpose = "change" | "add-sheet";
