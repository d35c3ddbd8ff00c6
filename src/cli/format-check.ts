import { columnLetters, textIn, uiLanguageOf, windowRows, DEFAULT_LOCALE, RULE_TITLES, type CheckReport, type Grid, type Issue, type Role, type RuleId } from "../core";
import type { ColumnChanges } from "./excel-changes";
import { frameIn, textInLang, wordsIn } from "./cli-lang";
import { alignColumns, terminalText } from "./terminal-text";
import { cellText, excelChangeLines } from "./format-excel-changes";

/** An issue as the CLI prints it in --json: the engine's issue plus the cell address the user sees. */
export type AddressedIssue = Issue & { address: string };

/** What the human check report is made from. */
export interface CheckView {
  /** "Stock in inventory.xlsx": how the report names what was read. */
  where: string;
  report: CheckReport;
  issues: readonly AddressedIssue[];
  /** The grid checked; without a header, its first rows are shown. */
  grid: Grid;
  /** 1-based Excel row and column of `grid[0][0]`. */
  originRow: number;
  originColumn: number;
  /** Columns whose values Excel's reading of a .csv changes. */
  excelChanges?: readonly ColumnChanges[];
  /** How the file was read, said after `where` in the headline (`read as ;-separated, locale nl-NL`); empty for the usual. */
  readAs?: string;
  /** The locale counts are printed in (default en-US). */
  locale?: string;
  /** The language of the engine's words: issue messages, notes, rule titles (default en). */
  lang?: string;
}

/** How many issues of one rule the human output lists before saying "… and N more". */
export const ISSUES_SHOWN_PER_RULE = 20;
/**
 * The engine's messages are whole sentences that end with what to do, and already shorten the
 * cell text they quote (40 characters); this bound only guards the terminal, it must not cut advice.
 */
const MESSAGE_CHARS = 400;
/** Rows of the header window shown when no header was found, and how wide each may print. */
const ROWS_LOOKED_AT = 5;
const ROW_CHARS = 120;

const ROLE_ORDER: readonly Role[] = ["quantity", "codes", "category", "name", "income", "expense", "status", "available", "purchase"];

/**
 * Human report: a headline with the counts and the header used for each role (or, without a
 * header, the first rows looked at), then errors and warnings grouped by rule with cell addresses.
 */
