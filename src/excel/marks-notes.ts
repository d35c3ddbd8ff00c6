/**
 * Writes the marks' notes in blocks of about 1 MB, one sync each. Below ExcelApi 1.18 the notes
 * are threaded comments and the add-in cannot see the user's notes (Excel's "notes", the old
 * comments): `comments.add` on such a cell fails with InvalidOperation. A block refused that way
 * is halved until the refused cells are found; they are skipped and counted as the user's.
 */
import { failedSyncCode, syncStep } from "./office-run";
import type { MarkNoteKind } from "./marks-store";
import { noteBlocks, queueNote, type MarkNote } from "./marks-write";

/** Marks from 500 on report progress. */
export const MARKS_PROGRESS_FROM = 500;

/** Writes `notes`; returns how many cells refused a comment because they hold the user's note. */
export async function writeNotes(
  context: Excel.RequestContext, sheet: Excel.Worksheet, kind: MarkNoteKind, notes: readonly MarkNote[], onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const report = notes.length >= MARKS_PROGRESS_FROM ? onProgress : undefined;
  let done = 0;
  let refused = 0;
  for (const block of noteBlocks(notes)) {
    refused += await writeBlock(context, sheet, kind, block);
    done += block.length;
    report?.(done, notes.length);
  }
  return refused;
}

async function writeBlock(context: Excel.RequestContext, sheet: Excel.Worksheet, kind: MarkNoteKind, block: readonly MarkNote[]): Promise<number> {
  for (const note of block) queueNote(sheet, kind, note);
  try {
    await syncStep(context, "excel-step-marks-noting");
    return 0;
  } catch (error) {
    if (kind !== "comment" || failedSyncCode(error) !== "InvalidOperation") throw error;
    if (block.length === 1) return 1;
    const half = block.length >>> 1;
    return (await writeBlock(context, sheet, kind, block.slice(0, half))) + (await writeBlock(context, sheet, kind, block.slice(half)));
  }
}
