/**
 * Office error codes in plain words: the UI never sees a raw code without an
 * explanation. The adapter's exceptions: `ExcelActionError`, `ActionRefusedError`.
 */

/** The Office error code of a failed sync (`InvalidOperationInCellEditMode`, …), if any. */
export function officeErrorCode(error: unknown): string | undefined {
  // ExcelActionError keeps the code on `code` and the original error on `cause`.
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
  InvalidSelection: "A chart, shape or picture is selected, not cells. Select the rows in the sheet, then try again.",
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
