/**
 * Puts a sheet's marks back as they were before a failed mark or clear. A batch is not a
 * transaction (part of a failed sync may have applied), so the rollback reads what is there now
 * and removes every mark of ours (the old ones and this run's), then adds the old ones again —
 * conditional formats at their old cells and in their old order (above the user's own rules, where
 * marking put them), notes with their old text — and the old
 * record. Nothing of the user's is touched: our formats are known by formula, our notes by hash.
 */
import { addressChunks, type MarkRect } from "../core";
import { parseArea } from "./addresses";
import { rollbackContext, syncStep } from "./office-run";
import { readSheetMarks, type MarksBefore } from "./marks-read";
import { MARKS_KEY, queueMarksRecord } from "./marks-store";
import { queueFormatAreas, queueNote, queueRemoval } from "./marks-write";


/** Restores `before`; `added` are the hashes of the notes the failed run meant to write. Never throws. */
export async function restoreMarks(context: Excel.RequestContext, error: unknown, before: MarksBefore, added: readonly string[]): Promise<void> {
  try {
    await rollbackContext(context, error, (ctx) => restore(ctx, before, added));
  } catch {
    // The original failure is what the user hears about; a rollback that fails too leaves what it could.
  }
}

async function restore(context: Excel.RequestContext, before: MarksBefore, added: readonly string[]): Promise<void> {
  const stored = queueMarksRecord(context);
  const hashes = [...new Set([...(before.record?.hashes ?? []), ...added])];
  for (const old of before.sheets) {
    const sheet = context.workbook.worksheets.getItem(old.sheetId);
    const now = await readSheetMarks(context, sheet, old.sheetId, { sheetId: old.sheetId, kind: "note", hashes, cells: 0 }, before.kinds);
    await queueRemoval([now], () => syncStep(context, "excel-step-marks-restoring"));
    // Each add goes to the top priority: adding the lowest first gives back their order among themselves.
    for (const f of [...old.formats].sort((a, b) => b.priority - a.priority)) queueFormatAreas(sheet, f.level, addressChunks(rectsOf(f.areas)));
    for (const note of old.notes) queueNote(sheet, note.kind, { cell: note.cell, content: note.content });
  }
  const now = stored();
  if (before.record) context.workbook.settings.add(MARKS_KEY, before.record);
  else if (now) context.workbook.settings.getItem(MARKS_KEY).delete();
  await syncStep(context, "excel-step-marks-restoring");
}

function rectsOf(areas: readonly string[]): MarkRect[] {
  return areas.map((a) => parseArea(a)).filter((r): r is MarkRect => r !== undefined);
}
