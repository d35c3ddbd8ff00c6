/**
 * A stocktake's scans kept in the workbook (docs/design.md §27), so closing the pane or Excel
 * loses none: one scan per row in column A of a very hidden sheet the add-in made, and a
 * workbook setting naming that sheet, the inventory sheet and when the stocktake started.
 * A sheet of the user's is never taken: the scans sheet is ours by its tag (ExcelApi 1.12) or,
 * below that, by its id in the setting. Scans are written in batches (`saveScans`), never one
 * sync per scan.
 */
import { summaryNames } from "../core";
import { isExcelApiSupported, syncStep } from "./office-run";

/** The scans sheet's name (a number is added when a sheet of the user's bears it). */
export const SCANS_SHEET_NAME = "InventoryRows.Scans";
/** Custom-property key on the scans sheet (ExcelApi 1.12). */
export const SCANS_TAG = "InventoryRowsScans";
/** Workbook setting holding the stocktake under way (`StocktakeMark`). */
export const STOCKTAKE_KEY = "inventoryRows.stocktake";
/** Rows written per sync: far below the payload limit for scanner codes. */
export const SCAN_ROWS_PER_SYNC = 20_000;

/** What the setting holds. */
export interface StocktakeMark {
  /** The scans sheet's id. */
  sheetId: string;
  /** The counted inventory sheet's id (it survives a rename; a name stored by an older version is read the same way). */
  source: string;
  /** ISO time the stocktake started. */
  started: string;
}

/** A stocktake under way: its mark and the scans saved so far. */
export interface StoredStocktake extends StocktakeMark {
  scans: string[];
}

function markOf(value: unknown): StocktakeMark | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { sheetId, source, started } = value as Record<string, unknown>;
  if (typeof sheetId !== "string" || typeof source !== "string" || typeof started !== "string") return undefined;
  return { sheetId, source, started };
}

/** The stocktake under way with its scans (three syncs at most); undefined when there is none or its sheet is gone. */
export async function readStoredStocktake(context: Excel.RequestContext): Promise<StoredStocktake | undefined> {
  const setting = context.workbook.settings.getItemOrNullObject(STOCKTAKE_KEY).load("value");
  await syncStep(context, "excel-step-stocktake-reading-scans");
  const mark = setting.isNullObject ? undefined : markOf(setting.value);
  if (!mark) return undefined;
  const sheet = context.workbook.worksheets.getItemOrNullObject(mark.sheetId).load("name");
  await syncStep(context, "excel-step-stocktake-reading-scans");
  if (sheet.isNullObject) return undefined;
  const tag = isExcelApiSupported("1.12") ? sheet.customProperties.getItemOrNullObject(SCANS_TAG).load("value") : undefined;
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
  await syncStep(context, "excel-step-stocktake-reading-scans");
  // An id can name another sheet in a later session: with tags, only the tag makes it ours.
  if (tag !== undefined && tag.isNullObject) return undefined;
  return { ...mark, scans: used.isNullObject ? [] : scansOf(used.values, used.rowIndex, used.columnIndex) };
}

/** Column A from row 1 down to the last scan (a cleared row inside counts as an empty scan). */
function scansOf(values: unknown[][], rowIndex: number, columnIndex: number): string[] {
  if (columnIndex > 0) return [];
  return [...Array.from({ length: rowIndex }, () => ""), ...values.map((row) => String(row[0] ?? ""))];
}

/** What `saveScans` writes: the scans from `from` on, and rows `scans.length` … `clearTo − 1` emptied. */
export interface ScansSave {
  mark: StocktakeMark;
  scans: readonly string[];
  from: number;
  clearTo: number;
}

/**
 * Saves scans to the scans sheet `mark.sheetId`: the new rows as text (`@` first), the rows of
 * undone scans emptied, and the setting naming the sheet written again, so the workbook knows the
 * stocktake after any save that succeeded. One sync per `SCAN_ROWS_PER_SYNC` rows (one for a usual save).
 */
export async function saveScans(context: Excel.RequestContext, save: ScansSave): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(save.mark.sheetId);
  const end = save.scans.length;
  context.workbook.settings.add(STOCKTAKE_KEY, save.mark);
  if (save.clearTo > end) sheet.getRangeByIndexes(end, 0, save.clearTo - end, 1).clear("Contents");
  let start = save.from;
  do {
    const rows = Math.min(SCAN_ROWS_PER_SYNC, end - start);
    if (rows > 0) {
      const range = sheet.getRangeByIndexes(start, 0, rows, 1);
      range.numberFormat = Array.from({ length: rows }, () => ["@"]);
      range.values = save.scans.slice(start, start + rows).map((s) => [s]);
    }
    await syncStep(context, "excel-step-stocktake-saving-scans");
    start += SCAN_ROWS_PER_SYNC;
  } while (start < end);
}

/**
 * Makes the scans sheet, very hidden and tagged (two syncs), and returns its id. Its own run, before
 * any scan is written: a save that fails later still knows the sheet, so none is left behind.
 */
export async function addScansSheet(context: Excel.RequestContext, source: string): Promise<string> {
  const sheets = context.workbook.worksheets.load("items/name");
  await syncStep(context, "excel-step-stocktake-saving-scans");
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const name = summaryNames(SCANS_SHEET_NAME).find((n) => !taken.has(n.toLowerCase())) ?? `${SCANS_SHEET_NAME} ${Date.now()}`.slice(0, 31);
  const sheet = context.workbook.worksheets.add(name);
  sheet.visibility = Excel.SheetVisibility.veryHidden;
  if (isExcelApiSupported("1.12")) sheet.customProperties.add(SCANS_TAG, source);
  sheet.load("id");
  await syncStep(context, "excel-step-stocktake-saving-scans");
  return sheet.id;
}

/** Ends the stocktake under way: its scans sheet and the setting go (two syncs). */
export async function removeStoredStocktake(context: Excel.RequestContext, sheetId: string | undefined): Promise<void> {
  const sheet = sheetId === undefined ? undefined : context.workbook.worksheets.getItemOrNullObject(sheetId).load("name");
  const setting = context.workbook.settings.getItemOrNullObject(STOCKTAKE_KEY).load("key");
  await syncStep(context, "excel-step-stocktake-ending");
  if (sheet !== undefined && !sheet.isNullObject) sheet.delete();
  if (!setting.isNullObject) setting.delete();
  await syncStep(context, "excel-step-stocktake-ending");
}