export function formatCheck(view: CheckView): string {
  const { report, issues } = view;
  const where = view.readAs ? `${view.where} (${view.readAs})` : view.where;
  const { n, count } = counters(view.locale);
  const lines: string[] = [];
  const r = report.rows;
  const lang = view.lang ?? "en";
  if (report.table) {
    const row = String(report.table.headerRow + view.originRow);
    const english =
      `${where}: header in row ${row}; ${count(r.data, "row")} (${n(r.blank)} blank skipped): ${n(r.valid)} valid, ${n(r.invalid)} invalid; ` +
      `${n(r.serialized)} serialized, ${n(r.aggregated)} aggregated, ${count(r.units, "unit")}`;
    lines.push(frameIn(lang, "cli-check-headline", { where, row, ...r }, english), columnsLine(view));
  } else {
    lines.push(textInLang(lang, "cli-no-table", { where }), ...rowsLookedAt(view));
  }
  lines.push(...excelChangeLines(view.excelChanges ?? [], view.locale, lang));
  for (const note of report.notes ?? []) lines.push(textInLang(lang, "cli-note", { message: terminalText(wordsIn(lang, note.message, note.say), MESSAGE_CHARS) }));
  for (const severity of ["error", "warning"] as const) {
    const ofSeverity = issues.filter((i) => i.severity === severity);
    if (ofSeverity.length === 0) continue;
    const heading = `${n(ofSeverity.length)} ${severity}${ofSeverity.length === 1 ? "" : "s"}`;
    lines.push("", frameIn(lang, severity === "error" ? "cli-errors-heading" : "cli-warnings-heading", { count: ofSeverity.length }, heading));
    for (const [rule, group] of groupByRule(ofSeverity)) {
      lines.push(`  ${ruleTitle(rule, lang)} (${rule}): ${n(group.length)}`);
      const shown = group.slice(0, ISSUES_SHOWN_PER_RULE).map((i) => ["  ", i.address, terminalText(withoutAddress(i, lang), MESSAGE_CHARS)]);
      lines.push(...alignColumns(shown, [false, false, false]));
      const more = group.length - shown.length;
      if (more > 0) lines.push(`    ${frameIn(lang, "cli-more-issues", { count: more }, `… and ${n(more)} more (--json lists every issue)`)}`);
    }
  }
  if (issues.some((i) => i.severity === "error" && (i.rule === "no-header" || i.rule === "duplicate-header"))) {
    lines.push("", textInLang(lang, "cli-map-hint"));
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  lines.push("", totalLine(errors, warnings, n, lang));
  return lines.join("\n");
}

/** The last line: how many errors and warnings, in `lang` (English counts in the number locale, as before --lang). */
function totalLine(errors: number, warnings: number, n: (value: number) => string, lang: string): string {
  const english =
    errors === 0 ? `No errors${warnings ? `, ${n(warnings)} warning${warnings === 1 ? "" : "s"}` : ""}.` : `${n(errors)} error${errors === 1 ? "" : "s"}, ${n(warnings)} warning${warnings === 1 ? "" : "s"}.`;
  const id = errors > 0 ? "cli-errors-warnings" : warnings > 0 ? "cli-no-errors-warnings" : "cli-no-errors";
  return frameIn(lang, id, { errors, warnings }, english);
}

/** `Columns: quantity = "Qty" (B), codes = "Stock codes" (C), …`: which header each role was given. */
function columnsLine(view: CheckView): string {
  const table = view.report.table;
  if (!table) return "";
  const parts: string[] = [];
  for (const role of ROLE_ORDER) {
    const c = table.columns[role];
    if (c === undefined || c < 0) continue; // a register has no quantity column (-1)
    parts.push(`${role} = "${terminalText(table.headers?.[c] ?? "", 40)}" (${columnLetters(view.originColumn - 1 + c)})`);
  }
  // The role names stay as --map takes them.
  return textInLang(view.lang ?? "en", "cli-columns", { list: parts.join(", ") });
}

/**
 * The first non-blank rows of the header window, cells separated by ` | `: a file split on `;`
 * (one cell per row) or a header the tool does not know shows at a glance.
 */
function rowsLookedAt(view: CheckView): string[] {
  const lang = view.lang ?? "en";
  const rows = windowRows(view.grid, ROWS_LOOKED_AT);
  if (rows.length === 0) return [];
  const lines = rows.map((row) => {
    const cells = [...view.grid[row]];
    while (cells.length > 0 && cellText(cells[cells.length - 1]) === "") cells.pop();
    const at = textInLang(lang, "cli-rows-at", { count: 1, rows: String(row + view.originRow) });
    return `  ${textInLang(lang, "cli-row-line", { rows: at, text: terminalText(cells.map((v) => terminalText(cellText(v, view.locale), 40)).join(" | "), ROW_CHARS) })}`;
  });
  return [textInLang(lang, "cli-rows-looked-at", { count: rows.length }), ...lines];
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
function withoutAddress(issue: AddressedIssue, lang: string): string {
  const prefix = `${issue.address}: `;
  const message = wordsIn(lang, issue.message, issue.say);
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** A rule group's heading: the catalogue's `rule-title-<rule>` in `lang`. */
function ruleTitle(rule: RuleId, lang: string): string {
  return uiLanguageOf(lang) === "en" ? (RULE_TITLES[rule] ?? rule) : textIn(lang, `rule-title-${rule}`);
}

/** Counts as the locale groups them (`1,234` in en-US, `1 234` in fi-FI), and a count with its noun. */
function counters(locale: string = DEFAULT_LOCALE): { n: (value: number) => string; count: (amount: number, noun: string) => string } {
  const format = new Intl.NumberFormat(locale);
  const n = (value: number) => format.format(value);
  return { n, count: (amount, noun) => `${n(amount)} ${noun}${amount === 1 ? "" : "s"}` };
}
