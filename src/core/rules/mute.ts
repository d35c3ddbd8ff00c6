/**
 * Muted rules (`settings.ignoredRules`, design.md §17): their issues are left out of the report but
 * counted in one note, never hidden silently. Muting changes what is shown, not what is safe: a row
 * with a muted error stays invalid (left out of the summary, refused by serialize and aggregate),
 * and the planners still name that error when they refuse it.
 */
import type { Issue, ReportNote, RuleId } from "../types";
import type { Settings } from "../settings";
import { RULE_ORDER } from "../rule-titles";
import { noteOf } from "../report-notes";

/** The issues a report shows, and the note counting those muted (absent when nothing was muted). */
export function muteIssues(issues: Issue[], settings: Settings): { shown: Issue[]; note?: ReportNote } {
  const muted = settings.ignoredRules;
  if (muted.length === 0) return { shown: issues };
  const off = new Set<RuleId>(muted);
  const counts = new Map<RuleId, number>();
  let warnings = 0;
  let errors = 0;
  const shown = issues.filter((issue) => {
    if (!off.has(issue.rule)) return true;
    counts.set(issue.rule, (counts.get(issue.rule) ?? 0) + 1);
    if (issue.severity === "error") errors++;
    else warnings++;
    return false;
  });
  if (counts.size === 0) return { shown };
  const rules = RULE_ORDER.filter((rule) => counts.has(rule))
    .map((rule) => `${rule} ${(counts.get(rule) as number).toLocaleString("en-US")}`)
    .join(", ");
  return { shown, note: noteOf("note-muted-rules", { warnings, errors, rules }) };
}
