/**
 * Office errors in plain words, and the one exception class of the adapter.
 * The UI never sees a raw error code without an explanation.
 */

/** The Office error code of a failed sync (`InvalidOperationInCellEditMode`, …), if any. */
export function officeErrorCode(error: unknown): string | undefined {
  if (error instanceof ExcelActionError) return error.code;
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && code.length > 0) return code;
  }
  return undefined;
}

const plainWords: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is busy editing a cell. Press Enter or Esc to leave the cell, then try again.",
  AccessDenied: "Excel refused the change: the sheet or workbook is protected or read-only.",
  RequestPayloadSizeLimitExceeded: "The change is too large for Excel to take in one go.",
  ResponsePayloadSizeLimitExceeded: "The data is too large for Excel to send in one go.",
  GeneralException: "Excel reported an internal error.",
  ItemNotFound: "A sheet, table or cell the add-in needed is no longer there (it was renamed or deleted).",
  ItemAlreadyExists: "A sheet or table with that name already exists.",
  InvalidArgument: "Excel did not accept a value the add-in sent.",
  InvalidOperation: "Excel does not allow this operation here.",
  InsertDeleteConflict: "Rows cannot be inserted or deleted here: it would split a table, merged cells or an array formula.",
  MergedRangeConflict: "Merged cells are in the way.",
  FilteredRangeConflict: "A filter is active on the range: clear the filter and try again.",
  PivotTableRangeConflict: "A PivotTable is in the way.",
  NonBlankCellOffSheet: "Rows cannot be inserted: data at the bottom of the sheet would be pushed off it.",
  RangeExceedsLimit: "The range is larger than Excel allows.",
  UnsupportedOperation: "This version of Excel does not support the operation.",
  ApiNotFound: "This version of Excel does not support the operation.",
  UndoNotSupported: "Excel could not group the change into one undo step.",
  Conflict: "Someone else changed the workbook at the same time.",
  RequestAborted: "The request to Excel was interrupted.",
};

/** Plain words for an Office error code; the code itself is added in brackets for support. */
export function describeOfficeError(code: string | undefined): string {
  if (code === undefined) return "An unexpected error occurred.";
  const words = plainWords[code] ?? "Excel reported an error.";
  return `${words} (${code})`;
}

/**
 * A write action that failed at a named step (SPEC §7). `cause` is the original
 * error; `code` its Office error code. `restored` says whether the workbook was
 * put back as it was.
 *
 * @example
 * throw new ExcelActionError("inserting rows", error, true);
 * // message: "Inserting rows failed: Excel reported an internal error. (GeneralException) Nothing was changed."
 */
export class ExcelActionError extends Error {
  readonly step: string;
  readonly code: string | undefined;
  readonly restored: boolean;

  constructor(step: string, cause: unknown, restored = true) {
    const code = officeErrorCode(cause);
    const what = code === undefined && cause instanceof Error ? cause.message : describeOfficeError(code);
    const after = restored ? "Nothing was changed." : "Some changes could not be undone automatically: check the sheet.";
    super(`${capitalize(step)} failed: ${what} ${after}`, { cause });
    this.name = "ExcelActionError";
    this.step = step;
    this.code = code;
    this.restored = restored;
  }
}

/** A refusal found before anything was written: protection, cell-edit mode, a concurrent edit. */
export class ActionRefusedError extends Error {
  readonly kind: "refused" | "protected" | "cell-edit-mode" | "changed-meanwhile" | "cancelled";
  /** Per-row reasons when the engine refused rows. */
  readonly refused?: { row: number; address: string; reason: string }[];

  constructor(kind: ActionRefusedError["kind"], message: string, refused?: ActionRefusedError["refused"]) {
    super(message);
    this.name = "ActionRefusedError";
    this.kind = kind;
    this.refused = refused;
  }
}

function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}
