/**
 * Export issues (issue 18, docs/design.md §30): the owned "Issues" sheet, each issue with a
 * hyperlink to its cell. It reads and checks the inventory as Check does and writes the list in
 * the pane's language; the sheet is the add-in's own, so a protected inventory is fine.
 */
import { activeIssuesSheetSource, writeIssuesSheet, type IssueLine, type IssuesSheetWrite } from "../excel";
import { checkOutcome } from "./read-actions";
import { issueLines } from "./issues-export-lines";
import { ok, settle } from "./outcomes";
import type { ActionHost } from "./action-host";
import type { IssuesExportOutcome, Result, SummaryRunOptions } from "./types";
import type { WriteDone, WriteScope } from "./write-action";
import { sentences, words } from "./words";

export function exportIssues(host: ActionHost, options?: SummaryRunOptions): Promise<Result<IssuesExportOutcome>> {
  return settle(() => run(host, options), options?.signal);
}

async function run(host: ActionHost, options?: SummaryRunOptions): Promise<Result<IssuesExportOutcome>> {
  let written: { sheetName: string; issues: number } | undefined;
  // Run from a list of ours, the action means that list's inventory (a sheet chosen in the pane still wins).
  const source = await host.readExcel(activeIssuesSheetSource);
  const result = await host.write(options, async (scope) => {
    const done = await writeList(scope, options);
    written = { sheetName: done.sheetName, issues: done.issues };
    return done;
  }, { writesInventory: false, ...(source === undefined ? {} : { sheetName: source }) });
  // A write that succeeded ran its body, so `written` is set.
  return result.ok ? ok({ ...result.value, ...written! }) : result;
}

async function writeList(scope: WriteScope, options?: SummaryRunOptions): Promise<WriteDone & { sheetName: string; issues: number }> {
  const locale = options?.displayLocale ?? "en-US";
  const { read } = scope;
  const checked = checkOutcome(read);
  const lines: IssueLine[] = issueLines(checked.issues, read, locale);
  const written = await writeIssuesSheet(scope.context, lines, {
    locale,
    numberLocale: read.culture ?? locale,
    sourceName: read.sheetName,
    onProgress: options?.onProgress,
    beforeWrite: scope.beforeWrite,
    grouped: scope.grouped,
  });
  return { ...resultWords(written, read.sheetName, lines.length), sheetName: written.sheetName, issues: lines.length };
}

function resultWords(written: IssuesSheetWrite, source: string, count: number) {
  const listed = count === 0
    ? words("issues-export-done-none", { source, sheet: written.sheetName })
    : words("issues-export-done", { count, source, sheet: written.sheetName });
  if (count === 0) return listed;
  return sentences(listed, words(written.links ? "issues-export-links" : "issues-export-no-links"));
}
