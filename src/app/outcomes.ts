/** Turning adapter failures and refusals into the pane's plain-words results. */
import type { RowRefusal } from "../core";
import {
  ActionRefusedError, describeOfficeError, ExcelActionError, officeErrorCode, sheetCellAddress, StepFailure,
  type InventoryRead,
} from "../excel";
import type { ActionResult } from "./types";

type Failure = Extract<ActionResult, { ok: false }>;

/** Any error from an action → a result the pane can show. */
export function failureResult(error: unknown): Failure {
  if (error instanceof ActionRefusedError) {
    return error.refused
      ? { ok: false, kind: error.kind, message: error.message, refused: error.refused }
      : { ok: false, kind: error.kind, message: error.message };
  }
  const code = officeErrorCode(error instanceof StepFailure ? error.cause : error);
  const unrestored = error instanceof ExcelActionError && !error.restored;
  if (code === "InvalidOperationInCellEditMode" && !unrestored) {
    return { ok: false, kind: "cell-edit-mode", message: `${describeOfficeError(code)} Nothing was changed.` };
  }
  if (error instanceof ExcelActionError) {
    const kind = error.code === "AccessDenied" ? "protected" : error.code === "InvalidOperationInCellEditMode" ? "cell-edit-mode" : "failed";
    return { ok: false, kind, message: error.message };
  }
  if (error instanceof StepFailure) {
    const kind = code === "AccessDenied" ? "protected" : "failed";
    return { ok: false, kind, message: `${capitalize(error.step)} failed: ${describeOfficeError(code)} Nothing was changed.` };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { ok: false, kind: "failed", message: `${text} Nothing was changed.` };
}

/** An Error carrying the plain-words message, for actions that return data rather than ActionResult. */
export function failureError(error: unknown): Error {
  return new Error(failureResult(error).message, { cause: error });
}

/** Row refusals with the address of the row's first cell (`Stock!A14`). */
export function locateRows(read: InventoryRead, rows: readonly RowRefusal[]): { row: number; address: string; reason: string }[] {
  return rows.map((r) => ({ ...r, address: sheetCellAddress(read.sheetName, read.rect.row + r.row, read.rect.column) }));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}
