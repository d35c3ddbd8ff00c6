/**
 * Aggregate (SPEC §4): selected rows that agree on every column except quantity,
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
 * - Refused: rows with errors, groups whose joined codes pass 32,767 characters, and
 *   groups where an additive cell holds something other than a number (it would be
 *   lost in the sum) or the sum is too large to keep exact (2^53 − 1 minor units).
 */
import type { AggregatePlan, AggregateRefusal, CellValue, CheckReport, Grid } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { analysisFor } from "./check";
import { INVALID } from "./analyze";
import { EXCEL_MAX_CELL_CHARS, describeValue, excelRow, isBlank, toAddress } from "./cells";
import { headerText } from "./columns";
import { joinCodes, splitCodes } from "./codes";
import { moneyValue, sumExactly, type NumberText } from "./money";
import { additiveColumns, chosenRows, widestRow, invalidReason, notDataReason } from "./row-facts";

const same = (x: CellValue, y: CellValue): boolean =>
  x === y || ((x === "" || x === null || x === undefined) && (y === "" || y === null || y === undefined));

function keyOf(row: readonly CellValue[], compared: readonly number[]): string {
  const parts: string[] = [];
  for (const c of compared) {
    const v = row[c];
    parts.push(v === "" || v === null || v === undefined ? "e" : `${typeof v === "number" ? "n" : typeof v === "boolean" ? "b" : "s"}${String(v)}`);
  }
  return JSON.stringify(parts);
}

/**
 * Plans merging the chosen rows (0-based grid indexes). Touches nothing.
 * Pass the `CheckReport` of the same `values` to skip a second check.
 *
 * @example
 * planAggregate([["Qty","Code","Income"],[1,"A",5],[1,"B",5]], [1, 2]).merges[0].row // [2, "A, B", 10]
 */
export function planAggregate(values: Grid, rows: number[], settings?: Partial<SettingsInput>, report?: CheckReport): AggregatePlan {
  const s = resolveSettings(settings);
  const a = analysisFor(values, s, report);
  const chosen = chosenRows(rows, values.length);
  const plan: AggregatePlan & { textColumns: number[] } = { merges: [], refused: [], textColumns: [] };
  const t = a.table;
  const usable: number[] = [];
  for (const r of chosen) {
    const outside = notDataReason(a, r);
    if (outside) plan.refused.push({ row: r, reason: outside });
    else if (a.state[r] === INVALID) plan.refused.push({ row: r, reason: invalidReason(a, r) });
    else usable.push(r);
  }
  if (!t || usable.length === 0) return plan;
  plan.textColumns.push(t.columns.codes);
  const additive = additiveColumns(a);
  const skip = new Set([t.columns.quantity, t.columns.codes, ...additive]);
  const width = widestRow(values, usable, t.headers?.length ?? 0);
  const compared: number[] = [];
  for (let c = 0; c < width; c++) if (!skip.has(c)) compared.push(c);

  const groups = new Map<string, number[]>();
  for (const r of usable) {
    const key = keyOf(values[r], compared);
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const refusals: AggregateRefusal[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) {
      refusals.push(loneRow(values, group[0], usable, compared, t.headers, s.origin));
      continue;
    }
    const first = values[group[0]];
    const codes: string[] = [];
    let units = 0;
    for (const r of group) {
      for (const c of splitCodes(values[r][t.columns.codes])) codes.push(c);
      units += a.quantity[r];
    }
    const joined = joinCodes(codes);
    if (joined.length > EXCEL_MAX_CELL_CHARS) {
      const reason = `the joined codes would be ${joined.length.toLocaleString("en-US")} characters, more than the 32,767 an Excel cell holds`;
      for (const r of group) refusals.push({ row: r, reason });
      continue;
    }
    const merged: CellValue[] = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) merged[c] = c < first.length ? first[c] : "";
    merged[t.columns.quantity] = units;
    merged[t.columns.codes] = joined;
    let problem = "";
    for (const c of additive) {
      const sum = sumColumn(values, group, c, s.currencyDecimals, s.origin);
      if ("problem" in sum) {
        const name = headerText(t.headers?.[c]) || `column ${c + 1}`;
        problem = `"${name}" is added up when rows merge, but ${sum.problem}`;
        break;
      }
      merged[c] = sum.value;
    }
    if (problem) {
      for (const r of group) refusals.push({ row: r, reason: problem });
      continue;
    }
    plan.merges.push({ rows: group, row: merged });
  }
  for (const refusal of refusals) plan.refused.push(refusal);
  plan.refused.sort((x, y) => x.row - y.row);
  return plan;
}

/** The exact sum of an additive column over a group, or why it cannot be summed (merging would lose a value). */
function sumColumn(
  values: Grid, group: readonly number[], c: number, decimals: number, origin: string,
): { value: CellValue } | { problem: string } {
  const nums: NumberText[] = [];
  for (const r of group) {
    const v = values[r][c];
    if (isBlank(v)) continue;
    const m = moneyValue(v);
    if (!m) return { problem: `${toAddress(r, c, origin)} holds ${describeValue(v)}, not a number` };
    nums.push(m);
  }
  if (nums.length === 0) return { value: values[group[0]][c] };
  const sum = sumExactly(nums, decimals);
  return sum === null ? { problem: "the sum is too large to add up exactly" } : { value: sum };
}

function loneRow(
  values: Grid, row: number, usable: readonly number[], compared: readonly number[], headers: readonly string[] | undefined, origin: string,
): AggregateRefusal {
  let best: number[] | null = null;
  let bestRow = -1;
  let tried = 0;
  for (const other of usable) {
    if (other === row) continue;
    if (tried++ > 200) break; // enough to name the differing columns; keeps many lone rows linear
    const diff = compared.filter((c) => !same(values[row][c], values[other][c]));
    if (!best || diff.length < best.length) {
      best = diff;
      bestRow = other;
    }
    if (best.length === 1) break;
  }
  if (!best) return { row, reason: "a single row has nothing to merge with; choose at least two rows that match" };
  const columns = best.map((c) => headerText(headers?.[c]) || `column ${c + 1}`);
  return {
    row,
    reason: `row ${excelRow(row, origin)} differs from row ${excelRow(bestRow, origin)} in ${columns.join(", ")}: merging would lose ${columns.length === 1 ? "it" : "them"}`,
    columns,
  };
}
