/**
 * Results in one shape: `ok` / `failure` make them, and `toFailure` is the one place where
 * anything thrown (an adapter refusal, a failed Excel step, a bug) becomes a `Failure` in
 * plain words. `settle` wraps every public action of the app with it, so the app never rejects.
 */
import { text, type RowRefusal } from "../core";
import {
  ActionRefusedError, describeOfficeError, ExcelActionError, officeErrorSay, officeErrorCode, sayOfError, sheetCellAddress, StepFailure, UngroupedRunNeeded,
  type InventoryRead,
} from "../excel";
import { errorWords, isCancellation, toErrorMessage } from "./error-message";
import type { Failure, FailureKind, RefusedRow, Result } from "./types";
import { withNothingChanged, words, type Words } from "./words";

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failure in words (English `message` and `say`), or in English only when they come from a thrown error. */
export function failure(kind: FailureKind, said: string | Words, refused?: RefusedRow[]): Failure {
  const spoken = typeof said === "string" ? { message: said } : { message: said.message, say: said.say };
  return refused ? { ok: false, kind, ...spoken, refused } : { ok: false, kind, ...spoken };
}

/** `message` followed by the catalogue's sentence that nothing changed (`text("nothing-changed")`). */
export function nothingChanged(message: string): string {
  return `${message} ${text("nothing-changed")}`;
}

/** The answer to a write asked for while another write runs. */
export function busyFailure(): Failure {
  return failure("busy", words("app-busy"));
}

/** The answer to an action the user cancelled. */
export function cancelledFailure(): Failure {
  return failure("cancelled", withNothingChanged(words("app-cancelled")));
}

/**
 * Anything thrown by an action → the Failure the pane and the ribbon show.
 *
 * @example toFailure(new ActionRefusedError("protected", "…")) // { ok: false, kind: "protected", message: "…" }
 */
export function toFailure(error: unknown): Failure {
  if (error instanceof ActionRefusedError) return failure(error.kind, saidBy(error), error.refused);
  if (isCancellation(error)) return cancelledFailure();
  const code = officeErrorCode(error instanceof StepFailure ? error.cause : error);
  const unrestored = error instanceof ExcelActionError && !error.restored;
  if (code === "InvalidOperationInCellEditMode" && !unrestored) {
    return failure("cell-edit-mode", withNothingChanged({ message: describeOfficeError(code), say: [officeErrorSay(code)] }));
  }
  if (error instanceof ExcelActionError) {
    const kind = error.code === "AccessDenied" ? "protected" : error.code === "InvalidOperationInCellEditMode" ? "cell-edit-mode" : "failed";
    return failure(kind, { message: error.message, say: error.say });
  }
  // A read's step failed: the adapter's words for a failed step, with nothing written.
  if (error instanceof StepFailure) {
    const failed = new ExcelActionError(error.step, error.cause, true);
    return failure(code === "AccessDenied" ? "protected" : "failed", { message: failed.message, say: failed.say });
  }
  const said = errorWords(error) ?? carriedWords(error);
  return failure("failed", said ? withNothingChanged(said) : nothingChanged(toErrorMessage(error)));
}

/** A refusal's words: as data when the adapter or the app said them so, else its English. */
function saidBy(error: ActionRefusedError): string | Words {
  return error.say ? { message: error.message, say: error.say } : error.message;
}

/** The words of an error that carries them as data (the engine's `InventoryArgumentError` with `say`). */
function carriedWords(error: unknown): Words | undefined {
  const said = sayOfError(error);
  return said && { message: toErrorMessage(error), say: said };
}

/**
 * Runs `work` and answers its Result; whatever it throws becomes a Failure (a cancelled
 * one when `signal` was aborted meanwhile).
 */
export async function settle<T>(work: () => Promise<Result<T>>, signal?: AbortSignal): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    return signal?.aborted ? cancelledFailure() : toFailure(error);
  }
}

/**
 * Failures of a grouped run (`mergeUndoGroup`) that an ungrouped run avoids: UndoNotSupported, for
 * an API without undo support and for many formulas at once (office-js #6491). The internal errors
 * of grouping (office-js #6711, #6255) come as GeneralException, which any failed sync may raise:
 * those are reported, not retried (docs/design.md §15).
 */
const GROUPED_RUN_FAILURES: readonly string[] = ["UndoNotSupported"];

/**
 * True when a grouped run failed in a way an ungrouped run avoids and the workbook is back as it
 * was (or nothing was written): the action can run again, ungrouped (docs/design.md §15).
 */
export function needsUngroupedRetry(error: unknown): boolean {
  if (error instanceof UngroupedRunNeeded) return true;
  const restored = !(error instanceof ExcelActionError) || error.restored;
  const code = officeErrorCode(error instanceof StepFailure ? error.cause : error);
  return restored && code !== undefined && GROUPED_RUN_FAILURES.includes(code);
}

/** Row refusals with the address of the row's first cell (`Stock!A14`); the engine's `say` goes along. */
export function locateRows(read: InventoryRead, rows: readonly RowRefusal[]): RefusedRow[] {
  return rows.map((r) => ({ ...r, address: sheetCellAddress(read.sheetName, read.rect.row + r.row, read.rect.column) }));
}
