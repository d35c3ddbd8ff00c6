/**
 * Writing Protect entry's validation, and putting it back when a write batch failed part-way
 * (Excel keeps the operations before the failing one): the cells the batch set are cleared, the
 * add-in's rules it took away are set again where they were, and the stored record is put back.
 */
import type { EntryRecord } from "../core";
import { cellAddress, type Rect } from "./addresses";
import type { OurArea, OurRule } from "./entry-validation-scan";
import { ENTRY_RULES_KEY } from "./entry-validation-key";
import { rollbackContext, syncStep } from "./office-run";
import { actionFailed } from "./excel-action-error";

export function rangeOf(sheet: Excel.Worksheet, r: Rect): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.column, r.rows, r.columns);
}

/** Queues `rule` on `rect`, its custom formula pointed at the area's first cell (the add-in's formulas name only that cell). */
export function queueRule(sheet: Excel.Worksheet, rect: Rect, rule: OurRule): void {
  const dv = rangeOf(sheet, rect).dataValidation;
  dv.clear();
  const c = rule.criteria;
  // The rule before the prompt and alert, and on cells cleared first (office-js #2594: a rule set over a partial prompt fails).
  dv.rule = c.type === "wholeNumber"
    ? { wholeNumber: { operator: c.operator, formula1: c.formula1 } }
    : { custom: { formula: c.formula.replace(/\$?\b[A-Z]{1,3}\$?[0-9]{1,7}\b/g, cellAddress(rect.row, rect.column)) } };
  dv.prompt = { showPrompt: true, title: rule.prompt.title, message: rule.prompt.message };
  dv.errorAlert = { showAlert: true, style: "Stop", title: rule.error.title, message: rule.error.message };
  // A cell left empty is not checked (Generate codes fills empty codes); one typed blank (" ") is.
  dv.ignoreBlanks = true;
}

/** What a failed batch is undone to, per sheet (by id): cells it may have set, and our areas it may have cleared. */
export interface EntryBefore {
  sheets: { sheetId: string; clear: readonly Rect[]; reapply: readonly OurArea[] }[];
  record: EntryRecord | undefined;
}

async function restore(context: Excel.RequestContext, before: EntryBefore): Promise<void> {
  const item = context.workbook.settings.getItemOrNullObject(ENTRY_RULES_KEY).load("value");
  await syncStep(context, "excel-step-restoring-cells");
  for (const part of before.sheets) {
    const sheet = context.workbook.worksheets.getItem(part.sheetId);
    for (const rect of part.clear) rangeOf(sheet, rect).dataValidation.clear();
    for (const area of part.reapply) queueRule(sheet, area, area.rule);
  }
  if (before.record) context.workbook.settings.add(ENTRY_RULES_KEY, before.record);
  else if (!item.isNullObject) item.delete();
  await syncStep(context, "excel-step-restoring-cells");
}

/** Runs the write batch `write`; when it fails, puts `before` back and throws the action's error (saying whether it was put back). */
export async function writeOrRestore(context: Excel.RequestContext, before: EntryBefore, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const restored = await rollbackContext(context, error, (ctx) => restore(ctx, before)).then(() => true, () => false);
    throw actionFailed(error, "excel-step-writing-cells", restored);
  }
}
