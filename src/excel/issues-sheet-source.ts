/**
 * The inventory an Issues sheet of ours lists, when the active sheet is one: Export issues run
 * again from the list it made (the list is activated when written) means that inventory, as an
 * action run from a summary means the summary's source (read-inventory.ts). One sync.
 */
import { ISSUES_IDS_KEY, ISSUES_TAG } from "./issues-sheet-ids";
import { isExcelApiSupported, syncStep } from "./office-run";
import { summaryMap } from "./summary-ids";

export async function activeIssuesSheetSource(context: Excel.RequestContext): Promise<string | undefined> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load("id");
  // The ids setting only where tags are missing: ids can change between sessions (report-ownership.ts).
  const tag = isExcelApiSupported("1.12") ? sheet.customProperties.getItemOrNullObject(ISSUES_TAG).load("value") : undefined;
  const ids = tag ? undefined : context.workbook.settings.getItemOrNullObject(ISSUES_IDS_KEY).load("value");
  await syncStep(context, "excel-step-issues-finding");
  if (tag) return tag.isNullObject ? undefined : String(tag.value);
  return summaryMap(ids && !ids.isNullObject ? ids.value : undefined)[sheet.id];
}
