/**
 * Reading an .xlsx whose `--out` copy may be written part by part (docs/design.md §16): the
 * package is checked first, then the sheet is streamed as `check` streams it (no workbook model).
 */
import type { SettingsInput } from "../../core";
import { assertLooksLikeXlsx, type SheetGrid } from "../read-xlsx";
import { streamSheetGrid } from "../read-xlsx-stream";
import { packageInOrder } from "../zip/zip-reorder";
import { isCopyable, packageForCopy, type CopyPurpose, type XlsxPackage } from "./package-input";

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

export interface ReadForCopy {
  read: SheetGrid;
  pkg: XlsxPackage;
}

/**
 * The streamed grid and the package, or null when the copy must take the whole-workbook path:
 * the package is not copyable, the streaming reader gives up or reads another sheet, or values lie
 * far outside the inventory (the whole path moves them with the rows and knows the last used row).
 */
export async function readForCopy(
  bytes: Buffer,
  label: string,
  purpose: CopyPurpose,
  options: { sheet?: string; onRow?: (row: number) => void; mapping?: SettingsInput["mapping"] },
): Promise<ReadForCopy | null> {
  assertLooksLikeXlsx(bytes, label);
  const pkg = await packageForCopy(bytes, options.sheet, purpose);
  if (!isCopyable(pkg)) return null;
  // exceljs's streaming reader names sheets from workbook.xml; when the sheets lie before it (as
  // exceljs itself writes them) it at times emits a sheet before that part was read and gives up
  // ("reading 'sheets'"), depending on timing. Every other part goes first; should the reader still
  // give up, the whole reader reads the file, as before.
  const ordered = packageInOrder(pkg.zip, (name) => !WORKSHEET.test(name));
  const read = await streamSheetGrid(ordered, pkg.sheetName, label, options.onRow, options.mapping).catch(() => null);
  if (!read || read.grid.length === 0 || read.outside || read.sheetName !== pkg.sheetName) return null;
  return { read, pkg };
}
