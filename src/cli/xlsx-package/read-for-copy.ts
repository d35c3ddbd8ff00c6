/**
 * Reading an .xlsx whose `--out` copy may be written part by part (docs/design.md §16): the
 * package is checked first, then the sheet is streamed as `check` streams it (no workbook model).
 */
import type { SettingsInput } from "../../core";
import { assertLooksLikeXlsx, type SheetGrid } from "../read-xlsx";
import { streamSheetGrid } from "../read-xlsx-stream";
import { isCopyable, packageForCopy, type CopyPurpose, type XlsxPackage } from "./package-input";

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
  // exceljs's streaming reader gives up on some packages whose sheets lie before workbook.xml (five
  // small sheets written by exceljs: "reading 'sheets'"); the whole reader reads them, as before.
  const read = await streamSheetGrid(bytes, pkg.sheetName, label, options.onRow, options.mapping).catch(() => null);
  if (!read || read.grid.length === 0 || read.outside || read.sheetName !== pkg.sheetName) return null;
  return { read, pkg };
}
