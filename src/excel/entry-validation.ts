/**
 * Protect entry (issue 18 point 2, docs/design.md §30): puts the core's entry rules on the sheet
 * as data validation, and takes exactly those away again. Cells that hold validation of the
 * user's are never overwritten: Protect entry refuses, naming them. What was applied is kept in
 * the workbook's settings (`ENTRY_RULES_KEY`), but rules are found again by what they are — the
 * stored criteria and words — wherever rows have moved them (entry-validation-scan.ts).
 */
import { entryRecord, entryRecordOf, EXCEL_MAX_ROWS, type EntryRecord, type EntryRule } from "../core";
import { quoteSheetName, rectAddress, type Rect } from "./addresses";
import { ENTRY_RULES_KEY } from "./entry-validation-key";
import { joinAreas, joinOurAreas, scanValidation, type OurArea, type OurRule } from "./entry-validation-scan";
import { queueRule, rangeOf, writeOrRestore, type EntryBefore } from "./entry-validation-write";
import { syncStep } from "./office-run";

export { ENTRY_RULES_KEY };

/** One rule and the cells it goes on. */
export interface EntryTarget {
  rule: EntryRule;
  rect: Rect;
}

export type EntryApply = { applied: Rect[] } | { refused: Rect[] };

function queueRecord(context: Excel.RequestContext): () => EntryRecord | undefined {
  const item = context.workbook.settings.getItemOrNullObject(ENTRY_RULES_KEY).load("value");
  return () => (item.isNullObject ? undefined : entryRecordOf(item.value));
}

/** The stored record, validated (one sync); undefined when there is none or it does not fit. */
export async function readEntryRecord(context: Excel.RequestContext): Promise<EntryRecord | undefined> {
  const record = queueRecord(context);
  await syncStep(context, "excel-step-reading-settings");
  return record();
}

/** Whole columns of the sheet, from row 1 down to its last row. */
function wholeColumns(columns: Iterable<number>): Rect[] {
  return [...new Set(columns)].sort((a, b) => a - b).map((column) => ({ row: 0, column, rows: EXCEL_MAX_ROWS, columns: 1 }));
}

/** Where `record`'s rules are now on `sheet`: in their stored columns and in `alsoColumns` (where the roles are now). */
export async function findOurs(context: Excel.RequestContext, sheet: Excel.Worksheet, record: EntryRecord, alsoColumns: readonly number[]): Promise<OurArea[]> {
  const columns = [...record.rules.map((r) => r.column), ...alsoColumns];
  return joinOurAreas((await scanValidation(context, sheet, wholeColumns(columns), record.rules)).ours);
}

/**
 * Applies `targets` on `sheet` (id `sheetId`) in one run: first takes the add-in's earlier rules
 * away wherever they are (the record's sheet, if it still exists), then refuses if any target
 * cell holds validation that is not the add-in's, else sets every rule and stores the record.
 * `beforeWrite` is called right before the first write; a refusal changes nothing.
 */
export async function applyEntryValidation(
  context: Excel.RequestContext,
  sheetId: string,
  targets: readonly EntryTarget[],
  beforeWrite: () => void,
): Promise<EntryApply> {
  const sheet = context.workbook.worksheets.getItem(sheetId);
  const record = await readEntryRecord(context);
  const earlierSheet = record ? context.workbook.worksheets.getItemOrNullObject(record.sheetId).load("id") : undefined;
  const ours: OurRule[] = [...(record?.rules ?? []), ...targets.map((t) => t.rule)];
  const scan = await scanValidation(context, sheet, targets.map((t) => t.rect), ours);
  if (scan.foreign.length > 0) return { refused: joinAreas(scan.foreign) };
  const earlier = record && earlierSheet && !earlierSheet.isNullObject
    ? { sheet: earlierSheet, rects: await findOurs(context, earlierSheet, record, record.sheetId === sheetId ? targets.map((t) => t.rule.column) : []) }
    : undefined;
  const before: EntryBefore = {
    sheets: [{ sheetId, clear: targets.map((t) => t.rect), reapply: [] }, ...(earlier ? [{ sheetId: record!.sheetId, clear: [], reapply: earlier.rects }] : [])],
    record,
  };
  beforeWrite();
  await writeOrRestore(context, before, async () => {
    for (const rect of earlier?.rects ?? []) rangeOf(earlier!.sheet, rect).dataValidation.clear();
    for (const t of targets) queueRule(sheet, t.rect, t.rule);
    const stored = entryRecord(sheetId, targets.map((t) => ({ rule: t.rule, firstRow: t.rect.row, lastRow: t.rect.row + t.rect.rows - 1 })));
    context.workbook.settings.add(ENTRY_RULES_KEY, stored);
    await syncStep(context, "excel-step-writing-cells");
  });
  return { applied: targets.map((t) => t.rect) };
}

/** Queues the removal of the stored record, which must be there (no sync). */
export function forgetEntryRecord(context: Excel.RequestContext): void {
  context.workbook.settings.getItem(ENTRY_RULES_KEY).delete();
}

/** Where the record says the rules are: the sheet's current name and its areas (one sync). */
export async function readEntryState(context: Excel.RequestContext): Promise<{ record: EntryRecord | undefined; sheetName: string | null; ranges: string[] }> {
  const record = queueRecord(context);
  const sheets = context.workbook.worksheets.load("items/id,items/name");
  await syncStep(context, "excel-step-reading-settings");
  const stored = record();
  const sheet = stored ? sheets.items.find((s) => s.id === stored.sheetId) : undefined;
  if (!stored || !sheet) return { record: stored, sheetName: null, ranges: [] };
  const ranges = stored.rules.map((r) => `${quoteSheetName(sheet.name)}!${rectAddress({ row: r.firstRow, column: r.column, rows: r.lastRow - r.firstRow + 1, columns: 1 })}`);
  return { record: stored, sheetName: sheet.name, ranges };
}
