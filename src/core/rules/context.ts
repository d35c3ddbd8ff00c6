/** Where rules put their findings while the check walks the grid. */
import type { Fix, FixKind, Issue, RuleId, Severity } from "../types";
import type { Settings } from "../settings";
import { toAddress } from "../cells";
import { text, type MessageId } from "../messages";

const fixLabels = new Map<FixKind, string>();

/** The fix offered for an issue of this kind, its button text from the catalogue (`fix-<kind>`). */
export function fixOf(kind: FixKind): Fix {
  let label = fixLabels.get(kind);
  if (label === undefined) fixLabels.set(kind, (label = text(`fix-${kind}`)));
  return { kind, label };
}

/**
 * An issue on grid cell (`row`, `column`): its message is catalogue message `id` with
 * `values` and the cell's address as `cell`, kept as data in `say` and put into words in
 * `message` (`C14: …`). Takes `values` over (it gets `cell`): pass a fresh object.
 */
export function issueAt(
  rule: RuleId, severity: Severity, row: number, column: number, origin: string, id: MessageId, values: Record<string, string | number>,
): Issue {
  // Added to the caller's object rather than copied: a check can make thousands of issues.
  values.cell = toAddress(row, column, origin);
  return { rule, severity, row, column, message: text(id, values), say: { id, values } };
}

export class RuleContext {
  readonly issues: Issue[] = [];
  /** Set when the current row received an error; the check resets it per row. */
  rowError = false;
  constructor(readonly settings: Settings) {}

  /** Adds an issue saying message `id` with `values` about the cell (see `issueAt`: `values` is taken over). */
  add(rule: RuleId, severity: Severity, row: number, column: number, id: MessageId, values: Record<string, string | number> = {}, fix?: FixKind): void {
    const issue = issueAt(rule, severity, row, column, this.settings.origin, id, values);
    if (fix) issue.fix = fixOf(fix);
    this.issues.push(issue);
    if (severity === "error") this.rowError = true;
  }
}
