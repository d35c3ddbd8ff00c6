/**
 * Remove protection (docs/design.md §30): takes the add-in's entry rules off the sheet the
 * record names — wherever they are now — and no other validation, then forgets the record.
 */
import type { Rect } from "./addresses";
import { findOurs, forgetEntryRecord, readEntryRecord, readRecordSheet } from "./entry-validation";
import { rangeOf, writeOrRestore } from "./entry-validation-write";
import { joinAreas } from "./entry-validation-scan";
import { syncStep } from "./office-run";

export type EntryRemoval =
  | { kind: "none" }
  | { kind: "sheet-gone" }
  | { kind: "protected"; sheetName: string }
  /** `cleared` is empty when no used column of the sheet held the rules any more (the record is forgotten). */
  | { kind: "removed"; sheetName: string; cleared: Rect[] };

/**
 * `columnsNow(sheetId)`: the columns the roles have now on that sheet, looked at besides the
 * stored ones and the sheet's used columns (columns inserted to the left move the rules). A
 * protected sheet changes nothing.
 */
export async function removeEntryValidation(
  context: Excel.RequestContext,
  columnsNow: (sheetId: string) => readonly number[],
  beforeWrite: () => void,
): Promise<EntryRemoval> {
  const record = await readEntryRecord(context);
  if (!record) return { kind: "none" };
  const found = await readRecordSheet(context, record);
  if (found.gone) {
    beforeWrite();
    forgetEntryRecord(context);
    await syncStep(context, "excel-step-saving-settings");
    return { kind: "sheet-gone" };
  }
  const { sheet, name } = found;
  if (found.protected) return { kind: "protected", sheetName: name };
  // Every used column is looked at: the record is forgotten only when none of them holds our rules.
  const areas = await findOurs(context, sheet, record, [...columnsNow(record.sheetId), ...found.usedColumns]);
  const ours = joinAreas(areas);
  beforeWrite();
  await writeOrRestore(context, { sheets: [{ sheetId: record.sheetId, clear: [], reapply: areas }], record }, async () => {
    for (const rect of ours) rangeOf(sheet, rect).dataValidation.clear();
    forgetEntryRecord(context);
    await syncStep(context, "excel-step-writing-cells");
  });
  return { kind: "removed", sheetName: name, cleared: ours };
}
