import { text } from "../core";
import { failedStepText, officeErrorCode } from "./errors";
import { StepFailure, type StepId } from "./office-run";

/**
 * A write action that failed at a named step (docs/design.md §7). `cause` is the
 * original error; `code` its Office error code. `restored` says whether the workbook was
 * put back as it was.
 *
 * @example
 * throw new ExcelActionError("inserting rows", error, true);
 * // message: "Inserting rows failed: Excel reported an internal error. (GeneralException)", then the catalogue's "nothing changed"
 */
export class ExcelActionError extends Error {
  readonly step: string;
  readonly code: string | undefined;
  readonly restored: boolean;

  constructor(step: string, cause: unknown, restored = true) {
    const outcome = restored ? text("nothing-changed") : text("excel-not-restored");
    super(`${failedStepText(step, cause)} ${outcome}`, { cause });
    this.name = "ExcelActionError";
    this.step = step;
    this.code = officeErrorCode(cause);
    this.restored = restored;
  }
}

/**
 * The error to throw for `error`, caught during a write: a failed sync names its own step
 * (`StepFailure`), anything else is put down to `step`.
 */
export function actionFailed(error: unknown, step: StepId, restored: boolean): ExcelActionError {
  if (error instanceof StepFailure) return new ExcelActionError(error.step, error.cause, restored);
  return new ExcelActionError(text(step), error, restored);
}
