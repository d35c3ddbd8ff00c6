/**
 * Putting a finished Issues sheet in the place of the old one (owned-sheet-swap.ts), and, when
 * that batch fails, leaving no half state: while the old sheet is still there (or there was
 * none), the new one goes and the ids setting is put back; once the old one is gone, the new one
 * takes its name, so the workbook holds one complete list either way.
 */
import { actionFailed } from "./excel-action-error";
import { ISSUES_IDS_KEY } from "./issues-sheet-ids";
import { ungroupedRun } from "./office-run";
import { swapInOwnedSheet } from "./owned-sheet-swap";
import type { OwnedTarget } from "./report-ownership";

const STEP = "excel-step-issues-writing";

export async function swapIssuesSheet(context: Excel.RequestContext, target: OwnedTarget, sheet: Excel.Worksheet, source: string): Promise<void> {
  try {
    await swapInOwnedSheet(context, target, sheet, source, ISSUES_IDS_KEY, STEP);
  } catch (error) {
    let done: "back" | "forward" | undefined;
    try {
      done = await ungroupedRun((ctx) => settle(ctx, target, sheet.id, source));
    } catch {
      done = undefined;
    }
    if (done !== "forward") throw actionFailed(error, STEP, done === "back");
  }
}

async function settle(context: Excel.RequestContext, target: OwnedTarget, builtId: string, source: string): Promise<"back" | "forward"> {
  const sheets = context.workbook.worksheets;
  const built = sheets.getItemOrNullObject(builtId).load("name");
  const old = target.old ? sheets.getItemOrNullObject(target.old.id).load("name") : undefined;
  const ids = context.workbook.settings.getItemOrNullObject(ISSUES_IDS_KEY).load("key");
  await context.sync();
  if (built.isNullObject) throw new Error("The new Issues sheet is gone.");
  if (old !== undefined && old.isNullObject) {
    built.name = target.name;
    built.position = target.old!.position;
    const next = { ...target.stored, [builtId]: source };
    delete next[target.old!.id];
    context.workbook.settings.add(ISSUES_IDS_KEY, next);
    built.activate();
    await context.sync();
    return "forward";
  }
  built.delete();
  if (Object.keys(target.stored).length > 0) context.workbook.settings.add(ISSUES_IDS_KEY, target.stored);
  else if (!ids.isNullObject) ids.delete();
  await context.sync();
  return "back";
}
