/**
 * Marks on the sheet (issue 18, docs/design.md §30): check and mark, clear, and whether the
 * workbook holds marks. Contract stubs; the marks work package fills them in.
 */
import type { ActionHost } from "./action-host";
import type { ActionResult, MarksOutcome, MarksState, Result, RunOptions, SummaryRunOptions } from "./types";

export async function markIssues(_host: ActionHost, _options?: SummaryRunOptions): Promise<Result<MarksOutcome>> {
  throw new Error("Marking is not built yet.");
}

export async function clearMarks(_host: ActionHost, _options?: RunOptions): Promise<ActionResult> {
  throw new Error("Marking is not built yet.");
}

export async function marksState(_host: ActionHost): Promise<Result<MarksState>> {
  throw new Error("Marking is not built yet.");
}
