/**
 * Which sheet a stocktake report goes to (docs/design.md §27), by the summary sheet's rules (§5,
 * §23): the first name in the pane's language (`Stocktake`, `Stocktake (2)` …) that is free or
 * holds a report of ours; a report of ours under its name in another language is replaced too.
 * A report is ours by its tag (ExcelApi 1.12) or, below that, by its id in the workbook setting,
 * never by its name: a user's sheet called "Stocktake" is never taken.
 */
import { textIn } from "../core";
import { isExcelApiSupported, syncStep } from "./office-run";
import { ownedSheetTarget, type OwnedTarget } from "./report-ownership";
import { summaryMap } from "./summary-ids";

/** Custom-property key on a stocktake report (ExcelApi 1.12); its value is the inventory sheet's name. */
export const STOCKTAKE_REPORT_TAG = "InventoryRowsStocktake";
/** Workbook setting mapping each stocktake report's id to its inventory sheet's name. */
export const STOCKTAKE_REPORT_IDS_KEY = "inventoryRows.stocktakeSheets";

/** Where the report goes and what the workbook holds now. */
export type StocktakeTarget = OwnedTarget;

/** The report's base name in `locale`'s language. */
export function stocktakeReportName(locale: string): string {
  return textIn(locale, "stocktake-pane-report-sheet");
}

/**
 * Finds the target (two syncs, three where tags are read); a string when every name in the
 * pane's language is a sheet of the user's (the last name tried, for the refusal).
 */
export async function stocktakeTarget(context: Excel.RequestContext, locale: string, source: string): Promise<StocktakeTarget | string> {
  return ownedSheetTarget(context, { tag: STOCKTAKE_REPORT_TAG, idsKey: STOCKTAKE_REPORT_IDS_KEY, step: "excel-step-stocktake-finding-report", baseName: stocktakeReportName }, locale, source);
}

/**
 * The inventory sheet a stocktake report of ours was made from, when `sheetId` is one (one sync):
 * by the report-ids setting, and by the tag too where custom properties exist.
 */
export async function stocktakeReportSource(context: Excel.RequestContext, sheetId: string): Promise<string | undefined> {
  const ids = context.workbook.settings.getItemOrNullObject(STOCKTAKE_REPORT_IDS_KEY).load("value");
  const tag = isExcelApiSupported("1.12")
    ? context.workbook.worksheets.getItem(sheetId).customProperties.getItemOrNullObject(STOCKTAKE_REPORT_TAG).load("value")
    : undefined;
  await syncStep(context, "excel-step-stocktake-finding-report");
  const source = summaryMap(ids.isNullObject ? undefined : ids.value)[sheetId];
  if (tag !== undefined && tag.isNullObject) return undefined;
  return source;
}
