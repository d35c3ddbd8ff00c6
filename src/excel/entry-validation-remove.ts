/**
 * Remove protection (docs/design.md §30): takes the add-in's entry rules off the sheet the
 * record names — wherever they are now — and no other validation, then forgets the record.
 */
import type { Rect } from "./addresses";
import { findOurs, forgetEntryRecord, readEntryRecord } from "./entry-validation";
import { rangeOf, writeOrRestore } from "./entry-validation-write";
import { joinAreas } from "./entry-validation-scan";
import { syncStep } from "./office-run";

export type EntryRemoval =
  | { kind: "none" }
  | { kind: "sheet-gone" }
  | { kind: "protected"; sheetName: string }
  /** `cleared` is empty when the rules had gone already (the record is forgotten all the same). */
  | { kind: "removed"; sheetName: string; cleared: Rect[] };

/**
 * `columnsNow(sheetId)`: the columns the roles have now on that sheet, looked at besides the
 * stored ones (columns inserted to the left move the rules). A protected sheet changes nothing.
 */
export async function removeEntryValidation(
  context: Excel.RequestContext,
  columnsNow: (sheetId: string) => readonly number[],
  beforeWrite: () => void,
): Promise<EntryRemoval> {
  const record = await readEntryRecord(context);
  if (!record) return { kind: "none" };
  const sheet = context.workbook.worksheets.getItemOrNullObject(record.sheetId).load("name");
  await syncStep(context, "excel-step-reading-sheet");
  if (sheet.isNullObject) {
    beforeWrite();
    forgetEntryRecord(context);
    await syncStep(context, "excel-step-saving-settings");
    return { kind: "sheet-gone" };
  }
  const protection = sheet.protection.load("protected");
  await syncStep(context, "excel-step-reading-sheet");
  if (protection.protected) return { kind: "protected", sheetName: sheet.name };
  const found = await findOurs(context, sheet, record, columnsNow(record.sheetId));
  const ours = joinAreas(found);
  beforeWrite();
  await writeOrRestore(context, { sheets: [{ sheetId: record.sheetId, clear: [], reapply: found }], record }, async () => {
    for (const rect of ours) rangeOf(sheet, rect).dataValidation.clear();
    forgetEntryRecord(context);
    await syncStep(context, "excel-step-writing-cells");
  });
  return { kind: "removed", sheetName: sheet.name, cleared: ours };
}
