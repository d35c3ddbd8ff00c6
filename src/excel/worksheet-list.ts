/**
 * The workbook's worksheets for the pane's "Inventory sheet" picker (docs/design.md §1), in one
 * sync, and how a read tells that a sheet chosen by id has been deleted.
 */
import { summaryNamesInEveryLanguage } from "../core";
import { failedSyncCode, syncStep } from "./office-run";
import { queueStoredSettings } from "./settings-store";
import { SUMMARY_IDS_KEY, summaryMap } from "./summary-ids";

export interface WorksheetInfo {
  id: string;
  name: string;
  /** False for hidden and very hidden sheets: Excel cannot select rows on them. */
  visible: boolean;
  /** True for a report the add-in wrote (see `listWorksheets`). */
  summary: boolean;
}

export interface WorksheetList {
  /** In tab order. */
  sheets: WorksheetInfo[];
  activeId: string;
  activeName: string;
}

/**
 * Lists the worksheets (one sync). A summary sheet is known without reading each sheet's
 * tag: its id is in the add-in's summary map *and* it bears a summary name (in any of the add-in's
 * languages: the pane's language may have changed since it was made). Ids can change
 * between sessions, so the name guards against an old id naming a sheet of the user's;
 * a report the user renamed is simply listed.
 */
export async function listWorksheets(context: Excel.RequestContext): Promise<WorksheetList> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const active = context.workbook.worksheets.getActiveWorksheet().load("id,name");
  const ids = context.workbook.settings.getItemOrNullObject(SUMMARY_IDS_KEY).load("value");
  const stored = queueStoredSettings(context);
  await syncStep(context, "excel-step-listing-sheets");
  const reports = summaryMap(ids.isNullObject ? undefined : ids.value);
  const base = stored().settings.summarySheetName;
  const names = new Set(summaryNamesInEveryLanguage(base).map((n) => n.toLowerCase()));
  return {
    sheets: sheets.items.map((s) => ({
      id: s.id,
      name: s.name,
      visible: s.visibility === "Visible",
      // Excel compares sheet names case-insensitively.
      summary: s.id in reports && names.has(s.name.toLowerCase()),
    })),
    activeId: active.id,
    activeName: active.name,
  };
}

/**
 * After a read of the sheet `sheetId` failed: true when it failed because that sheet is
 * no longer in the workbook. Costs one sync, and only on this error path.
 */
export async function isMissingSheet(context: Excel.RequestContext, sheetId: string, error: unknown): Promise<boolean> {
  if (failedSyncCode(error) !== "ItemNotFound") return false;
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
  sheet.load("id");
  try {
    await context.sync();
  } catch {
    return false;
  }
  return sheet.isNullObject;
}
