/** Where rules put their findings while the check walks the grid. */
import type { Fix, FixKind, Issue, RuleId, Severity } from "../types";
import type { Settings } from "../settings";
import { toAddress } from "../cells";

const FIX_LABELS: Readonly<Record<FixKind, string>> = {
  "convert-to-number": "Convert to number",
  "generate-codes": "Generate codes",
  "tidy-list": "Tidy the list",
  "split-on-separator": "Split into codes",
  "split-on-spaces": "Split on spaces",
  "remove-invisible": "Remove invisible characters",
  "remove-repeat": "Remove the repeat",
  "store-as-text": "Store as text",
};

/** The fix offered for an issue of this kind. */
export function fixOf(kind: FixKind): Fix {
  return { kind, label: FIX_LABELS[kind] };
}

export class RuleContext {
  readonly issues: Issue[] = [];
  /** Set when the current row received an error; the check resets it per row. */
  rowError = false;
  constructor(readonly settings: Settings) {}

  /** Adds an issue whose message starts with the cell's address (`C14: …`). */
  add(rule: RuleId, severity: Severity, row: number, column: number, text: string, fix?: FixKind): void {
    const issue: Issue = { rule, severity, row, column, message: `${toAddress(row, column, this.settings.origin)}: ${text}` };
    if (fix) issue.fix = fixOf(fix);
    this.issues.push(issue);
    if (severity === "error") this.rowError = true;
  }
}
