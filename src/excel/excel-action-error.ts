import { describeOfficeError, officeErrorCode } from "./errors";

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

function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}
