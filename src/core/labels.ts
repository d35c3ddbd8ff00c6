/**
 * Barcode labels for the codes of chosen rows (issue 17, docs/design.md §29).
 *
 * Decisions:
 * - One label per code as the cell lists it (split like every other part of the engine,
 *   trimmed, leading zeros kept), `copies` times in a row, in row order.
 * - Rows that are not inventory rows (titles, header, blank, outside) and invalid rows are
 *   skipped with the reason; a label is never printed for a code the check calls wrong (a
 *   duplicate would scan to two rows).
 * - An aggregated row with fewer codes than units counts its units without a code in
 *   `uncoded`, so the pane can offer "Generate codes" first. A pool whose one error is
 *   `codes-missing` is such a row too (all its units are uncoded), not a skipped one.
 * - Quantity 0 (sold out or retired) gets no labels: skipped with the reason.
 * - A codes cell the check reads as several codes joined by another separator (`A;B`,
 *   `codes-separator`) is skipped until the separator is fixed: its label would print `A;B`.
 * - Codes the symbology cannot carry are refused with their cell (label-symbology.ts); the
 *   other codes of the row still get their labels.
 */
import type { CellValue, Grid, Issue, TableInfo } from "./types";
import type { SettingsInput } from "./settings";
import type { Analysis } from "./analyze";
import type { Label, LabelLine, LabelOptions, LabelPlan } from "./label-types";
import { LABEL_LINES, SYMBOLOGIES } from "./label-types";
import { resolveSettings } from "./resolve-settings";
import { analysisFor } from "./check";
import { INVALID } from "./analyze";
import { toAddress } from "./cells";
import { cellCodes, codeTextOf } from "./codes";
import { InventoryArgumentError } from "./errors";
import { say, textOf, type Say } from "./messages";
import { chosenRows, errorsOfRow, invalidSay, issuesOfRow, notDataSay, refusalOf } from "./row-facts";
import { symbologyRefusal } from "./label-symbology";

export const MAX_COPIES = 100;

/**
 * The labels for the codes of `rows` (0-based grid rows, header row included). Touches nothing.
 *
 * @example planLabels([["Qty","Codes"],[1,"POLE-01, POLE-02"]], [1]).labels.map((l) => l.code) // ["POLE-01", "POLE-02"]
 */
export function planLabels(values: Grid, rows: readonly number[], options: LabelOptions = {}, settings?: Partial<SettingsInput>): LabelPlan {
  const symbology = options.symbology ?? "code128";
  if (!SYMBOLOGIES.includes(symbology)) throw new InventoryArgumentError(`symbology must be one of ${SYMBOLOGIES.join(", ")}`);
  const lines = linesOf(options.lines);
  const copies = copiesOf(options.copies);
  const s = resolveSettings(settings);
  const a = analysisFor(values, s);
  const plan: LabelPlan = { symbology, labels: [], refused: [], uncoded: [], skipped: [] };
  for (const r of chosenRows(rows, values.length)) {
    const outside = notDataSay(a, r);
    const t = a.table;
    if (outside || !t) {
      plan.skipped.push(refusalOf(r, outside ?? say("plan-no-table")));
      continue;
    }
    const units = a.quantity[r];
    if (a.state[r] === INVALID && !(units >= 1 && onlyCodesMissing(a, r))) plan.skipped.push(refusalOf(r, invalidSay(a, r)));
    else if (units === 0) plan.skipped.push(refusalOf(r, say("labels-no-units")));
    else if (separatorIssue(a, r)) plan.skipped.push(refusalOf(r, separatorSay(separatorIssue(a, r) as Issue)));
    else labelRow(plan, a, t, r, lines, copies);
  }
  return plan;
}

/** Adds row `r`'s labels, refusals and uncoded units to `plan`. */
function labelRow(plan: LabelPlan, a: Analysis, t: TableInfo, r: number, lines: readonly LabelLine[], copies: number): void {
  const column = t.columns.codes;
  const codes = cellCodes(a.values[r][column], a.settings.oneCodePerCell);
  const units = a.quantity[r];
  if (Number.isFinite(units) && units > codes.length) plan.uncoded.push({ row: r, units: units - codes.length, quantity: units });
  const cell = toAddress(r, column, a.settings.origin);
  for (const code of codes) {
    const why = symbologyRefusal(plan.symbology, code, cell);
    if (why) {
      plan.refused.push({ row: r, column, code, reason: textOf(why), say: why });
      continue;
    }
    const label: Label = { code, row: r, column, lines: textLines(a.values[r], t, code, lines) };
    for (let k = 0; k < copies; k++) plan.labels.push(k === 0 ? label : { ...label, lines: label.lines.slice() });
  }
}

/** The chosen lines of one label, empty texts left out. */
function textLines(cells: readonly CellValue[], t: TableInfo, code: string, lines: readonly LabelLine[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const text = line === "code" ? code : cellText(cells, t.columns[line]);
    if (text !== "") out.push(text);
  }
  return out;
}

function cellText(cells: readonly CellValue[], column: number | undefined): string {
  return column === undefined ? "" : codeTextOf(cells[column]).trim();
}

const separatorIssue = (a: Analysis, r: number): Issue | undefined => issuesOfRow(a.issues, r).find((i) => i.rule === "codes-separator");

const separatorSay = (issue: Issue): Say => say("plan-fix-codes-first", { issue: issue.message }, { issue: issue.say });

function onlyCodesMissing(a: Analysis, r: number): boolean {
  const errors = errorsOfRow(a.issues, r);
  return errors.length === 1 && errors[0].rule === "codes-missing";
}

function linesOf(lines: readonly LabelLine[] | undefined): LabelLine[] {
  if (lines === undefined) return LABEL_LINES.slice();
  for (const line of lines) {
    if (!LABEL_LINES.includes(line)) throw new InventoryArgumentError(`label lines must be among ${LABEL_LINES.join(", ")}`);
  }
  return [...new Set(lines)];
}

function copiesOf(copies: number | undefined): number {
  if (copies === undefined) return 1;
  if (!Number.isInteger(copies) || copies < 1 || copies > MAX_COPIES) throw new InventoryArgumentError(`copies must be a whole number from 1 to ${MAX_COPIES}`);
  return copies;
}
