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

/** `moved`: the earlier rules taken off another sheet; `protectedSheet`: that sheet is protected (nothing changed). */
export type EntryApply = { applied: Rect[]; moved?: { sheetName: string; rects: Rect[] } } | { refused: Rect[] } | { protectedSheet: string };

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

/** The record's sheet as two syncs find it: gone, or its name, protection and used columns. */
export type RecordSheet = { gone: true } | { gone: false; sheet: Excel.Worksheet; name: string; protected: boolean; usedColumns: number[] };

/**
 * The sheet `record` names, with every column it uses: columns inserted or deleted to the left
 * move the rules away from the stored columns, and the inventory's columns are among the used
 * ones wherever they went, also when the sheet is not the one read now.
 */
export async function readRecordSheet(context: Excel.RequestContext, record: EntryRecord): Promise<RecordSheet> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(record.sheetId).load("name");
  await syncStep(context, "excel-step-reading-sheet");
  if (sheet.isNullObject) return { gone: true };
  const protection = sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject().load("columnIndex,columnCount");
  await syncStep(context, "excel-step-reading-sheet");
  const usedColumns = used.isNullObject ? [] : Array.from({ length: used.columnCount }, (_, i) => used.columnIndex + i);
  return { gone: false, sheet, name: sheet.name, protected: protection.protected, usedColumns };
}

/**
 * Applies `targets` on `sheet` (id `sheetId`) in one run: first takes the add-in's earlier rules
 * away wherever they are (the record's sheet, if it still exists), then refuses if any target
 * cell holds validation that is not the add-in's, else sets every rule and stores the record.
 * The earlier rules' sheet, when another one, is refused if protected (before anything is
 * scanned) and named in `moved` when rules came off it. `beforeWrite` is called right before the
 * first write; a refusal changes nothing.
 */
export async function applyEntryValidation(
  context: Excel.RequestContext,
  sheetId: string,
  targets: readonly EntryTarget[],
  beforeWrite: () => void,
): Promise<EntryApply> {
  const sheet = context.workbook.worksheets.getItem(sheetId);
  const record = await readEntryRecord(context);
  const other = record && record.sheetId !== sheetId ? await readRecordSheet(context, record) : undefined;
  if (other && !other.gone && other.protected) return { protectedSheet: other.name };
  const ours: OurRule[] = [...(record?.rules ?? []), ...targets.map((t) => t.rule)];
  const scan = await scanValidation(context, sheet, targets.map((t) => t.rect), ours);
  if (scan.foreign.length > 0) return { refused: joinAreas(scan.foreign) };
  const earlier = await earlierRules(context, sheet, record, other, targets);
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
  const applied = targets.map((t) => t.rect);
  const moved = other && !other.gone && earlier && earlier.rects.length > 0 ? { sheetName: other.name, rects: joinAreas(earlier.rects) } : undefined;
  return moved ? { applied, moved } : { applied };
}

/** The earlier rules and their sheet: on the target sheet where the targets go and where stored; on another, in its used columns too. */
async function earlierRules(
  context: Excel.RequestContext, sheet: Excel.Worksheet, record: EntryRecord | undefined, other: RecordSheet | undefined, targets: readonly EntryTarget[],
): Promise<{ sheet: Excel.Worksheet; rects: OurArea[] } | undefined> {
  if (!record) return undefined;
  if (!other) return { sheet, rects: await findOurs(context, sheet, record, targets.map((t) => t.rule.column)) };
  return other.gone ? undefined : { sheet: other.sheet, rects: await findOurs(context, other.sheet, record, other.usedColumns) };
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
