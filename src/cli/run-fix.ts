/**
 * `fix` (docs/design.md §18): the pane's Fix all on a file. The chosen issues of the fixable rules
 * go to the engine's planFix as the pane hands them over; codes whose text Excel destroyed have no
 * fix and are listed as not fixable with the check's own reason, never guessed.
 */
import { planFix, text, toAddress, type Issue, type RuleId, type Say } from "../core";
import { finishCellPlan, withoutTable } from "./cell-plan";
import { keptReport, type Checked } from "./checked";
import { FIX_RULES, NOT_FIXABLE_WITH } from "./fix-rules";
import { toGridRows } from "./run-plans";
import { inputCellFormats } from "./xlsx-package/cell-formats";

export async function runFix(c: Checked): Promise<number> {
  const report = keptReport(c);
  const missing = withoutTable(c, report);
  if (missing !== null) return missing;
  const chosen = chosenIssues(c, report.issues);
  const numeric = chosen.filter((i) => i.fix?.kind === "store-as-text" && typeof c.keptGrid[i.row]?.[i.column] === "number");
  const formatOf = await inputCellFormats(c.input, numeric.map((i) => ({ row: i.row + c.input.originRow, column: i.column + c.input.originColumn })));
  const unknown = new Map<Issue, Say | null>(chosen.map((i) => [i, null]));
  for (const issue of numeric) unknown.set(issue, shownOtherwise(c, issue, formatOf));
  const fixable = chosen.filter((i) => i.fix !== undefined && unknown.get(i) === null);
  const plan = planFix(c.keptGrid, fixable, c.settings, report);
  for (const issue of chosen) {
    const say = unknown.get(issue);
    if (issue.fix === undefined) plan.refused.push({ row: issue.row, reason: issue.message, say: issue.say });
    else if (say) plan.refused.push({ row: issue.row, reason: text(say.id, say.values), say });
  }
  const rules = new Map<string, RuleId[]>();
  for (const issue of fixable) {
    const key = `${issue.row}:${issue.column}`;
    rules.set(key, [...(rules.get(key) ?? []), issue.rule]);
  }
  return finishCellPlan(c, plan, (row, column) => rules.get(`${row}:${column}`) ?? [], {
    done: "cli-fixed-cells", notDone: "cli-not-fixed-cells", nothing: "cli-nothing-fix",
  });
}

/**
 * Why a code stored as a number cannot be written as text, or null when it can: in an .xlsx a
 * number format (a date, `00000`) shows the operator other text than the number's digits, and
 * which text the code was is not known for certain, so the fix is not guessed.
 */
function shownOtherwise(c: Checked, issue: Issue, formatOf: (row: number, column: number) => string | undefined): Say | null {
  const format = formatOf(issue.row + c.input.originRow, issue.column + c.input.originColumn);
  if (!format || format === "General" || format === "@" || format === "0") return null;
  const cell = toAddress(issue.row, issue.column, c.origin);
  return { id: "cli-refuse-number-format", values: { cell, format: JSON.stringify(format) } };
}

/** The issues of the chosen rules (--rule, else every fixable one) and rows (--rows, else all). */
function chosenIssues(c: Checked, issues: readonly Issue[]): Issue[] {
  const fixRules = c.options.rules.length > 0 ? c.options.rules : FIX_RULES;
  const rules = new Set<RuleId>(fixRules);
  for (const rule of fixRules) {
    const alongside = NOT_FIXABLE_WITH[rule];
    if (alongside) rules.add(alongside);
  }
  const rows = c.options.rows === undefined ? null : new Set(toGridRows(c));
  return issues.filter((i) => rules.has(i.rule) && (rows === null || rows.has(i.row)));
}
