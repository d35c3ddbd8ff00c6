import { columnLetters, textIn, uiLanguageOf, windowRows, DEFAULT_LOCALE, RULE_TITLES, type CellValue, type CheckReport, type Grid, type Issue, type Role, type RuleId } from "../core";
import type { ChangeKind, ColumnChanges } from "./excel-changes";
import { frameIn, textInLang, wordsIn } from "./cli-lang";
import { alignColumns, terminalText } from "./terminal-text";

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

const ROLE_ORDER: readonly Role[] = ["quantity", "codes", "category", "name", "income", "expense"];

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
  lines.push(...excelChangeLines(view.excelChanges ?? [], view.locale));
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
    lines.push("", 'The column mapping on the command line: --map role=Header, e.g. --map quantity=QTY --map "codes=Asset Tag".');
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
  const rows = windowRows(view.grid, ROWS_LOOKED_AT);
  if (rows.length === 0) return [];
  const lines = rows.map((row) => {
    const cells = [...view.grid[row]];
    while (cells.length > 0 && cellText(cells[cells.length - 1]) === "") cells.pop();
    return `  row ${row + view.originRow}: ${terminalText(cells.map((v) => terminalText(cellText(v, view.locale), 40)).join(" | "), ROW_CHARS)}`;
  });
  return [`The first ${rows.length === 1 ? "row" : `${rows.length} rows`} with content, where a header was looked for:`, ...lines];
}

/** What each kind of change does, in words. */
const CHANGE_WORDS: Record<ChangeKind, string> = {
  "leading-zeros": "leading zeros are dropped",
  "long-number": "digits after the 15th become 0",
  exponent: "E notation is read as a number",
  "plus-sign": "the + sign is dropped",
  date: "read as a date",
};

/**
 * One line per column Excel's reading changes, with a count and the first cell: what check sees
 * is Excel's value, what the other commands keep and write is the file's text (docs/design.md §8).
 */
function excelChangeLines(columns: readonly ColumnChanges[], locale: string | undefined): string[] {
  if (columns.length === 0) return [];
  const { count } = counters(locale);
  const lines = columns.map((col) => {
    const name = col.header === null ? `Column ${col.column}` : `"${terminalText(col.header, 40)}" (${col.column})`;
    const { address, text, value } = col.first;
    const made = col.kinds[0] === "date" && typeof value === "number" ? dateText(value) : cellText(value, locale);
    return `  ${name}: ${count(col.cells, "cell")}, ${col.kinds.map((k) => CHANGE_WORDS[k]).join("; ")} (${address}: ${terminalText(text.trim(), 40)} → ${made})`;
  });
  return [
    "",
    `Excel changes values in ${count(columns.length, "column")} when it opens this file; the checks see Excel's values, ` +
      "and what the other commands write (--out) keeps the file's text:",
    ...lines,
  ];
}

/** An Excel date serial as `2026-03-04` (1900 date system, after its phantom 29 February). */
function dateText(serial: number): string {
  const days = Math.floor(serial) - (serial < 61 ? 1 : 0);
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A cell as text; a number outside en-US with the locale's decimal separator, ungrouped as Excel shows General. */
function cellText(value: CellValue, locale: string = DEFAULT_LOCALE): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && locale !== DEFAULT_LOCALE) return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
  return String(value);
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
