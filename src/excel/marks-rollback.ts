/**
 * Puts a sheet's marks back as they were before a failed mark or clear. A batch is not a
 * transaction (part of a failed sync may have applied), so the rollback reads what is there now
 * and removes every mark of ours (the old ones and this run's), then adds the old ones again —
 * conditional formats at their old cells and each at its old priority (so a rule the user added
 * meanwhile keeps its place), notes with their old text in blocks of about 1 MB as when writing —
 * and the old record. Nothing of the user's is touched: our formats are known by formula, our notes by hash.
 */
import { addressChunks, type MarkRect } from "../core";
import { parseArea } from "./addresses";
import { rollbackContext, syncStep } from "./office-run";
import { readSheetMarks, type MarksBefore } from "./marks-read";
import { MARKS_KEY, queueMarksRecord } from "./marks-store";
import { noteBlocks, queueFormatAreas, queueNote, queueRemoval } from "./marks-write";


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
    // Highest first: each goes back to its old index with every format above it already in place.
    for (const f of [...old.formats].sort((a, b) => a.priority - b.priority)) {
      queueFormatAreas(sheet, f.level, addressChunks(rectsOf(f.areas))).forEach((added, i) => {
        added.priority = f.priority + i;
      });
    }
    for (const block of noteBlocks(old.notes)) {
      for (const note of block) queueNote(sheet, note.kind, note);
      await syncStep(context, "excel-step-marks-restoring");
    }
  }
  const now = stored();
  if (before.record) context.workbook.settings.add(MARKS_KEY, before.record);
  else if (now) context.workbook.settings.getItem(MARKS_KEY).delete();
  await syncStep(context, "excel-step-marks-restoring");
}

function rectsOf(areas: readonly string[]): MarkRect[] {
  return areas.map((a) => parseArea(a)).filter((r): r is MarkRect => r !== undefined);
}
