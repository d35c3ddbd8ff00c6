/**
 * What the workbook remembers of the add-in's marks (issue 18): the sheet, how notes were written,
 * the hashes of the notes' texts and the number of cells. Kept in the workbook's settings, so a
 * reopened workbook still knows which notes are ours; validated when read back.
 */
import { z } from "zod";
import { syncStep } from "./office-run";
import { parseStored } from "./settings-store";

/** Where the marks record lives in `context.workbook.settings`. */
export const MARKS_KEY = "inventoryRows.marks";

/** How the marks' notes were written: notes (ExcelApi 1.18), threaded comments (1.10), or none. */
export type MarkNoteKind = "note" | "comment" | "none";

/**
 * The most notes one marking writes, and the most hashes a record read back may hold: one cap for
 * writer and reader, so every note written stays known as ours. Cells past it get no note.
 */
export const MAX_MARK_NOTES = 100_000;

const RECORD = z.object({
  sheetId: z.string().min(1),
  kind: z.enum(["note", "comment", "none"]),
  hashes: z.array(z.string().regex(/^[0-9a-f]{8}$/)).max(MAX_MARK_NOTES),
  cells: z.number().int().min(0),
  /** The notes' language, for marking again after another action writes the sheet. */
  locale: z.string().max(35).optional(),
}).strict();

export type MarksRecord = z.infer<typeof RECORD>;

/** The stored record, or undefined when there is none or it is not ours to trust. */
export function recordFromStored(stored: unknown): MarksRecord | undefined {
  const parsed = RECORD.safeParse(parseStored(stored));
  return parsed.success ? parsed.data : undefined;
}

/** Queues a load of the record; call the result after the sync. */
export function queueMarksRecord(context: Excel.RequestContext): () => MarksRecord | undefined {
  const item = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load("value");
  return () => (item.isNullObject ? undefined : recordFromStored(item.value));
}

/** Queues writing the record, or deleting the stored one (`stored`: the workbook holds one) when there are no marks. */
export function queueStoreRecord(context: Excel.RequestContext, record: MarksRecord | undefined, stored: boolean): void {
  if (record && record.cells > 0) context.workbook.settings.add(MARKS_KEY, record);
  else if (stored) context.workbook.settings.getItem(MARKS_KEY).delete();
}

/** The note kind this Excel can write. */
export function noteKindFor(supported: (version: string) => boolean): MarkNoteKind {
  if (supported("1.18")) return "note";
  if (supported("1.10")) return "comment";
  return "none";
}

/** Where the marks are: the record and its sheet's current name (one sync); undefined when the workbook holds none. */
export async function readMarksState(context: Excel.RequestContext): Promise<{ record: MarksRecord; sheetName: string } | undefined> {
  const stored = queueMarksRecord(context);
  const sheets = context.workbook.worksheets.load("items/id,items/name");
  await syncStep(context, "excel-step-marks-reading");
  const record = stored();
  const sheet = record ? sheets.items.find((s) => s.id === record.sheetId) : undefined;
  return record && sheet ? { record, sheetName: sheet.name } : undefined;
}
