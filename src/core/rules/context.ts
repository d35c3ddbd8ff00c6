/** Where rules put their findings while the check walks the grid. */
import type { Fix, FixKind, Issue, RuleId, Severity } from "../types";
import type { Settings } from "../settings";
import { toAddress } from "../cells";
import { say, text, textOf, type MessageId, type Say } from "../messages";
import { describeValue, valueWord } from "../cells";
import { cultureName, DEFAULT_LOCALE, numberSymbols } from "../locale-numbers";

const fixLabels = new Map<FixKind, string>();

/** The fix offered for an issue of this kind, its button text from the catalogue (`fix-<kind>`). */
export function fixOf(kind: FixKind): Fix {
  let label = fixLabels.get(kind);
  if (label === undefined) fixLabels.set(kind, (label = text(`fix-${kind}`)));
  return { kind, label };
}

/** An issue's message values: `cell` is the address of its cell (`C14`). */
export type IssueValues = { cell: string } & Record<string, string | number>;

/**
 * An issue on grid cell (`row`, `column`) saying catalogue message `id` with `values`
 * (`values.cell` names that cell): kept as data in `say`, put into words in `message`
 * (`C14: …`) unless `inWords` is false.
 */
export function issueAt(
  rule: RuleId, severity: Severity, row: number, column: number, id: MessageId, values: IssueValues, inWords = true, parts?: IssueParts,
): Issue {
  return { rule, severity, row, column, message: inWords ? text(id, values) : "", say: parts ? say(id, values, parts) : { id, values } };
}

/** Values of an issue that are catalogue words themselves (`(empty)`), put into words in the reader's language. */
export type IssueParts = Readonly<Record<string, Say | undefined>>;

export class RuleContext {
  readonly issues: Issue[] = [];
  /** Set when the current row received an error; the check resets it per row. */
  rowError = false;
  /** The canonical locale number text is read in (`settings.locale`, design.md §14). */
  readonly locale: string;
  /** The locale as messages name it: `none` for the default en-US, whose words stay as they were. */
  readonly localeSaid: string;
  /** The workbook culture's decimal separator, for numbers quoted in messages as Excel shows them. */
  readonly decimal: string;
  constructor(readonly settings: Settings) {
    const symbols = numberSymbols(settings.locale);
    this.locale = symbols.locale;
    this.decimal = symbols.decimal;
    this.localeSaid = this.locale === DEFAULT_LOCALE ? "none" : cultureName(this.locale);
  }

  /** A cell value as a message quotes it: numbers as the workbook's Excel shows them (`2,5` in fi-FI). */
  valueText(value: unknown): string {
    return describeValue(value, this.decimal);
  }

  /** `{ value }` when `valueText` gives a catalogue word for the value (an unsupported value), for `add`'s `parts`. */
  valueParts(value: unknown): IssueParts | undefined {
    const word = valueWord(value);
    return word && { value: word };
  }

  /** The address the user sees for grid cell (`row`, `column`), for an issue's `cell`. */
  at(row: number, column: number): string {
    return toAddress(row, column, this.settings.origin);
  }

  /**
   * Adds an issue on grid cell (`row`, `column`) saying message `id` with `values`. Its words
   * come with `putIntoWords`.
   *
   * Decision (speed): the rule writes `cell: ctx.at(row, column)` in its own object literal,
   * so the values have their final shape from the start: adding `cell` here afterwards gave
   * every issue's values a second backing store, a cost a check with a thousand issues showed.
   */
  add(rule: RuleId, severity: Severity, row: number, column: number, id: MessageId, values: IssueValues, fix?: FixKind, parts?: IssueParts): void {
    const issue = issueAt(rule, severity, row, column, id, values, false, parts);
    if (fix) issue.fix = fixOf(fix);
    this.issues.push(issue);
    if (severity === "error") this.rowError = true;
  }

  /**
   * Puts the issues' messages into words, once the walk is done. Decision (speed): in one
   * pass the renderer stays hot; called where each issue is found, between thousands of clean
   * rows, it ran cold (about 0.4 µs a message against 0.1 µs here, a check of 100,000 rows).
   */
  putIntoWords(): void {
    for (const issue of this.issues) if (issue.message === "" && issue.say) issue.message = textOf(issue.say);
  }
}
