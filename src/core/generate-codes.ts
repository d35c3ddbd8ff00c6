/**
 * Generate codes (docs/design.md §6) for rows without codes: `PREFIX-0001` style, numbered
 * after the highest number already used with that prefix anywhere in the table
 * (`ITEM-0041` → next is `ITEM-0042`; `ITEM-7` counts too), skipping any code in
 * use. Codes are written as text.
 */
import type { CheckReport, FixPlan, Grid } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { analysisFor } from "./check";
import { excelRow, isEmpty } from "./cells";
import { text } from "./messages";
import { chosenRows, notDataReason } from "./row-facts";
import { sheetChange, type CellOutcome } from "./sheet-change";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Plans codes for the given rows' empty code cells (or every data row whose code
 * cell is empty with `"all-missing"`). Rows that already hold codes are refused.
 *
 * @example planGenerateCodes([["Qty","Code"],[1,""]], "all-missing").change.writes[0].value // "ITEM-0001"
 */
export function planGenerateCodes(
  values: Grid, rows: number[] | "all-missing", settings?: Partial<SettingsInput>, report?: CheckReport,
): FixPlan {
  const s = resolveSettings(settings);
  const a = analysisFor(values, s, report);
  const t = a.table;
  const plan: FixPlan = { change: sheetChange(values, t ? t.headerRow : -1, {}), refused: [] };
  const chosen = rows === "all-missing" ? [] : chosenRows(rows, values.length);
  if (!t) {
    for (const r of chosen) plan.refused.push({ row: r, reason: notDataReason(a, r) });
    return plan;
  }
  const cc = t.columns.codes;
  const targets: number[] = [];
  if (rows === "all-missing") {
    for (let r = t.headerRow + 1; r < values.length; r++) if (!notDataReason(a, r) && isEmptyCodes(values[r][cc])) targets.push(r);
  } else {
    for (const r of chosen) {
      const outside = notDataReason(a, r);
      if (outside) plan.refused.push({ row: r, reason: outside });
      else if (!isEmptyCodes(values[r][cc])) plan.refused.push({ row: r, reason: text("plan-row-has-codes", { row: excelRow(r, s.origin) }) });
      else targets.push(r);
    }
  }
  const pattern = new RegExp(`^${escapeRegExp(s.codePrefix)}-(\\d{1,15})$`, s.caseSensitiveCodes ? "" : "i");
  let highest = 0;
  for (let k = 0; k < a.codes.size; k++) {
    const m = pattern.exec(a.codes.textOf(k));
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  const cells: CellOutcome[] = [];
  let next = highest + 1;
  for (const r of targets) {
    let code: string;
    do code = `${s.codePrefix}-${String(next++).padStart(s.codeDigits, "0")}`;
    while (a.codes.find(code) >= 0);
    cells.push({ row: r, column: cc, value: code });
  }
  plan.change = sheetChange(values, t.headerRow, { cells });
  return plan;
}

function isEmptyCodes(value: unknown): boolean {
  return isEmpty(value) || (typeof value === "string" && value.replace(/[\s,]/g, "") === "");
}
