/** `check --out`: the issue list as a file to hand over (issue 18 point 3, docs/design.md §20). */
import type { CellValue } from "../core";
import { wordsIn } from "./cli-lang";
import type { AddressedIssue } from "./format-check";
import type { ReportTable } from "./write-table";

/** The issue list's columns, left to right. */
export const ISSUE_HEADERS = ["Cell", "Severity", "Rule", "Message", "Value"] as const;

/**
 * The issue list as a table: per issue its cell (`C14`), severity, rule id, message and the
 * value the cell holds as checked (what Excel shows; a number stays a number). The message is in
 * `lang` (--lang), as the printed report is; the columns and severities stay the file's fixed keys.
 */
export function issueTable(issues: readonly AddressedIssue[], grid: readonly (readonly CellValue[])[], lang = "en"): ReportTable {
  return {
    sheetName: "Issues",
    headers: ISSUE_HEADERS,
    rows: issues.map((issue) => [issue.address, issue.severity, issue.rule, wordsIn(lang, issue.message, issue.say), grid[issue.row]?.[issue.column] ?? ""]),
    formats: ["@", "@", "@", "@", undefined],
  };
}
