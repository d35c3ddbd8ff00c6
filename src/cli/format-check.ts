import { RULE_TITLES, type CheckReport, type Issue, type RuleId } from "../core";
import { alignColumns, terminalText } from "./terminal-text";

/** An issue as the CLI prints it in --json: the engine's issue plus the cell address the user sees. */
export type AddressedIssue = Issue & { address: string };

/** How many issues of one rule the human output lists before saying "… and N more". */
export const ISSUES_SHOWN_PER_RULE = 20;
/**
 * The engine's messages are whole sentences that end with what to do, and already shorten the
 * cell text they quote (40 characters); this bound only guards the terminal, it must not cut advice.
 */
const MESSAGE_CHARS = 400;

/** Human report: a headline with the counts, then errors and warnings grouped by rule with cell addresses. */
export function formatCheck(where: string, report: CheckReport, issues: readonly AddressedIssue[], headerRowNumber: number | null): string {
  const lines: string[] = [];
  const r = report.rows;
  if (report.table && headerRowNumber !== null) {
    lines.push(
      `${where}: header in row ${headerRowNumber}; ${count(r.data, "row")} (${n(r.blank)} blank skipped): ${n(r.valid)} valid, ${n(r.invalid)} invalid; ` +
        `${n(r.serialized)} serialized, ${n(r.aggregated)} aggregated, ${count(r.units, "unit")}`,
    );
  } else {
    lines.push(`${where}: no inventory table found`);
  }
  for (const severity of ["error", "warning"] as const) {
    const ofSeverity = issues.filter((i) => i.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push("", `${n(ofSeverity.length)} ${severity}${ofSeverity.length === 1 ? "" : "s"}`);
    for (const [rule, group] of groupByRule(ofSeverity)) {
      lines.push(`  ${RULE_TITLES[rule] ?? rule} (${rule}): ${n(group.length)}`);
      const shown = group.slice(0, ISSUES_SHOWN_PER_RULE).map((i) => ["  ", i.address, terminalText(withoutAddress(i), MESSAGE_CHARS)]);
      lines.push(...alignColumns(shown, [false, false, false]));
      if (group.length > shown.length) lines.push(`    … and ${n(group.length - shown.length)} more (--json lists every issue)`);
    }
  }
  if (issues.some((i) => i.severity === "error" && (i.rule === "no-header" || i.rule === "duplicate-header"))) {
    lines.push("", 'The column mapping on the command line: --map role=Header, e.g. --map quantity=QTY --map "codes=Asset Tag".');
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  lines.push("", errors === 0 ? `No errors${warnings ? `, ${n(warnings)} warning${warnings === 1 ? "" : "s"}` : ""}.` : `${n(errors)} error${errors === 1 ? "" : "s"}, ${n(warnings)} warning${warnings === 1 ? "" : "s"}.`);
  return lines.join("\n");
}

function groupByRule(issues: readonly AddressedIssue[]): Map<RuleId, AddressedIssue[]> {
  const groups = new Map<RuleId, AddressedIssue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.rule);
    if (list) list.push(issue);
    else groups.set(issue.rule, [issue]);
  }
  return groups;
}

/** The engine's messages start with the address ("C14: …"); the address is already in its own column. */
function withoutAddress(issue: AddressedIssue): string {
  const prefix = `${issue.address}: `;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}

function n(count: number): string {
  return count.toLocaleString("en-US");
}

function count(amount: number, noun: string): string {
  return `${n(amount)} ${noun}${amount === 1 ? "" : "s"}`;
}
