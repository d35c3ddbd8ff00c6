/**
 * The workbook's worksheets for the pane's "Inventory sheet" picker (SPEC §1), in one
 * sync, and how a read tells that a sheet chosen by id has been deleted.
 */
import { officeErrorCode } from "./errors";
import { syncStep } from "./office-run";
import { parseStored, SETTINGS_KEY } from "./read-inventory";
import { settingsFromStored } from "./settings-store";
import { SUMMARY_IDS_KEY, summaryMap } from "./summary-ids";

export interface WorksheetInfo {
  id: string;
  name: string;
  /** False for hidden and very hidden sheets: Excel cannot select rows on them. */
  visible: boolean;
  /** True for a report the add-in wrote (see `isSummaryName`). */
  summary: boolean;
}

export interface WorksheetList {
  /** In tab order. */
  sheets: WorksheetInfo[];
  activeId: string;
  activeName: string;
}

/**
 * True when `name` is one the summary writer gives its report: `base`, or `base (2)` …
 * `base (20)` cut to Excel's 31 characters. Compared case-insensitively, as Excel compares sheet names.
 *
 * @example isSummaryName("Inventory summary (2)", "Inventory summary") // true
 */
export function isSummaryName(name: string, base: string): boolean {
  const wanted = name.toLowerCase();
  if (wanted === base.toLowerCase()) return true;
  const match = /^(.*) \((\d+)\)$/.exec(wanted);
  if (!match) return false;
  const n = Number(match[2]);
  const suffix = ` (${n})`;
  return n >= 2 && n <= 20 && match[1] === base.slice(0, 31 - suffix.length).toLowerCase();
}

/**
 * Lists the worksheets (one sync). A summary sheet is known without reading each sheet's
 * tag: its id is in the add-in's summary map *and* it bears a summary name. Ids can change
 * between sessions, so the name guards against an old id naming a sheet of the user's;
 * a report the user renamed is simply listed.
 */
export async function listWorksheets(context: Excel.RequestContext): Promise<WorksheetList> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const active = context.workbook.worksheets.getActiveWorksheet().load("id,name");
  const ids = context.workbook.settings.getItemOrNullObject(SUMMARY_IDS_KEY).load("value");
  const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  await syncStep(context, "listing the sheets");
  const reports = summaryMap(ids.isNullObject ? undefined : ids.value);
  const base = settingsFromStored(stored.isNullObject ? undefined : parseStored(stored.value)).settings.summarySheetName;
  return {
    sheets: sheets.items.map((s) => ({
      id: s.id,
      name: s.name,
      visible: s.visibility === "Visible",
      summary: s.id in reports && isSummaryName(s.name, base),
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
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  if (officeErrorCode(cause) !== "ItemNotFound") return false;
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
  sheet.load("id");
  try {
    await context.sync();
  } catch {
    return false;
  }
  return sheet.isNullObject;
}
