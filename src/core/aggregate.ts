/**
 * Aggregate (docs/design.md §4): selected rows that agree on every column except quantity,
 * codes and additive columns merge into one row at the first row's position.
 *
 * Decisions:
 * - Cells are compared as values: `""`, `null` and `undefined` are equal (all
 *   empty); numbers and text compare exactly (`A` and `A ` differ: merging
 *   would lose the difference).
 * - Groups form in row order; a group of one row merges with nothing and is
 *   refused, naming the columns where it differs from the closest other chosen row.
 * - Quantity is summed; codes are joined `, ` in row order; additive columns are
 *   summed exactly at the finest decimals among them (empty + empty stays empty).
 * - The plan's `change` deletes every row of a group but its first and writes the cells of
 *   the first row that change (quantity, codes as text, sums), where that row ends up.
 * - Refused: rows with errors, groups whose joined codes pass 32,767 characters, and
 *   groups where an additive cell holds something other than a number (it would be
 *   lost in the sum) or the sum is too large to keep exact (2^53 − 1 minor units).
 * - A group holding a unit row (quantity 1) with more than one code (a car's VIN and plate)
 *   is refused whole, every row with the reason that names the multi-code rows: a pool
 *   could not say which codes belong to which unit, and merging the group without that row
 *   would silently leave one of its kind behind.
 * - The purchase value is summed like income; statuses and the available column follow
 *   aggregate-status.ts (issue 16). A keep-counts group that cannot merge, for any reason, is
 *   split by status and its parts planned as the default plans them, so keep-counts never
 *   merges fewer rows than the default; a row left alone gets the group's reason.
 * - Formulas in the cells the plan writes over or deletes: formula-cells.ts.
 */
import type { AggregatePlan, AggregateRefusal, CellValue, CheckReport, Grid, PlanInputs, SheetChange, TableInfo } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { analysisFor } from "./check";
import { INVALID, type Analysis } from "./analyze";
import { EXCEL_MAX_CELL_CHARS, describeValue, excelRow, isBlank, toAddress, valueWord } from "./cells";
import { joinCodes, splitCodes } from "./codes";
import { moneyValue, sumExactly, type NumberText } from "./money";
import { say, textOf, type Say } from "./messages";
import { ColumnWords } from "./column-words";
import { sameCellValue, sheetChange } from "./sheet-change";
import { FormulaGate, lostWhenMerged } from "./formula-cells";
import { byStatus, mergeStatus, statusDiffers, statusesDiffer, statusPartOf, statusRulesOf, type StatusRules } from "./aggregate-status";
import { moneyColumnsOf } from "./plan-availability";
import { chosenRows, columnSay, widestRow, invalidSay, notDataSay, notPoolableSay, refusalOf } from "./row-facts";

function keyOf(row: readonly CellValue[], compared: readonly number[]): string {
  const parts: string[] = [];
  for (const c of compared) {
    const v = row[c];
    parts.push(v === "" || v === null || v === undefined ? "e" : `${typeof v === "number" ? "n" : typeof v === "boolean" ? "b" : "s"}${String(v)}`);
  }
  return JSON.stringify(parts);
}

/** What every group of one plan shares. */
interface Merging {
  values: Grid;
  a: Analysis;
  t: TableInfo;
  additive: number[];
  width: number;
  decimals: number;
  origin: string;
  /** How money text is read (`settings.locale`). */
  locale: string;
  status: StatusRules;
}

/**
 * Plans merging the chosen rows (0-based grid indexes). Touches nothing.
 * Pass the `CheckReport` of the same `values` to skip a second check.
 *
 * @example
 * planAggregate([["Qty","Code","Income"],[1,"A",5],[1,"B",5]], [1, 2]).merges[0].row // [2, "A, B", 10]
 */
