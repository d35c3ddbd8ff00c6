/** Where rules put their findings while the check walks the grid. */
import type { Fix, FixKind, Issue, RuleId, Severity } from "../types";
import type { Settings } from "../settings";
import { toAddress } from "../cells";
import { text, type MessageId, type MessageValues } from "../messages";

/** The fix offered for an issue of this kind, its button text from the catalogue (`fix-<kind>`). */
export function fixOf(kind: FixKind): Fix {
  return { kind, label: text(`fix-${kind}`) };
}

/**
 * An issue on grid cell (`row`, `column`): its message is catalogue message `id` with
 * `values` and the cell's address as `cell`, kept as data in `say` and put into words in
 * `message` (`C14: …`).
 */
export function issueAt(
  rule: RuleId, severity: Severity, row: number, column: number, origin: string, id: MessageId, values: MessageValues,
): Issue {
  const all: MessageValues = { cell: toAddress(row, column, origin), ...values };
  return { rule, severity, row, column, message: text(id, all), say: { id, values: all } };
}

export class RuleContext {
  readonly issues: Issue[] = [];
  /** Set when the current row received an error; the check resets it per row. */
  rowError = false;
  constructor(readonly settings: Settings) {}

  /** Adds an issue saying message `id` with `values` about the cell (see `issueAt`). */
  add(rule: RuleId, severity: Severity, row: number, column: number, id: MessageId, values: MessageValues = {}, fix?: FixKind): void {
    const issue = issueAt(rule, severity, row, column, this.settings.origin, id, values);
    if (fix) issue.fix = fixOf(fix);
    this.issues.push(issue);
    if (severity === "error") this.rowError = true;
  }
}
