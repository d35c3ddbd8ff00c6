/**
 * Writes the stocktake report sheet (docs/design.md §27) with the summary sheet's rules: only a
 * sheet the add-in made is replaced, a rerun builds the new report on a new sheet and swaps it in
 * at the end, so a failure never leaves half a report, and a user's sheet is never touched. The
 * swap deletes and renames sheets, which Excel cannot group into one undo step: in a grouped run a
 * rerun stops before writing (`UngroupedRunNeeded`) and runs again ungrouped (§15).
 */
import { text, type StocktakeResult } from "../core";
import { ActionRefusedError } from "./action-refused-error";
import { swapInOwnedSheet, temporarySheetName, withoutHalfBuilt } from "./owned-sheet-swap";
import { syncStep, UngroupedRunNeeded } from "./office-run";
import { REPORT_WIDTH, stocktakeReportRows, type ReportFacts, type ReportRow } from "./stocktake-report";
import { STOCKTAKE_REPORT_IDS_KEY, STOCKTAKE_REPORT_TAG, stocktakeReportName, stocktakeTarget } from "./stocktake-target";

/** Report rows written per sync: 5,000 rows of 7 cells stay far under the payload limit. */
export const REPORT_ROWS_PER_SYNC = 5_000;

export interface StocktakeSheetOptions extends ReportFacts {
  /** Called right before the first write (cancellation, the own-write flag). */
  beforeWrite?: () => void;
  /** The run is one undo group: replacing a report needs an ungrouped run. */
  grouped?: boolean;
}

export interface StocktakeSheetWrite {
  sheetName: string;
  replaced: boolean;
}

export async function writeStocktakeSheet(
  context: Excel.RequestContext,
  result: StocktakeResult,
  options: StocktakeSheetOptions,
): Promise<StocktakeSheetWrite> {
  const target = await stocktakeTarget(context, options.locale, options.sourceName);
  if (typeof target === "string") {
    const taken = text("stocktake-pane-names-taken", { first: stocktakeReportName(options.locale), last: target });
    throw new ActionRefusedError("refused", `${taken} ${text("nothing-changed")}`);
  }
  if (target.old && options.grouped) throw new UngroupedRunNeeded();
  options.beforeWrite?.();
  const buildName = target.old ? temporarySheetName(target.existing, options.locale, "stocktake-pane-report-temporary") : target.name;
  const sheet = await build(context, buildName, stocktakeReportRows(result, options), options.sourceName, target.tagsSupported);
  await swapInOwnedSheet(context, target, sheet, options.sourceName, STOCKTAKE_REPORT_IDS_KEY, "excel-step-stocktake-writing-report");
  return { sheetName: target.name, replaced: target.old !== undefined };
}

/** Adds the sheet and writes the rows, one sync per `REPORT_ROWS_PER_SYNC` rows; after a failure the half-built sheet goes. */
async function build(context: Excel.RequestContext, name: string, rows: ReportRow[], source: string, tagged: boolean): Promise<Excel.Worksheet> {
  const sheet = context.workbook.worksheets.add(name);
  try {
    sheet.load("id");
    if (tagged) sheet.customProperties.add(STOCKTAKE_REPORT_TAG, source);
    for (let start = 0; start < rows.length; start += REPORT_ROWS_PER_SYNC) {
      queueRows(sheet, rows, start, Math.min(rows.length, start + REPORT_ROWS_PER_SYNC));
      await syncStep(context, "excel-step-stocktake-writing-report");
    }
    sheet.getRangeByIndexes(0, 0, rows.length, REPORT_WIDTH).format.autofitColumns();
    await syncStep(context, "excel-step-stocktake-writing-report");
  } catch (error) {
    throw await withoutHalfBuilt(error, name, "excel-step-stocktake-writing-report");
  }
  return sheet;
}

/** Rows `start` … `end − 1`: text formatted `@` before its value, in the same batch, so a code like `=1+1` or `00123` stays text. */
function queueRows(sheet: Excel.Worksheet, rows: ReportRow[], start: number, end: number): void {
  const part = rows.slice(start, end);
  const range = sheet.getRangeByIndexes(start, 0, part.length, REPORT_WIDTH);
  const cells = part.map((row) => Array.from({ length: REPORT_WIDTH }, (_, i) => row.cells[i] ?? ""));
  range.numberFormat = cells.map((line, r) => line.map((cell) => (typeof cell === "number" ? (part[r].format ?? "General") : "@")));
  range.values = cells;
  part.forEach((row, r) => {
    if (row.bold) sheet.getRangeByIndexes(start + r, 0, 1, REPORT_WIDTH).format.font.bold = true;
  });
}
