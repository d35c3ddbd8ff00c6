import { say, type Say } from "../core";
import { failedStepSay, officeErrorCode } from "./errors";
import { StepFailure, type StepId } from "./office-run";
import { spoken } from "./spoken";

/**
 * A write action that failed at a named step (docs/design.md §7). `cause` is the
 * original error; `code` its Office error code. `restored` says whether the workbook was
 * put back as it was. `say` is `message` as data (one `Say` per sentence), for the pane's language.
 *
 * @example
 * throw new ExcelActionError("excel-step-serializing", error, true);
 * // message: "Inserting and writing the rows failed: Excel reported an internal error. (GeneralException)", then the catalogue's "nothing changed"
 */
export class ExcelActionError extends Error {
  readonly step: StepId;
  readonly code: string | undefined;
  readonly restored: boolean;
  readonly say: readonly Say[];

  constructor(step: StepId, cause: unknown, restored = true) {
    const said = spoken(failedStepSay(step, cause), say(restored ? "nothing-changed" : "excel-not-restored"));
    super(said.message, { cause });
    this.name = "ExcelActionError";
    this.step = step;
    this.code = officeErrorCode(cause);
    this.restored = restored;
    this.say = said.say;
  }
}

/**
 * The error to throw for `error`, caught during a write: a failed sync names its own step
 * (`StepFailure`), anything else is put down to `step`.
 */
export function actionFailed(error: unknown, step: StepId, restored: boolean): ExcelActionError {
  if (error instanceof StepFailure) return new ExcelActionError(error.step, error.cause, restored);
  return new ExcelActionError(step, error, restored);
}
