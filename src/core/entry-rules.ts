/**
 * Protect entry (issue 18 point 2, docs/design.md §30): the data validation rules the add-in puts
 * on the quantity and codes columns, as data. The Excel adapter applies them (src/excel/entry-validation.ts).
 *
 * - Quantity: a whole number of 1 or more. Quantity 0 (stock that is out) is a warning in the
 *   check, but the issue asks for ≥ 1 at entry; a register without a quantity column gets none.
 * - Codes: a custom formula that rejects a blank cell, an empty code between commas (`A1,,A2`,
 *   `,A1`, `A1,`) and a `;` anywhere. With `oneCodePerCell` the cell is one code, commas and `;`
 *   included, so only a blank one is refused.
 * Formulas use English function names and A1 references relative to the area's first cell
 * (what `DataValidationRule.custom.formula` takes); texts are in the operator's language and
 * within Excel's limits (title 32 characters, message 255).
 */
import { toAddress } from "./cells";
import { NO_QUANTITY } from "./columns";
import { textIn, type MessageId } from "./messages";
import type { Settings } from "./settings";
import type { TableInfo } from "./types";

/** Excel's limits on a data validation's input message and error alert. */
export const ENTRY_TITLE_MAX = 32;
export const ENTRY_MESSAGE_MAX = 255;

export type EntryRole = "quantity" | "codes";

export type EntryCriteria =
  | { type: "wholeNumber"; operator: "GreaterThanOrEqualTo"; formula1: number }
  | { type: "custom"; formula: string };

export interface EntryTexts {
  title: string;
  message: string;
}

export interface EntryRule {
  role: EntryRole;
  /** Sheet column (0-based) the rule goes on. */
  column: number;
  criteria: EntryCriteria;
  prompt: EntryTexts;
  /** Shown with style Stop: the entry is refused. */
  error: EntryTexts;
}

/** Where the inventory lies on the sheet: the detected table and the sheet cell of the grid's `values[0][0]`. */
export interface EntryLayout {
  table: TableInfo;
  /** Sheet row (0-based) of the first data row: the first cell the rules cover. */
  firstDataRow: number;
  /** Sheet column (0-based) of the grid's first column. */
  firstColumn: number;
}

/** The codes formula for the cell `cell` (the area's first cell, `C2`): TRUE when the entry is a usable code list. */
export function codesFormula(cell: string, oneCodePerCell = false): string {
  if (oneCodePerCell) return `=LEN(TRIM(${cell}))>0`;
  // Wrapped in commas with spaces removed, an empty or blank list and an empty code all show as ",,".
  return `=AND(ISERROR(FIND(";",${cell})),ISERROR(FIND(",,",SUBSTITUTE(","&${cell}&","," ",""))))`;
}

/** Cuts `text` to `max` characters, ending with "…" when cut. */
export function withinLimit(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

function texts(locale: string, title: MessageId, message: MessageId): EntryTexts {
  return { title: withinLimit(textIn(locale, title), ENTRY_TITLE_MAX), message: withinLimit(textIn(locale, message), ENTRY_MESSAGE_MAX) };
}

/** The rules for an inventory, quantity first; `locale` is the operator's (the pane's) language. */
export function planEntryRules(layout: EntryLayout, settings: Pick<Settings, "oneCodePerCell" | "eachRowOneUnit">, locale: string): EntryRule[] {
  const { columns } = layout.table;
  const rules: EntryRule[] = [];
  if (columns.quantity !== NO_QUANTITY && settings.eachRowOneUnit !== "on") {
    rules.push({
      role: "quantity",
      column: layout.firstColumn + columns.quantity,
      criteria: { type: "wholeNumber", operator: "GreaterThanOrEqualTo", formula1: 1 },
      prompt: texts(locale, "entry-quantity-prompt-title", "entry-quantity-prompt"),
      error: texts(locale, "entry-quantity-error-title", "entry-quantity-error"),
    });
  }
  const column = layout.firstColumn + columns.codes;
  const one = settings.oneCodePerCell;
  rules.push({
    role: "codes",
    column,
    criteria: { type: "custom", formula: codesFormula(toAddress(layout.firstDataRow, column), one) },
    prompt: texts(locale, "entry-codes-prompt-title", one ? "entry-code-prompt" : "entry-codes-prompt"),
    error: texts(locale, "entry-codes-error-title", one ? "entry-code-error" : "entry-codes-error"),
  });
  return rules;
}
