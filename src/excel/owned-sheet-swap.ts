/**
 * Putting a finished owned sheet (the stocktake report, the labels sheet) in the place of the old
 * one. Built under a temporary name first, so the old sheet goes only once the new one is complete.
 */
import { textIn, type MessageId } from "../core";
import { actionFailed, type ExcelActionError } from "./excel-action-error";
import { syncStep, ungroupedRun } from "./office-run";
import type { OwnedTarget } from "./report-ownership";
import type { StepId } from "./step-id";
import { removeSheetIfThere } from "./summary-rollback";

/**
 * After an owned sheet's build failed: removes the half-built sheet (in its own run: inside an
 * undo group Excel refuses to delete a sheet) and answers the error to throw, which says whether
 * the workbook is as it was.
 */
export async function withoutHalfBuilt(error: unknown, name: string, step: StepId): Promise<ExcelActionError> {
  let restored = true;
  try {
    await ungroupedRun((ctx) => removeSheetIfThere(ctx, name));
  } catch {
    restored = false;
  }
  return actionFailed(error, step, restored);
}

/**
 * The ids setting first, then the old sheet goes and the new one takes its name and tab, in one
 * batch. Excel stops a failing batch part-way and keeps what ran: the error says whether the
 * workbook is as before.
 */
export async function swapInOwnedSheet(
  context: Excel.RequestContext, target: OwnedTarget, sheet: Excel.Worksheet, source: string, idsKey: string, step: StepId,
): Promise<void> {
  const { old } = target;
  const next = { ...target.stored, [sheet.id]: source };
  if (old) delete next[old.id];
  context.workbook.settings.add(idsKey, next);
  if (old) {
    old.delete();
    sheet.name = target.name;
    sheet.position = old.position;
  }
  sheet.activate();
  try {
    await syncStep(context, step);
  } catch (error) {
    throw actionFailed(error, step, false);
  }
}

/** The first temporary name (`nameId` with `{number}` 1, 2, …) no sheet has. */
export function temporarySheetName(existing: ReadonlyMap<string, unknown>, locale: string, nameId: MessageId): string {
  for (let i = 1; ; i++) {
    const name = textIn(locale, nameId, { number: String(i) });
    if (!existing.has(name.toLowerCase())) return name;
  }
}
