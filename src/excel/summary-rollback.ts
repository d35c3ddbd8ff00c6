/**
 * Putting things right after a summary batch that Excel stopped part-way (a batch is
 * not a transaction: the operations before the failing one stay applied).
 */
import { SUMMARY_IDS_KEY } from "./summary-ids";

/** What a failed swap needs to go back or to finish. */
export interface Swap {
  builtId: string;
  oldId: string | undefined;
  /** The old report's tab position, which the new one takes. */
  oldPosition: number | undefined;
  target: string;
  next: Record<string, string>;
  activeName: string;
  /** The summary-ids setting as it was; undefined when there was none. */
  storedValue: unknown;
}

/** After a swap that failed part-way: finish it if the old report is gone, else put everything back. */
export async function settleSwap(context: Excel.RequestContext, swap: Swap): Promise<"back" | "forward"> {
  const built = context.workbook.worksheets.getItemOrNullObject(swap.builtId).load("name");
  const oldSheet = swap.oldId === undefined ? undefined : context.workbook.worksheets.getItemOrNullObject(swap.oldId).load("name");
  const idsNow = context.workbook.settings.getItemOrNullObject(SUMMARY_IDS_KEY).load("key");
  await context.sync();
  if (built.isNullObject) throw new Error("The new report is gone.");
  if (oldSheet !== undefined && oldSheet.isNullObject) {
    built.name = swap.target;
    if (swap.oldPosition !== undefined) built.position = swap.oldPosition;
    context.workbook.settings.add(SUMMARY_IDS_KEY, swap.next);
    built.activate();
    await context.sync();
    return "forward";
  }
  context.workbook.worksheets.getItem(swap.activeName).activate();
  built.delete();
  if (swap.storedValue !== undefined) context.workbook.settings.add(SUMMARY_IDS_KEY, swap.storedValue);
  else if (!idsNow.isNullObject) idsNow.delete();
  await context.sync();
  return "back";
}

/** Deletes the sheet named `name` when it exists (two syncs). */
export async function removeSheetIfThere(context: Excel.RequestContext, name: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return;
  sheet.delete();
  await context.sync();
}
