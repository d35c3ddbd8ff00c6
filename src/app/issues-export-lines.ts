/** The check's issues as lines of the Issues sheet: sheet coordinates, the message in the pane's language, the cell's value. */
import { sayIn } from "../core";
import { cellAddress, type InventoryRead, type IssueLine } from "../excel";
import type { LocatedIssue } from "./types";

/** In the check's order; the message loses its leading `C14: `, which the Cell column says. */
export function issueLines(issues: readonly LocatedIssue[], read: InventoryRead, locale: string): IssueLine[] {
  return issues.map((issue) => {
    const row = read.rect.row + issue.row;
    const column = read.rect.column + issue.column;
    const message = issue.say ? sayIn(locale, issue.say) : issue.message;
    const prefix = `${cellAddress(row, column)}: `;
    return {
      row,
      column,
      severity: issue.severity,
      rule: issue.rule,
      message: message.startsWith(prefix) ? message.slice(prefix.length) : message,
      value: read.values[issue.row]?.[issue.column] ?? null,
    };
  });
}
