/**
 * Data validation on the model: each sheet keeps non-overlapping areas, each with one validation
 * (rule, prompt, error alert, ignoreBlanks), so a rule on B2:B1048576 is one entry. Entries are
 * never changed in place (a change replaces the sheet's list): the sheet copy a sync begins with is its backup.
 */
import type { Rect } from "./a1";
import { areasText, intersectAll, mergeAreas, overlaps, shiftAreas, subtractAll } from "./area-list";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel } from "./model";
import type { DataValidationInfo } from "./types";

export type DvType = "WholeNumber" | "Decimal" | "TextLength" | "List" | "Custom";
export interface DvPrompt { showPrompt: boolean; title: string; message: string }
export interface DvAlert { showAlert: boolean; style: string; title: string; message: string }
/** The rule as set (one key: wholeNumber, decimal, textLength, list or custom), or null (type None). */
export type DvRule = Record<string, Record<string, unknown>>;
export interface DvContent {
  rule: DvRule | null;
  prompt: DvPrompt;
  errorAlert: DvAlert;
  ignoreBlanks: boolean;
}
export interface DvModel extends DvContent { rects: Rect[] }

const RULE_TYPES: Record<string, DvType> = { wholeNumber: "WholeNumber", decimal: "Decimal", textLength: "TextLength", list: "List", custom: "Custom" };
export const NO_VALIDATION: DvContent = {
  rule: null, prompt: { showPrompt: false, title: "", message: "" }, errorAlert: { showAlert: true, style: "Stop", title: "", message: "" }, ignoreBlanks: true,
};

export const dvList = (sheet: SheetModel): DvModel[] => sheet.dv ?? [];
export const ruleType = (rule: DvRule | null): DvType | "None" => (rule ? RULE_TYPES[Object.keys(rule)[0]] : "None");
const contentKey = (c: DvContent) => JSON.stringify([c.rule, c.prompt, c.errorAlert, c.ignoreBlanks]);

/** The validations the cells of `rects` have: one entry per distinct validation ("none" included when some cells have none). */
export function contentsOf(sheet: SheetModel, rects: readonly Rect[]): DvContent[] {
  const meeting = dvList(sheet).filter((d) => overlaps(d.rects, rects));
  const uncovered = subtractAll(rects, meeting.flatMap((d) => d.rects)).length > 0;
  const seen = new Map<string, DvContent>();
  for (const c of uncovered ? [NO_VALIDATION, ...meeting] : meeting) seen.set(contentKey(c), c);
  return [...seen.values()];
}

/**
 * `DataValidation.type`: the one rule's type, or Inconsistent (different rules) / MixedCriteria
 * (some cells without one). It follows the rule only: cells that share a rule but differ in
 * prompt or alert read the rule's type (`Excel.DataValidationType`: "different rules").
 */
export function typeOf(sheet: SheetModel, rects: readonly Rect[]): string {
  const rules = new Map(contentsOf(sheet, rects).map((c) => [JSON.stringify(c.rule), c.rule]));
  if (rules.size === 1) return ruleType([...rules.values()][0]);
  return rules.has("null") ? "MixedCriteria" : "Inconsistent";
}

/** One property of the cells' validation as `{ value }`, or null when the cells differ in it. */
export function sharedPart<K extends keyof DvContent>(sheet: SheetModel, rects: readonly Rect[], name: K): { value: DvContent[K] } | null {
  const values = new Map(contentsOf(sheet, rects).map((c) => [JSON.stringify(c[name]), c[name]]));
  return values.size === 1 ? { value: [...values.values()][0] } : null;
}

/** The validation of the cell at r, c (NO_VALIDATION when it has none). */
export function validationAt(sheet: SheetModel, r: number, c: number): DvModel | null {
  return dvList(sheet).find((d) => d.rects.some((x) => r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1)) ?? null;
}

/** Gives every cell of `rects` its validation changed by `change` (cells without one start from NO_VALIDATION). */
export function patchCells(sheet: SheetModel, rects: readonly Rect[], change: (old: DvContent) => DvContent): void {
  const next: DvModel[] = [];
  for (const d of dvList(sheet)) {
    if (!overlaps(d.rects, rects)) { next.push(d); continue; }
    const outside = subtractAll(d.rects, rects);
    if (outside.length) next.push({ ...d, rects: outside });
    next.push({ ...change(d), rects: intersectAll(d.rects, rects) });
  }
  const uncovered = subtractAll(rects, dvList(sheet).flatMap((d) => d.rects));
  if (uncovered.length) next.push({ ...change(NO_VALIDATION), rects: uncovered });
  sheet.dv = joinSame(next.filter((d) => d.rule || contentKey(d) !== contentKey(NO_VALIDATION)));
}