export function planAggregate(
  values: Grid,
  rows: number[],
  settings?: Partial<SettingsInput>,
  report?: CheckReport,
  inputs: PlanInputs = {},
): AggregatePlan {
  const s = resolveSettings(settings);
  const gate = new FormulaGate(inputs, s.origin, "aggregate");
  const a = analysisFor(values, s, report);
  const chosen = chosenRows(rows, values.length);
  const t = a.table;
  const plan: AggregatePlan = { merges: [], refused: [], formulasAsValues: 0, change: sheetChange(values, t ? t.headerRow : -1, {}) };
  const usable: number[] = [];
  for (const r of chosen) {
    const outside = notDataSay(a, r) ?? notPoolableSay(a, r);
    if (outside) plan.refused.push(refusalOf(r, outside));
    else if (a.state[r] === INVALID) plan.refused.push(refusalOf(r, invalidSay(a, r)));
    else usable.push(r);
  }
  if (!t || usable.length === 0) return plan;
  const additive = moneyColumnsOf(a);
  const status = statusRulesOf(t, s, inputs);
  const ctx: Merging = { values, a, t, additive, width: widestRow(values, usable, t.headers?.length ?? 0), decimals: s.currencyDecimals, origin: s.origin, locale: s.locale, status };
  const skip = new Set([t.columns.quantity, t.columns.codes, ...additive]);
  if (status.available !== undefined) skip.add(status.available);
  const compared: number[] = [];
  for (let c = 0; c < ctx.width; c++) if (!skip.has(c) && c !== status.status) compared.push(c);
  const folded = status.keepCounts && status.status !== undefined ? new Set([...skip, status.status]) : skip;
  const refusals: AggregateRefusal[] = [];
  const names = new ColumnWords(t.headers);
  const groups = [...groupsOf(values, usable, compared, status)];
  /** Parts of keep-counts groups that could not merge, split by status as the default groups them, with the group's reason. */
  const split = new Map<number[], Say>();
  for (const group of groups) {
    if (group.length < 2) {
      refusals.push(split.has(group) ? refusalOf(group[0], split.get(group) as Say) : loneRow(values, group[0], usable, compared, names, status));
      continue;
    }
    const outcome = planGroup(ctx, gate, group, folded);
    if (Array.isArray(outcome)) {
      plan.merges.push({ rows: group, row: outcome });
      continue;
    }
    const parts = status.keepCounts && status.status !== undefined && !split.has(group) ? byStatus(values, group, status) : [];
    for (const part of parts.length > 1 ? parts : []) {
      groups.push(part);
      split.set(part, outcome);
    }
    if (parts.length <= 1) refuseGroup(refusals, group, outcome);
  }
  plan.formulasAsValues = gate.countFor(plan.merges.map((m) => m.rows[0]));
  for (const refusal of refusals) plan.refused.push(refusal);
  plan.refused.sort((x, y) => x.row - y.row);
  plan.change = changeOf(values, t.headerRow, plan.merges);
  return plan;
}

/** The row a group of two or more merges into, or why it cannot. */
function planGroup(ctx: Merging, gate: FormulaGate, group: number[], folded: ReadonlySet<number>): CellValue[] | Say {
  const merged = unitsWithSeveralCodes(ctx, group) ?? mergedRow(ctx, group);
  if (!Array.isArray(merged)) return merged;
  return gate.refusal(group[0], lostWhenMerged(ctx.values, gate.formulas, group, merged, folded)) ?? merged;
}

/** Refuses every row of a group for one reason, put into words once. */
function refuseGroup(refusals: AggregateRefusal[], group: readonly number[], why: Say): void {
  const reason = textOf(why);
  for (const row of group) refusals.push({ row, reason, say: why });
}

