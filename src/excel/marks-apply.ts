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
import { writeNotes } from "./marks-notes";
import { MAX_MARK_NOTES, noteKindFor, queueMarksRecord, queueStoreRecord, type MarkNoteKind, type MarksRecord } from "./marks-store";
import { queueFormats, queueRemoval, type MarkNote } from "./marks-write";

export { MARKS_PROGRESS_FROM } from "./marks-notes";

/** The marks were made with notes (ExcelApi 1.18) and this Excel cannot read notes: it could neither find nor move them. */
export class MarksNeedNewerExcel extends Error {
  constructor() {
    super("The marks were made in a newer version of Excel.");
    this.name = "MarksNeedNewerExcel";
  }
}

export interface MarkOptions {
  /** The notes' language. */
  locale: string;
  /** Honours cancellation and flags our own writes; called right before the first write. */
  beforeWrite?: () => void;
  onProgress?: (done: number, total: number) => void;
  /** The most notes to write (tests lower it); `MAX_MARK_NOTES` by default. */
  noteCap?: number;
}

export interface MarksWritten {
  errorCells: number;
  warningCells: number;
  userNotesKept: number;
  /** Marked cells left without a note because one marking writes at most `MAX_MARK_NOTES`. */
  notesLeftOut: number;
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
  const wanted = kind === "none" ? [] : notesOf(placed, current.occupied, options.locale);
  const notes = wanted.slice(0, Math.min(options.noteCap ?? MAX_MARK_NOTES, MAX_MARK_NOTES));
  const record: MarksRecord = { sheetId: target.sheetId, kind, hashes: [...new Set(notes.map((n) => noteHash(n.content)))], cells: placed.length, locale: options.locale };
  options.beforeWrite?.();
  let refused = 0;
  try {
    await queueRemoval(before.sheets, () => syncStep(context, "excel-step-marks-clearing"));
    for (const level of ["error", "warning"] as MarkLevel[]) {
      const some = placed.filter((c) => c.level === level);
      if (some.length > 0) queueFormats(sheet, level, some);
    }
    await syncStep(context, "excel-step-marks-painting");
    refused = await writeNotes(context, sheet, kind, notes, options.onProgress);
    queueStoreRecord(context, record, before.record !== undefined);
    await syncStep(context, "excel-step-marks-saving");
  } catch (error) {
    await restoreMarks(context, error, before, record.hashes);
    throw error;
  }
  const errorCells = placed.filter((c) => c.level === "error").length;
  const userNotesKept = kind === "none" ? 0 : placed.length - wanted.length + refused;
  return { errorCells, warningCells: placed.length - errorCells, userNotesKept, notesLeftOut: wanted.length - notes.length, kind };
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
  if (record && record.kind !== "none" && !readable(kind).includes(record.kind)) throw new MarksNeedNewerExcel();
  const kinds = readable(kind);
  const sheets: SheetMarks[] = [];
  if (record && record.sheetId !== sheetId) {
    const other = context.workbook.worksheets.getItemOrNullObject(record.sheetId).load("isNullObject");
    await syncStep(context, "excel-step-marks-reading");
    const there = () => !other.isNullObject;
    if (there()) sheets.push(await readSheetMarks(context, other, record.sheetId, record, kinds));
  }
  // The record's hashes hold on every sheet: a copy of the marked sheet carries our notes (§30).
  sheets.push(await readSheetMarks(context, context.workbook.worksheets.getItem(sheetId), sheetId, record, kinds));
  return { record, kinds, sheets };
}

/** The note collections this Excel reads: a cell with a threaded comment takes no note, and the reverse. */
function readable(kind: MarkNoteKind): MarkNoteKind[] {
  return kind === "note" ? ["note", "comment"] : [kind];
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
