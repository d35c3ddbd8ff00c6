/**
 * Office error codes in plain words: the one table of them, so the UI never sees a raw
 * code without an explanation. The adapter's exceptions: `ExcelActionError`, `ActionRefusedError`.
 */
import { say, textOf, type MessageId, type Say } from "../core";
import type { StepId } from "./step-id";
import { sayOfError } from "./spoken";

/** The Office error code of a failed sync (`InvalidOperationInCellEditMode`, …), if any. */
export function officeErrorCode(error: unknown): string | undefined {
  // ExcelActionError keeps the code on `code` and the original error on `cause`.
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && code.length > 0) return code;
  }
  return undefined;
}

/** Each Office error code the add-in can meet, and the catalogue message that explains it. */
const OFFICE_CODES: Readonly<Record<string, MessageId>> = {
  InvalidOperationInCellEditMode: "excel-code-cell-edit-mode",
  AccessDenied: "excel-code-access-denied",
  RequestPayloadSizeLimitExceeded: "excel-code-request-too-large",
  ResponsePayloadSizeLimitExceeded: "excel-code-response-too-large",
  GeneralException: "excel-code-general",
  ItemNotFound: "excel-code-item-not-found",
  ItemAlreadyExists: "excel-code-item-exists",
  InvalidArgument: "excel-code-invalid-argument",
  InvalidOperation: "excel-code-invalid-operation",
  InsertDeleteConflict: "excel-code-insert-delete-conflict",
  MergedRangeConflict: "excel-code-merged-cells",
  FilteredRangeConflict: "excel-code-filtered-range",
  PivotTableRangeConflict: "excel-code-pivot-table",
  NonBlankCellOffSheet: "excel-code-off-sheet",
  InvalidSelection: "excel-code-invalid-selection",
  RangeExceedsLimit: "excel-code-range-too-large",
  UnsupportedOperation: "excel-code-unsupported",
  ApiNotFound: "excel-code-unsupported",
  NotImplemented: "excel-code-unsupported",
  UndoNotSupported: "excel-code-undo-not-supported",
  Conflict: "excel-code-conflict",
  RequestAborted: "excel-code-request-aborted",
  ActivityLimitReached: "excel-code-activity-limit",
  Unauthenticated: "excel-code-unauthenticated",
};

/**
 * Plain words for an Office error code; the code itself is added in brackets for support.
 *
 * @example describeOfficeError("GeneralException") // "Excel reported an internal error. (GeneralException)"
 */
export function describeOfficeError(code: string | undefined): string {
  return textOf(officeErrorSay(code));
}

/** `describeOfficeError` as data, for the pane's language. */
export function officeErrorSay(code: string | undefined): Say {
  if (code === undefined) return say("excel-error-unexpected");
  const words = say(Object.hasOwn(OFFICE_CODES, code) ? OFFICE_CODES[code] : "excel-code-unknown");
  return { id: "excel-error-with-code", values: { words: textOf(words), code }, parts: { words } };
}

/**
 * "<Step> failed: <why>" as data: the step's words and the why are parts, so both are said in
 * the pane's language. The why is the cause's Office code explained; with no code, the cause's
 * own words (as data when it carries them, else its text).
 */
export function failedStepSay(step: StepId, cause: unknown): Say {
  const code = officeErrorCode(cause);
  const reason: Say | string = code === undefined && cause instanceof Error ? (sayOfError(cause)?.[0] ?? cause.message) : officeErrorSay(code);
  return typeof reason === "string"
    ? say("excel-step-failed", { reason }, { step: say(step) })
    : say("excel-step-failed", {}, { step: say(step), reason });
}

/**
 * "<Step> failed: <why>", the why in plain words.
 *
 * @example failedStepText("excel-step-writing-cells", codeError) // "Writing the cells failed: Excel reported an internal error. (GeneralException)"
 */
export function failedStepText(step: StepId, cause: unknown): string {
  return textOf(failedStepSay(step, cause));
}
