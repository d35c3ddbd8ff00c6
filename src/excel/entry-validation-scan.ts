/**
 * Where data validation lies in a part of a sheet, told apart by whether it is the add-in's
 * (docs/design.md §30). Office.js answers one `DataValidation` per range, with `type`
 * "Inconsistent" or "MixedCriteria" when its cells' rules differ and null for a part (rule, input
 * message, error alert) the cells differ in, so a range that differs in any is split in
 * halves and asked again: one sync per round, every range of a round in it, about 20 rounds for
 * a whole column. Ranges whose rule is one rule come back whole.
 */
import { sameCriteria, type EntryCriteria, type EntryTexts } from "../core";
import type { Rect } from "./addresses";
import { syncStep } from "./office-run";

/** One rule as read from a range whose cells share it. */
export interface ReadRule {
  criteria: EntryCriteria | undefined;
  prompt: EntryTexts;
  error: EntryTexts;
}

/** A rule the add-in applied or would apply: recognised by its criteria and its words. */
export interface OurRule {
  criteria: EntryCriteria;
  prompt: EntryTexts;
  error: EntryTexts;
}

/** An area holding one of the add-in's rules, and which. */
export type OurArea = Rect & { rule: OurRule };

export interface ValidationScan {
  /** Areas holding one of `ours`. */
  ours: OurArea[];
  /** Areas holding any other validation. */
  foreign: Rect[];
}

/** Ranges asked in one sync at most: the rounds' requests stay small whatever the sheet holds. */
const RANGES_PER_SYNC = 2_000;
const MIXED = new Set(["Inconsistent", "MixedCriteria"]);

function criteriaOf(type: string, rule: Excel.DataValidationRule): EntryCriteria | undefined {
  if (type === "WholeNumber" && rule.wholeNumber) {
    const { operator, formula1 } = rule.wholeNumber;
    if (operator === "GreaterThanOrEqualTo") return { type: "wholeNumber", operator, formula1: Number(formula1) };
  }
  if (type === "Custom" && rule.custom) return { type: "custom", formula: String(rule.custom.formula) };
  return undefined;
}

/** The one of `ours` that `read` is (same criteria, same input message and error alert), if any. */
export function ourRuleOf(read: ReadRule, ours: readonly OurRule[]): OurRule | undefined {
  const same = (a: EntryTexts, b: EntryTexts): boolean => a.title === b.title && a.message === b.message;
  return ours.find((o) => read.criteria !== undefined && sameCriteria(o.criteria, read.criteria) && same(o.prompt, read.prompt) && same(o.error, read.error));
}

function halves(r: Rect): Rect[] {
  if (r.rows > 1) {
    const top = Math.floor(r.rows / 2);
    return [{ ...r, rows: top }, { ...r, row: r.row + top, rows: r.rows - top }];
  }
  const left = Math.floor(r.columns / 2);
  return [{ ...r, columns: left }, { ...r, column: r.column + left, columns: r.columns - left }];
}

/** The validation in `areas` of `sheet`, ours and not ours (cells without validation are left out). */
export async function scanValidation(context: Excel.RequestContext, sheet: Excel.Worksheet, areas: readonly Rect[], ours: readonly OurRule[]): Promise<ValidationScan> {
  const found: ValidationScan = { ours: [], foreign: [] };
  let todo = [...areas];
  while (todo.length > 0) {
    const round = todo.slice(0, RANGES_PER_SYNC);
    const next = todo.slice(RANGES_PER_SYNC);
    const loaded = round.map((r) => sheet.getRangeByIndexes(r.row, r.column, r.rows, r.columns).dataValidation.load("type,rule,prompt,errorAlert"));
    await syncStep(context, "excel-step-checking-cells");
    round.forEach((rect, i) => {
      const dv = loaded[i];
      if (dv.type === "None") return;
      // A part that differs reads null (cells sharing a rule may differ in their words): split like a mixed type.
      if (MIXED.has(dv.type) || !dv.rule || !dv.prompt || !dv.errorAlert) {
        next.push(...halves(rect));
        return;
      }
      const read: ReadRule = {
        criteria: criteriaOf(dv.type, dv.rule),
        prompt: { title: dv.prompt.title, message: dv.prompt.message },
        error: { title: dv.errorAlert.title, message: dv.errorAlert.message },
      };
      const rule = ourRuleOf(read, ours);
      if (rule) found.ours.push({ ...rect, rule });
      else found.foreign.push(rect);
    });
    todo = next;
  }
  return found;
}

/**
 * Adjacent areas of one column joined (`B2:B5` and `B6:B9` → `B2:B9`), in sheet order; with
 * `same`, only areas that `same` says belong together (our areas: the same rule).
 */
export function joinAreas<T extends Rect>(areas: readonly T[], same: (a: T, b: T) => boolean = () => true): T[] {
  const sorted = [...areas].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: T[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.column === r.column && last.columns === r.columns && last.row + last.rows === r.row && same(last, r)) last.rows += r.rows;
    else out.push({ ...r });
  }
  return out;
}

/** Our areas joined where they touch and hold the same rule: a rule split by the scan is one area again. */
export function joinOurAreas(areas: readonly OurArea[]): OurArea[] {
  return joinAreas(areas, (a, b) => a.rule === b.rule);
}
