/** Groups located issues by rule for the Check panel (one pass, stable order). */
import type { LocatedIssue } from "../app";
import { RULE_ORDER, type Fix, type RuleId, type Severity } from "../core";

export interface IssueGroup {
  rule: RuleId;
  /** "error" when any issue of the group is an error. */
  severity: Severity;
  issues: LocatedIssue[];
  /** The fix the group offers (from its first fixable issue). */
  fix?: Fix;
  fixableCount: number;
}

const rank = new Map<RuleId, number>(RULE_ORDER.map((rule, index) => [rule, index]));

/** Errors first, then warnings; within each, in the order of docs/design.md §2. Issues keep their order. */
export function groupIssues(issues: readonly LocatedIssue[]): IssueGroup[] {
  const groups = new Map<RuleId, IssueGroup>();
  for (const issue of issues) {
    let group = groups.get(issue.rule);
    if (!group) {
      group = { rule: issue.rule, severity: issue.severity, issues: [], fixableCount: 0 };
      groups.set(issue.rule, group);
    }
    group.issues.push(issue);
    if (issue.severity === "error") group.severity = "error";
    if (issue.fix) {
      group.fixableCount += 1;
      group.fix ??= issue.fix;
    }
  }
  return [...groups.values()].sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || (rank.get(a.rule) ?? 99) - (rank.get(b.rule) ?? 99),
  );
}

/** `Inventory!C14` → `C14`; `'My sheet'!C14` → `C14`. */
export function shortAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}
