/**
 * Marks a sheet, or clears its marks, in one Excel.run (issue 18, docs/design.md §30): the old
 * marks are read first (what a failure puts back), then removed, the new ones added (notes in
 * blocks, one sync each) and the record stored. Any failed sync puts the sheet back as it was.
 */
import { markNoteText, noteHash, type MarkedCell, type MarkLevel } from "../core";
import { cellAddress } from "./addresses";
import { isExcelApiSupported, syncStep } from "./office-run";
import { readSheetMarks, type MarksBefore, type SheetMarks } from "./marks-read";
import { restoreMarks } from "./marks-rollback";
import { noteKindFor, queueMarksRecord, queueStoreRecord, type MarkNoteKind, type MarksRecord } from "./marks-store";
import { noteBlocks, queueFormats, queueNote, queueRemoval, type MarkNote } from "./marks-write";

/** Marks from 500 on report progress. */
export const MARKS_PROGRESS_FROM = 500;

export interface MarkOptions {
  /** The notes' language. */
  locale: string;
  /** Honours cancellation and flags our own writes; called right before the first write. */
  beforeWrite?: () => void;
  onProgress?: (done: number, total: number) => void;
}

export interface MarksWritten {
  errorCells: number;
  warningCells: number;
  userNotesKept: number;
  kind: MarkNoteKind;
}

/** The sheet and where its grid starts (the read's `rect`). */
export interface MarkTarget {
  sheetId: string;
  origin: { row: number; column: number };
}

/** Puts `cells` (grid coordinates) on the sheet in place of any marks the workbook holds. */
export async function writeMarks(context: Excel.RequestContext, target: MarkTarget, cells: readonly MarkedCell[], options: MarkOptions): Promise<MarksWritten> {
  const kind = noteKindFor(isExcelApiSupported);
  const before = await readAllMarks(context, target.sheetId, kind);
  const current = before.sheets[before.sheets.length - 1];
  const sheet = current.sheet;
  const placed = cells.map((c) => ({ ...c, row: c.row + target.origin.row, column: c.column + target.origin.column }));
  const notes = kind === "none" ? [] : notesOf(placed, current.occupied, options.locale);
  const record: MarksRecord = { sheetId: target.sheetId, kind, hashes: [...new Set(notes.map((n) => noteHash(n.content)))], cells: placed.length, locale: options.locale };
  options.beforeWrite?.();
  try {
    await queueRemoval(before.sheets, () => syncStep(context, "excel-step-marks-clearing"));
    for (const level of ["error", "warning"] as MarkLevel[]) {
      const some = placed.filter((c) => c.level === level);
      if (some.length > 0) queueFormats(sheet, level, some);
    }
    await syncStep(context, "excel-step-marks-painting");
    await writeNotes(context, sheet, kind, notes, options.onProgress);
    queueStoreRecord(context, record, before.record !== undefined);
    await syncStep(context, "excel-step-marks-saving");
  } catch (error) {
    await restoreMarks(context, error, before, record.hashes);
    throw error;
  }
  const errorCells = placed.filter((c) => c.level === "error").length;
  return { errorCells, warningCells: placed.length - errorCells, userNotesKept: kind === "none" ? 0 : placed.length - notes.length, kind };
}

/** Takes every mark of ours away (on the record's sheet and on `sheetId`); false when there were none. */
export async function clearMarksIn(context: Excel.RequestContext, sheetId: string, options: { beforeWrite?: () => void } = {}): Promise<boolean> {
  const before = await readAllMarks(context, sheetId, noteKindFor(isExcelApiSupported));
  if (before.record === undefined && before.sheets.every((s) => s.formats.length === 0)) return false;
  options.beforeWrite?.();
  try {
    await queueRemoval(before.sheets, () => syncStep(context, "excel-step-marks-clearing"));
    queueStoreRecord(context, undefined, before.record !== undefined);
    await syncStep(context, "excel-step-marks-clearing");
  } catch (error) {
    await restoreMarks(context, error, before, []);
    throw error;
  }
  return true;
}

/** Reads the record, then the marks on its sheet (when that is another sheet and still there) and on `sheetId`. */
async function readAllMarks(context: Excel.RequestContext, sheetId: string, kind: MarkNoteKind): Promise<MarksBefore> {
  const stored = queueMarksRecord(context);
  await syncStep(context, "excel-step-marks-reading");
  const record = stored();
  // Both collections this Excel has: a cell with a threaded comment takes no note, and the reverse.
  const kinds: MarkNoteKind[] = kind === "note" ? ["note", "comment"] : [kind];
  const sheets: SheetMarks[] = [];
  if (record && record.sheetId !== sheetId) {
    const other = context.workbook.worksheets.getItemOrNullObject(record.sheetId).load("isNullObject");
    await syncStep(context, "excel-step-marks-reading");
    const there = () => !other.isNullObject;
    if (there()) sheets.push(await readSheetMarks(context, other, record.sheetId, record, kinds));
  }
  const own = record?.sheetId === sheetId ? record : undefined;
  sheets.push(await readSheetMarks(context, context.workbook.worksheets.getItem(sheetId), sheetId, own, kinds));
  return { record, kinds, sheets };
}

/** The notes to write: one per marked cell without someone else's note. */
function notesOf(cells: readonly MarkedCell[], occupied: ReadonlySet<string>, locale: string): MarkNote[] {
  const notes: MarkNote[] = [];
  for (const c of cells) {
    const cell = cellAddress(c.row, c.column);
    if (!occupied.has(cell)) notes.push({ cell, content: markNoteText(c, locale) });
  }
  return notes;
}

async function writeNotes(
  context: Excel.RequestContext, sheet: Excel.Worksheet, kind: MarkNoteKind, notes: readonly MarkNote[], onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const report = notes.length >= MARKS_PROGRESS_FROM ? onProgress : undefined;
  let done = 0;
  for (const block of noteBlocks(notes)) {
    for (const note of block) queueNote(sheet, kind, note);
    await syncStep(context, "excel-step-marks-noting");
    done += block.length;
    report?.(done, notes.length);
  }
}
