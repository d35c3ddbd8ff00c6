/**
 * One-click fixes (docs/design.md §6): cell edits for one issue or every issue of a rule.
 * Plans touch nothing; the adapter writes the plan's `change` (cell writes only;
 * every text written as text). Several issues on one cell are applied one after another to
 * the cell's new text, so "fix all" of two kinds never undoes the other.
 * An issue without a fix, or whose cell no longer shows the problem, is refused.
 */
import type { CellValue, CheckReport, FixPlan, Grid, Issue } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { InventoryArgumentError } from "./errors";
import { toAddress } from "./cells";
import { INVISIBLE_ALL, codeKey, codeTextOf, joinCodes, splitCodes } from "./codes";
import { parseNumberText } from "./money";
import { say, type Say } from "./messages";
import { detectTable } from "./detect-table";
import { planGenerateCodes } from "./generate-codes";
import { sheetChange, type CellOutcome } from "./sheet-change";
import { refusalOf } from "./row-facts";

/** The fixed value of a cell, or null when the cell no longer holds what the fix is for. */
type Transform = (value: CellValue, caseSensitive: boolean, locale: string) => CellValue | null;

const TRANSFORMS: Readonly<Record<string, Transform>> = {
  "convert-to-number": (v, _cs, locale) => {
    if (typeof v !== "string") return null;
    const n = parseNumberText(v, locale);
    return n ? n.value : null;
  },
  "tidy-list": (v) => (typeof v === "string" ? joinCodes(splitCodes(v)) : null),
  "split-on-separator": (v) => {
    if (typeof v !== "string") return null;
    const parts = v.split(/[;|\t\r\n\v\f\u2028\u2029]+/).map((c) => c.trim()).filter((c) => c !== "");
    return joinCodes(parts.flatMap(splitCodes));
  },
  "split-on-spaces": (v) => (typeof v === "string" ? joinCodes(splitCodes(v).flatMap((c) => c.split(/\s+/))) : null),
  // Tabs and line breaks stay: between codes they are separators (codes-separator splits
  // on them); removing them here would join two codes into one.
  "remove-invisible": (v) => (typeof v === "string" ? joinCodes(splitCodes(v.replace(INVISIBLE_ALL, ""))) : null),
  "remove-repeat": (v, cs) => {
    if (typeof v !== "string") return null;
    const seen = new Set<string>();
    const kept = splitCodes(v).filter((c) => {
      const k = codeKey(c, cs);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return joinCodes(kept);
  },
  "store-as-text": (v) => (typeof v === "number" || typeof v === "boolean" ? codeTextOf(v) : null),
};

/**
 * Cell writes for `issues` (one issue, or every issue of a rule). Touches nothing.
 *
 * @example
 * const report = checkInventory(values);
 * planFix(values, report.issues.filter((i) => i.rule === "codes-space"))
 */
export function planFix(values: Grid, issues: Issue[], settings?: Partial<SettingsInput>, report?: CheckReport): FixPlan {
  const s = resolveSettings(settings);
  if (!Array.isArray(values)) throw new InventoryArgumentError("values must be a 2-D array of cell values (an array of rows)");
  if (!Array.isArray(issues)) throw new InventoryArgumentError("issues must be an array of issues from checkInventory");
  const refused: FixPlan["refused"] = [];
  const current = new Map<string, CellOutcome>();
  const generateRows: number[] = [];
  for (const issue of issues) {
    const { row, column } = issue;
    const cell = cellOf(values, row, column, s.origin);
    if (!issue.fix) {
      refused.push(refusalOf(row, cellSay("plan-no-automatic-fix", cell, { rule: issue.rule })));
      continue;
    }
    if (!Array.isArray(values[row])) {
      refused.push(refusalOf(row, cellSay("plan-cell-not-checked", cell)));
      continue;
    }
    if (issue.fix.kind === "generate-codes") {
      generateRows.push(row);
      continue;
    }
    const key = `${row}:${column}`;
    const value = current.get(key)?.value ?? values[row][column];
    const transform = Object.hasOwn(TRANSFORMS, issue.fix.kind) ? TRANSFORMS[issue.fix.kind] : undefined;
    const fixed = transform ? transform(value, s.caseSensitiveCodes, s.locale) : null;
    if (fixed === null) {
      refused.push(refusalOf(row, cellSay("plan-cell-changed", cell)));
      continue;
    }
    current.set(key, { row, column, value: fixed });
  }
  if (generateRows.length > 0) {
    const generated = planGenerateCodes(values, [...new Set(generateRows)], settings, report);
    // Loops, not push(...): "fix all" on a full sheet can make a million edits.
    for (const write of generated.change.writes) current.set(`${write.row}:${write.column}`, write);
    for (const refusal of generated.refused) refused.push(refusal);
  }
  const headerRow = (report ? report.table : detectTable(values, settings))?.headerRow ?? -1;
  return { change: sheetChange(values, headerRow, { cells: current.values() }), refused };
}

/** The cell an issue names: its address, or (for an issue off the checked values) `row 5` as data. */
function cellOf(values: Grid, row: number, column: number, origin: string): string | Say {
  return Array.isArray(values[row]) && Number.isInteger(column) && column >= 0 ? toAddress(row, column, origin) : say("plan-grid-row", { row });
}

/** A refusal naming `cell`, an address or words of its own. */
function cellSay(id: "plan-no-automatic-fix" | "plan-cell-not-checked" | "plan-cell-changed", cell: string | Say, values: Record<string, string> = {}): Say {
  return typeof cell === "string" ? say(id, { ...values, cell }) : say(id, values, { cell });
}
