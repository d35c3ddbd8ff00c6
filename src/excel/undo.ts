/**
 * The pane's Undo (docs/design.md §7): each write action leaves a record of what it changed
 * and of what the changed region looked like right after. Undo restores only
 * while the region still looks like that.
 */
import { say, type MessageId } from "../core";
import type { Fingerprint } from "./cell-snapshot";
import { queueValues, sameValues } from "./cell-snapshot";
import { officeErrorCode } from "./errors";
import { ActionRefusedError } from "./action-refused-error";
import { ExcelActionError } from "./excel-action-error";
import { chunkBySize, estimateBytes, StepFailure, syncStep } from "./office-run";
import { spoken } from "./spoken";

/** Values read back per sync while checking the region: far under Excel on the web's 5 MB. */
const CHECK_CHUNK_BYTES = 2_000_000;

/** The catalogue id naming an action in messages ("serialize", "the summary": "Undid serialize"). */
export type UndoLabel = Extract<MessageId, `excel-undo-label-${string}` | `action-undo-label-${string}`>;

export interface UndoRecord {
  /** Names the action in messages, said in the pane's language. */
  label: UndoLabel;
  /** Sheet the fingerprint and the restore apply to. */
  sheetName: string;
  /** The region as the action left it. */
  after: Fingerprint[];
  /** Used-range address as the action left it (catches rows inserted or deleted elsewhere). */
  usedAddress: string;
  /** The restore deletes or renames a sheet: run it ungrouped (a grouped run refuses that, docs/design.md §15). */
  ungrouped?: boolean;
  /** Puts back what the action changed; may sync. */
  restore(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void>;
}

/**
 * Verifies the fingerprint (one sync per ~2 MB of it: a fix-all over long text can leave more
 * than one response can carry), then restores. Throws ActionRefusedError when the sheet changed.
 */
export async function applyUndo(context: Excel.RequestContext, record: UndoRecord): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(record.sheetName);
  const chunks = chunkBySize(record.after, (f) => estimateBytes(f.values) + 100, CHECK_CHUNK_BYTES);
  let unchanged = true;
  for (let i = 0; unchanged && i < Math.max(1, chunks.length); i++) {
    const chunk = chunks[i] ?? [];
    const used = i === 0 ? sheet.getUsedRangeOrNullObject(true).load("address") : undefined;
    const current = queueValues(sheet, chunk.map((f) => f.rect));
    try {
      await syncStep(context, "excel-step-checking-before-undo");
    } catch (error) {
      if (officeErrorCode(error instanceof Error ? error.cause : error) === "ItemNotFound") {
        throw new ActionRefusedError("changed-meanwhile", spoken(say("excel-undo-sheet-gone", { sheet: record.sheetName })));
      }
      throw error;
    }
    if (used && (used.isNullObject ? "" : used.address) !== record.usedAddress) unchanged = false;
    else unchanged = current().every((f, j) => sameValues(f.values, chunk[j].values));
  }
  if (!unchanged) {
    const changed = say("excel-undo-sheet-changed", { sheet: record.sheetName }, { action: say(record.label) });
    throw new ActionRefusedError("changed-meanwhile", spoken(changed));
  }
  try {
    await record.restore(context, sheet);
  } catch (error) {
    // Excel may have applied part of the restore batch before it failed: never claim nothing changed.
    if (error instanceof StepFailure) throw new ExcelActionError(error.step, error.cause, false);
    throw error;
  }
}
