/**
 * Whether an .xlsx `--out` can be written by copying the input package part by part and
 * rewriting only what changes (docs/design.md §16), instead of loading the whole workbook.
 */
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

/**
 * The package and sheet (by `sheet`, else the sheet Excel opens on, as streamSheetGrid picks it)
 * when every part the copy touches is one the part-by-part writer handles exactly as the
 * whole-workbook path would; else why not. For "change" it scans the sheet's XML in chunks
 * (never whole); for "add-sheet" it asks summaryNotCopyable (summary-copyable.ts).
 */
export async function packageForCopy(bytes: Buffer, sheet: string | undefined, purpose: CopyPurpose): Promise<XlsxPackage | NotCopyable> {
  void bytes;
  void sheet;
  void purpose;
  return { fallback: "not built yet" };
}

export function isCopyable(p: XlsxPackage | NotCopyable): p is XlsxPackage {
  return "zip" in p;
}
