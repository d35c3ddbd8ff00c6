/**
 * What Protect entry remembers in the workbook's settings (docs/design.md §30): the sheet, and
 * per column its role, where the rule went and the rule as applied. Validated on read: a record
 * that does not fit is treated as none (the add-in then recognises its rules by what it would apply).
 */
import { z } from "zod";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./cells";
import type { EntryCriteria, EntryRule } from "./entry-rules";

const texts = z.object({ title: z.string().max(255), message: z.string().max(1000) }).strict();

const criteria = z.union([
  z.object({ type: z.literal("wholeNumber"), operator: z.literal("GreaterThanOrEqualTo"), formula1: z.number() }).strict(),
  z.object({ type: z.literal("custom"), formula: z.string().min(1).max(1000) }).strict(),
]);

const appliedRule = z
  .object({
    role: z.enum(["quantity", "codes"]),
    column: z.number().int().min(0).max(EXCEL_MAX_COLUMNS - 1),
    /** Sheet rows (0-based, inclusive) the rule was applied to. */
    firstRow: z.number().int().min(0).max(EXCEL_MAX_ROWS - 1),
    lastRow: z.number().int().min(0).max(EXCEL_MAX_ROWS - 1),
    criteria,
    prompt: texts,
    error: texts,
  })
  .strict();

export const entryRecordSchema = z.object({ version: z.literal(1), sheetId: z.string().min(1).max(255), rules: z.array(appliedRule).min(1).max(2) }).strict();

export type EntryRecord = z.output<typeof entryRecordSchema>;
export type AppliedEntryRule = EntryRecord["rules"][number];

/** The stored value as a record, or undefined when there is none or it does not validate. */
export function entryRecordOf(stored: unknown): EntryRecord | undefined {
  let value = stored;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const parsed = entryRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The record of `rules` applied on `sheetId`, each from `firstRow` to its `lastRow`. */
export function entryRecord(sheetId: string, applied: readonly { rule: EntryRule; firstRow: number; lastRow: number }[]): EntryRecord {
  return {
    version: 1,
    sheetId,
    rules: applied.map(({ rule, firstRow, lastRow }) => ({ role: rule.role, column: rule.column, firstRow, lastRow, criteria: rule.criteria, prompt: rule.prompt, error: rule.error })),
  };
}

/** A formula with its cell references replaced, so one rule read from any part of its area compares equal. */
export function formulaShape(formula: string): string {
  const plain = formula.trim().replace(/^=/, "");
  // Only outside string literals ("…" with "" as an escaped quote).
  return plain
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(/\$?\b[A-Za-z]{1,3}\$?[0-9]{1,7}\b/g, "@").toUpperCase() : part))
    .join('"');
}

/** Whether two criteria are the same rule (a custom formula compared by shape, a number as a number). */
export function sameCriteria(a: EntryCriteria, b: EntryCriteria): boolean {
  if (a.type === "wholeNumber" && b.type === "wholeNumber") return a.operator === b.operator && Number(a.formula1) === Number(b.formula1);
  if (a.type === "custom" && b.type === "custom") return formulaShape(a.formula) === formulaShape(b.formula);
  return false;
}
