/**
 * Export issues (issue 18, docs/design.md §30): the owned "Issues" sheet, each issue with a
 * hyperlink to its cell. Contract stub; the export work package fills it in.
 */
import type { ActionHost } from "./action-host";
import type { IssuesExportOutcome, Result, SummaryRunOptions } from "./types";

export async function exportIssues(_host: ActionHost, _options?: SummaryRunOptions): Promise<Result<IssuesExportOutcome>> {
  throw new Error("Export issues is not built yet.");
}
