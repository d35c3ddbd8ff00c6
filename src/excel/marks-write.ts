/**
 * Queues the add-in's marks: one `Custom` conditional format per address chunk and level (the
 * cell's own fill is never touched), notes or threaded comments in blocks under the payload
 * budget, and their removal.
 */
import { addressChunks, MARK_COLOURS, MARK_FORMULAS, markRects, type MarkLevel } from "../core";
import { chunkBySize, jsonTextBytes } from "./office-run";
import type { MarkNoteKind } from "./marks-store";
import { MARKS_BLOCK, type SheetMarks } from "./marks-read";

/** What one note costs in a request besides its text (range, add, address). */
const NOTE_BYTES = 120;

/** Request bytes aimed at per block of notes: well under Excel's 5 MB. */
export const NOTE_BLOCK_BYTES = 1_000_000;

/** A note to write: its cell (`C5`) and text. */
export interface MarkNote {
  cell: string;
  content: string;
}

/** Queues one conditional format per chunk of `cells` (0-based sheet coordinates) in `level`'s colours. */
export function queueFormats(sheet: Excel.Worksheet, level: MarkLevel, cells: readonly { row: number; column: number }[]): void {
  queueFormatAreas(sheet, level, addressChunks(markRects(cells)));
}

/** Queues one conditional format per address chunk (each at most 255 characters); returns them. */
export function queueFormatAreas(sheet: Excel.Worksheet, level: MarkLevel, chunks: readonly string[]): Excel.ConditionalFormat[] {
  return chunks.map((chunk) => {
    const format = sheet.getRanges(chunk).conditionalFormats.add("Custom");
    format.custom.rule.formula = MARK_FORMULAS[level];
    format.custom.format.fill.color = MARK_COLOURS[level].fill;
    format.custom.format.font.color = MARK_COLOURS[level].font;
    return format;
  });
}

/** Queues a note (or threaded comment) on `note.cell`. */
export function queueNote(sheet: Excel.Worksheet, kind: MarkNoteKind, note: MarkNote): void {
  if (kind === "note") sheet.notes.add(note.cell, note.content);
  else if (kind === "comment") sheet.comments.add(sheet.getRange(note.cell), note.content);
}

/** Notes in blocks of about `budget` request bytes. */
export function noteBlocks<T extends MarkNote>(notes: readonly T[], budget = NOTE_BLOCK_BYTES): T[][] {
  return chunkBySize(notes, (n) => jsonTextBytes(n.content) + NOTE_BYTES, budget);
}

/**
 * Queues the removal of every mark `marks` hold (our formats and our notes); notes beyond one
 * block are deleted a block per sync (`flush`), the last block left queued for the caller's sync.
 */
export async function queueRemoval(marks: readonly SheetMarks[], flush: () => Promise<void>): Promise<void> {
  for (const m of marks) for (const f of m.formats) f.format.delete();
  const notes = marks.flatMap((m) => m.notes);
  for (let from = 0; from < notes.length; from += MARKS_BLOCK) {
    if (from > 0) await flush();
    for (const n of notes.slice(from, from + MARKS_BLOCK)) n.item.delete();
  }
}