/** One entry per distinct validation, its areas merged where they touch. */
function joinSame(list: DvModel[]): DvModel[] {
  const byKey = new Map<string, DvModel>();
  for (const d of list) {
    const key = contentKey(d);
    const had = byKey.get(key);
    byKey.set(key, had ? { ...had, rects: [...had.rects, ...d.rects] } : d);
  }
  return [...byKey.values()].map((d) => ({ ...d, rects: mergeAreas(d.rects) }));
}

/** Checks a rule as given to `DataValidation.rule`; returns a plain copy of it. */
export function checkRule(rule: unknown, source: (value: unknown) => unknown): DvRule {
  const keys = rule && typeof rule === "object" ? Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] != null) : [];
  if (keys.length !== 1) throw officeError(ErrorCode.invalidArgument, "A data validation rule takes exactly one criteria property.", "DataValidation.rule");
  const key = keys[0];
  if (!RULE_TYPES[key]) throw officeError(ErrorCode.notImplemented, `The test host models wholeNumber, decimal, textLength, list and custom rules (got ${key}).`, "DataValidation.rule");
  const given = (rule as Record<string, Record<string, unknown>>)[key];
  const copy: Record<string, unknown> = { ...given };
  if (key === "list") copy.source = source(given.source);
  if (key === "custom" && typeof given.formula !== "string") throw officeError(ErrorCode.invalidArgument, "A custom rule needs a formula.", "DataValidation.rule");
  if (key !== "list" && key !== "custom") {
    const op = String(given.operator ?? "");
    if (!op || given.formula1 === undefined) throw officeError(ErrorCode.invalidArgument, `A ${key} rule needs operator and formula1.`, "DataValidation.rule");
    if ((op === "Between" || op === "NotBetween") && given.formula2 === undefined) throw officeError(ErrorCode.invalidArgument, `${op} needs formula2.`, "DataValidation.rule");
  }
  return { [key]: copy };
}

export function clearValidation(sheet: SheetModel, rects: readonly Rect[]): void {
  if (!sheet.dv?.length) return;
  sheet.dv = sheet.dv.flatMap((d) => {
    const left = subtractAll(d.rects, rects);
    return left.length ? [{ ...d, rects: left }] : [];
  });
}

export function shiftValidation(sheet: SheetModel, at: Rect, delta: number): void {
  if (!sheet.dv?.length) return;
  sheet.dv = sheet.dv.flatMap((d) => {
    const rects = shiftAreas(d.rects, at, delta);
    return rects.length ? [{ ...d, rects }] : [];
  });
}

/** Rows added to a table: a body column whose other cells all share one rule passes it to the new rows. */
export function extendToTableRows(sheet: SheetModel, body: Rect, added: Rect): void {
  if (!sheet.dv?.length) return;
  for (let c = body.c0; c <= body.c1; c++) {
    const old = subtractAll([{ ...body, c0: c, c1: c }], [added]);
    const contents = old.length ? contentsOf(sheet, old) : [];
    if (contents.length === 1 && contents[0].rule) patchCells(sheet, [{ ...added, c0: c, c1: c }], () => contents[0]);
  }
}

export function dvInfo(d: DvModel): DataValidationInfo {
  return { areas: areasText(d.rects), type: ruleType(d.rule), rule: d.rule ?? {}, prompt: { ...d.prompt }, errorAlert: { ...d.errorAlert }, ignoreBlanks: d.ignoreBlanks };
}

export function seedValidation(seed: readonly DataValidationInfo[] | undefined, parse: (a: string) => Rect): DvModel[] | undefined {
  if (!seed?.length) return undefined;
  return seed.map((s) => {
    const rects = s.areas.split(",").map((a) => parse(a.trim()));
    const rule = Object.keys(s.rule ?? {}).length ? (s.rule as DvRule) : null;
    return { ...NO_VALIDATION, rule, prompt: { ...NO_VALIDATION.prompt, ...s.prompt }, errorAlert: { ...NO_VALIDATION.errorAlert, ...s.errorAlert },
      ignoreBlanks: s.ignoreBlanks ?? true, rects };
  });
}