/** The chosen rows grouped by the values of the compared columns, in row order. */
function groupsOf(values: Grid, usable: readonly number[], compared: readonly number[], status: StatusRules): Iterable<number[]> {
  const groups = new Map<string, number[]>();
  for (const r of usable) {
    const key = keyOf(values[r], compared) + statusPartOf(status, values[r]);
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return groups.values();
}

/** Rows named in full in a refusal; more are counted. */
const NAMED_ROWS = 10;

/** Why a group cannot merge because some of its unit rows carry several codes, or undefined when none does. */
function unitsWithSeveralCodes(ctx: Merging, group: readonly number[]): Say | undefined {
  const rows: number[] = [];
  for (const r of group) {
    if (ctx.a.quantity[r] === 1 && splitCodes(ctx.values[r][ctx.t.columns.codes]).length > 1) rows.push(excelRow(r, ctx.origin));
  }
  if (rows.length === 0) return undefined;
  const named = rows.slice(0, NAMED_ROWS).join(", ") + (rows.length > NAMED_ROWS ? ", …" : "");
  return say("plan-unit-several-codes", { count: rows.length, rows: named });
}

/** The row a group merges into (the first row with quantity summed, codes joined, additive columns summed), or why it cannot. */
function mergedRow(ctx: Merging, group: readonly number[]): CellValue[] | Say {
  const { values, t } = ctx;
  const first = values[group[0]];
  const codes: string[] = [];
  let units = 0;
  for (const r of group) {
    for (const c of splitCodes(values[r][t.columns.codes])) codes.push(c);
    units += ctx.a.quantity[r];
  }
  const joined = joinCodes(codes);
  if (joined.length > EXCEL_MAX_CELL_CHARS) return say("plan-joined-codes-too-long", { length: joined.length, max: EXCEL_MAX_CELL_CHARS });
  const merged: CellValue[] = new Array<CellValue>(ctx.width);
  for (let c = 0; c < ctx.width; c++) merged[c] = c < first.length ? first[c] : "";
  merged[t.columns.quantity] = units;
  merged[t.columns.codes] = joined;
  for (const c of ctx.additive) {
    const sum = sumColumn(values, group, c, ctx);
    if ("problem" in sum) return say("plan-sum-refused", {}, { column: columnSay(t.headers, c), problem: sum.problem });
    merged[c] = sum.value;
  }
  return mergeStatus(values, group, ctx.a.quantity, ctx.status, merged) ?? merged;
}

/** Every row of a group but the first is deleted; the first is rewritten where it ends up. */
function changeOf(values: Grid, headerRow: number, merges: AggregatePlan["merges"]): SheetChange {
  const deletes: number[] = [];
  for (const m of merges) for (let i = 1; i < m.rows.length; i++) deletes.push(m.rows[i]);
  deletes.sort((x, y) => x - y);
  return sheetChange(values, headerRow, { deletes, rows: merges.map((m) => ({ row: m.rows[0], rows: [m.row] })) });
}

/** The exact sum of an additive column over a group, or why it cannot be summed (merging would lose a value). */
function sumColumn(
  values: Grid, group: readonly number[], c: number, { decimals, origin, locale }: Pick<Merging, "decimals" | "origin" | "locale">,
): { value: CellValue } | { problem: Say } {
  const nums: NumberText[] = [];
  for (const r of group) {
    const v = values[r][c];
    if (isBlank(v)) continue;
    const m = moneyValue(v, locale);
    if (!m) return { problem: say("plan-sum-not-a-number", { cell: toAddress(r, c, origin), value: describeValue(v) }, { value: valueWord(v) }) };
    nums.push(m);
  }
  if (nums.length === 0) return { value: values[group[0]][c] };
  const sum = sumExactly(nums, decimals);
  return sum === null ? { problem: say("plan-sum-too-large") } : { value: sum };
}

function loneRow(
  values: Grid, row: number, usable: readonly number[], compared: readonly number[], names: ColumnWords, status: StatusRules,
): AggregateRefusal {
  let best: number[] | null = null;
  let bestRow = -1;
  let tried = 0;
  for (const other of usable) {
    if (other === row) continue;
    if (tried++ > 200) break; // enough to name the differing columns; keeps many lone rows linear
    const diff = compared.filter((c) => !sameCellValue(values[row][c], values[other][c]));
    if (statusesDiffer(status, values[row], values[other])) insertSorted(diff, status.status as number);
    if (!best || diff.length < best.length) {
      best = diff;
      bestRow = other;
    }
    if (best.length === 1) break;
  }
  if (!best) return refusalOf(row, say("plan-nothing-to-merge"));
  const columns = names.listOf(best);
  const why = best.length === 1 && best[0] === status.status
    ? statusDiffers(values, row, bestRow, status)
    : say("plan-row-differs", { row: excelRow(row, status.settings.origin), other: excelRow(bestRow, status.settings.origin), count: best.length }, { columns: columns.say });
  return { row, reason: textOf(why), say: why, columns: columns.names };
}

function insertSorted(columns: number[], c: number): void {
  let i = columns.length;
  while (i > 0 && columns[i - 1] > c) i--;
  columns.splice(i, 0, c);
}
