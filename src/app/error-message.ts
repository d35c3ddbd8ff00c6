/**
 * Turns anything thrown into one sentence an operator can act on: never a stack
 * trace, never "undefined", never a bare error code. Shared by the pane and the ribbon,
 * so it lives in the app layer.
 */

/** Excel error codes the app layer may pass through, explained in plain words. */
const officeCodes: Record<string, string> = {
  AccessDenied: "Excel refused access. The sheet or workbook may be protected or shared read-only",
  ActivityLimitReached: "Excel is busy with too many requests. Wait a moment and try again",
  ApiNotFound: "This version of Excel does not support the action",
  GeneralException: "Excel reported an internal error",
  InsertDeleteConflict: "Excel could not insert or delete rows here (a table, merged cells or a filter is in the way)",
  InvalidArgument: "Excel rejected the request",
  InvalidOperation: "Excel does not allow this action here",
  InvalidOperationInCellEditMode: "Excel is in cell-edit mode. Press Enter or Esc in the sheet, then try again",
  InvalidSelection: "The selection cannot be used for this action",
  ItemNotFound: "The sheet or range was not found. It may have been renamed or deleted",
  NotImplemented: "This version of Excel does not support the action",
  RequestPayloadSizeLimitExceeded: "The data is too large to send to Excel in one go",
  ResponsePayloadSizeLimitExceeded: "The data is too large to read from Excel in one go",
  Unauthenticated: "Excel could not verify your sign-in",
};

const GENERIC = "Something went wrong and the action did not finish. Try again; if it keeps happening, reload the add-in";

function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** True for texts that would mean nothing to an operator. */
function isMeaningless(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed === "" ||
    /\bundefined\b/.test(trimmed) ||
    /^(undefined|null|NaN|\[object \w+\]|Error|TypeError|ReferenceError)$/i.test(trimmed) ||
    /\bat .+:\d+:\d+\)?$/m.test(trimmed) // a stack frame slipped into a message
  );
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code) return code;
  return codeOf((error as { cause?: unknown }).cause);
}

/** A bug in our code (`Cannot read properties of undefined`): its text means nothing to an operator. */
export function isProgrammerError(error: unknown): boolean {
  return error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError || error instanceof SyntaxError;
}

/** True when the error means the user cancelled (an aborted signal). */
export function isCancellation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

/**
 * One or two plain sentences for any thrown value.
 * @example toErrorMessage(new Error("C14: the sheet is protected")) // "C14: the sheet is protected."
 */
export function toErrorMessage(error: unknown): string {
  if (isCancellation(error)) return "Cancelled. Nothing was changed.";
  if (isProgrammerError(error)) return withStop(GENERIC);
  const raw =
    typeof error === "string" ? error : error instanceof Error ? error.message : typeof error === "object" && error !== null ? String((error as { message?: unknown }).message ?? "") : "";
  const message = raw.split("\n")[0].trim();
  const code = codeOf(error) ?? (message in officeCodes ? message : undefined);
  const explained = code ? officeCodes[code] : undefined;
  if (explained) {
    const detail = message && message !== code && !isMeaningless(message) ? ` ${withStop(message)}` : "";
    return `${withStop(explained)}${detail} (Excel code: ${code})`;
  }
  if (isMeaningless(message)) return withStop(GENERIC);
  return withStop(message);
}
