/**
 * The Issues sheet's cells (issue 18 point 3, docs/design.md §30), in the pane's language: a
 * heading row, then per issue its cell, severity, rule (its name as the pane shows it, then its
 * id), message and the cell's current value, all as text. Pure: `issues-sheet.ts` writes them,
 * text formatted `@` first.
 */
import { numberSymbols, RULE_ORDER, textIn, type CellValue, type MessageId, type Severity } from "../core";
import { cellAddress } from "./addresses";
import { estimateBytes } from "./office-run";

/** Columns: Cell, Severity, Rule, Message, Current value. */
export const ISSUES_WIDTH = 5;

/** One issue as the app hands it over: where it is (sheet coordinates) and what it says. */
export interface IssueLine {
  row: number;
  column: number;
  severity: Severity;
  rule: string;
  /** In the sheet's language, without the leading `C14: `. */
  message: string;
  value: CellValue;
}

/** A line of the sheet: its five texts and, for an issue, where its Cell links to. */
export interface SheetLine {
  cells: string[];
  link?: { documentReference: string; textToDisplay: string };
}

/** `'Stock'!C14`: the sheet always quoted, apostrophes doubled, as Excel reads a reference to any sheet name. */
export function linkTarget(sheetName: string, row: number, column: number): string {
  return `'${sheetName.replace(/'/g, "''")}'!${cellAddress(row, column)}`;
}

/** The heading row. */
export function headingCells(locale: string): string[] {
  return (["cell", "severity", "rule", "message", "value"] as const).map((h) => textIn(locale, `issues-export-heading-${h}` as MessageId));
}

/** The lines under the heading: one per issue in the check's order, or one line saying there are none. */
export function issueSheetLines(sourceName: string, issues: readonly IssueLine[], locale: string, numberLocale = locale): SheetLine[] {
  if (issues.length === 0) return [{ cells: [textIn(locale, "issues-export-none", { sheet: sourceName }), "", "", "", ""] }];
  const decimal = numberSymbols(numberLocale).decimal;
  return issues.map((issue) => {
    const cell = cellAddress(issue.row, issue.column);
    const severity = textIn(locale, issue.severity === "error" ? "issues-export-severity-error" : "issues-export-severity-warning");
    return {
      cells: [cell, severity, ruleText(issue.rule, locale), issue.message, valueText(issue.value, decimal)],
      link: { documentReference: linkTarget(sourceName, issue.row, issue.column), textToDisplay: cell },
    };
  });
}

/**
 * A rule as the pane's issue groups name it, followed by its id: the reader of a handed-over list
 * reads what is wrong in their language, and the id (as the settings' muted rules and the command
 * line show it) stays findable with Ctrl+F or a filter whatever the list's language. An id the
 * catalogue has no name for stays as it is.
 */
export function ruleText(rule: string, locale: string): string {
  if (!(RULE_ORDER as readonly string[]).includes(rule)) return rule;
  return textIn(locale, "issues-export-rule", { title: textIn(locale, `rule-title-${rule}` as MessageId), rule });
}

/** A cell's value as text: a number with the locale's decimal separator, TRUE/FALSE, text as it is. */
export function valueText(value: CellValue, decimal = "."): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return decimal === "." ? String(value) : String(value).replace(".", decimal);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** A line's share of a request: its values and `@` formats, and the hyperlink with the operations that set it. */
export function lineBytes(line: SheetLine): number {
  const link = line.link ? line.link.documentReference.length + line.link.textToDisplay.length + 200 : 0;
  return estimateBytes([line.cells]) + ISSUES_WIDTH * 6 + link;
}
