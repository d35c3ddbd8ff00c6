/**
 * One-click fixes (SPEC §6): cell edits for one issue or every issue of a rule.
 * Plans touch nothing; the adapter writes the edits. Code cells are written as
 * text (`asText`). Several issues on one cell are applied one after another to
 * the cell's new text, so "fix all" of two kinds never undoes the other.
 * An issue without a fix, or whose cell no longer shows the problem, is refused.
 */
import type { CellEdit, CellValue, CheckReport, FixPlan, Grid, Issue } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { InventoryArgumentError } from "./errors";
import { toAddress } from "./cells";
import { INVISIBLE_ALL, codeKey, codeTextOf, joinCodes } from "./codes";
import { parseNumberText } from "./money";
import { planGenerateCodes } from "./generate-codes";

type Transform = (value: CellValue, caseSensitive: boolean) => { value: CellValue; asText: boolean } | null;

const list = (text: string): string[] => text.split(",").map((c) => c.trim()).filter((c) => c !== "");

const TRANSFORMS: Readonly<Record<string, Transform>> = {
  "convert-to-number": (v) => {
    if (typeof v !== "string") return null;
    const n = parseNumberText(v);
    return n ? { value: n.value, asText: false } : null;
  },
  "tidy-list": (v) => (typeof v === "string" ? { value: joinCodes(list(v)), asText: true } : null),
  "split-on-separator": (v) => {
    if (typeof v !== "string") return null;
    const parts = v.split(/[;|\t\r\n\v\f\u2028\u2029]+/).map((c) => c.trim()).filter((c) => c !== "");
    return { value: joinCodes(parts.flatMap(list)), asText: true };
  },
  "split-on-spaces": (v) => {
    if (typeof v !== "string") return null;
    return { value: joinCodes(list(v).flatMap((c) => c.split(/\s+/))), asText: true };
  },
  "remove-invisible": (v) => {
    if (typeof v !== "string") return null;
    // Tabs and line breaks stay: between codes they are separators (codes-separator splits
    // on them); removing them here would join two codes into one.
    return { value: joinCodes(list(v.replace(INVISIBLE_ALL, ""))), asText: true };
  },
  "remove-repeat": (v, cs) => {
    if (typeof v !== "string") return null;
    const seen = new Set<string>();
    const kept = list(v).filter((c) => {
      const k = codeKey(c, cs);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return { value: joinCodes(kept), asText: true };
  },
  "store-as-text": (v) => (typeof v === "number" || typeof v === "boolean" ? { value: codeTextOf(v), asText: true } : null),
};

/**
 * Cell edits for `issues` (one issue, or every issue of a rule). Touches nothing.
 *
 * @example
 * const report = checkInventory(values);
 * planFix(values, report.issues.filter((i) => i.rule === "codes-space"))
 */
export function planFix(values: Grid, issues: Issue[], settings?: Partial<SettingsInput>, report?: CheckReport): FixPlan {
  const s = resolveSettings(settings);
  if (!Array.isArray(values)) throw new InventoryArgumentError("values must be a 2-D array of cell values (an array of rows)");
  if (!Array.isArray(issues)) throw new InventoryArgumentError("issues must be an array of issues from checkInventory");
  const plan: FixPlan = { edits: [], refused: [] };
  const current = new Map<string, CellEdit>();
  const generateRows: number[] = [];
  for (const issue of issues) {
    const { row, column } = issue;
    const where = Array.isArray(values[row]) && Number.isInteger(column) && column >= 0 ? toAddress(row, column, s.origin) : `row ${row}`;
    if (!issue.fix) {
      plan.refused.push({ row, reason: `${where}: "${issue.rule}" has no automatic fix` });
      continue;
    }
    if (!Array.isArray(values[row])) {
      plan.refused.push({ row, reason: `${where} is not in the checked values` });
      continue;
    }
    if (issue.fix.kind === "generate-codes") {
      generateRows.push(row);
      continue;
    }
    const key = `${row}:${column}`;
    const before = current.get(key);
    const value = before ? before.value : values[row][column];
    const transform = Object.hasOwn(TRANSFORMS, issue.fix.kind) ? TRANSFORMS[issue.fix.kind] : undefined;
    const result = transform ? transform(value, s.caseSensitiveCodes) : null;
    if (!result) {
      plan.refused.push({ row, reason: `${where} no longer holds what the check found; check again` });
      continue;
    }
    const edit: CellEdit = { row, column, value: result.value };
    if (result.asText || before?.asText) edit.asText = true;
    current.set(key, edit);
  }
  // Loops, not push(...): "fix all" on a full sheet can make a million edits.
  for (const edit of current.values()) plan.edits.push(edit);
  if (generateRows.length > 0) {
    const generated = planGenerateCodes(values, [...new Set(generateRows)], settings, report);
    for (const edit of generated.edits) plan.edits.push(edit);
    for (const refusal of generated.refused) plan.refused.push(refusal);
  }
  plan.edits.sort((x, y) => x.row - y.row || x.column - y.column);
  return plan;
}
