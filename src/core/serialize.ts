/**
 * Serialize (docs/design.md §3): an aggregated row (quantity N > 1, codes c1…cM) becomes N
 * rows of quantity 1.
 *
 * Decisions:
 * - Replacement rows carry every column of the table (the row padded to the header
 *   width). Other columns are copied as values; the Excel adapter copies formulas
 *   and formats itself. Code cells are text: the codes column is in `textColumns`.
 * - Rows M+1…N continue the pool's own sequence (`CodeMaker`): when c1 ends in
 *   digits, numbering goes on from the highest number among the row's codes with c1's
 *   prefix, as wide as c1's digits (`POLE-01, POLE-02` → `POLE-03`; `A7` → `A8`); else
 *   `c1-k`, k zero-padded to the digits of N. Operators, and the stock systems they know,
 *   continue the number rather than nest it (`POLE-01-03`). A candidate already used
 *   anywhere in the table (compared like codes) or generated earlier in this plan is
 *   skipped and numbering continues with the next number.
 * - Income, expense, the purchase value and `settings.additiveColumns` are split in minor units of the
 *   finer of the currency and the value's own decimals (so even `10.005` keeps its
 *   total exactly); leftovers go one each to the first rows. Empty stays empty.
 * - A pool whose one error is `codes-missing` is not refused: all N codes come from the
 *   settings' prefix and digits (`ITEM-0001` …), the generator of the "generate codes" fix,
 *   numbered after the highest `PREFIX-n` in the table and past codes made earlier in the plan.
 * - Refused: a row with (other) errors, M > N, a generated code (as actually made, after
 *   skipping) longer than `settings.maxCodeLength`, an additive cell that is not a number or too large
 *   to split exactly (more than 2^53 − 1 minor units), a
 *   code cell with a `codes-separator`, `codes-space` or `codes-invisible` warning
 *   (its codes are not yet the codes the user means, so `c1-k` would be built on a
 *   wrong c1, and an invisible character would be copied into every new code), or
 *   (every row) when the sheet would pass 1,048,576 rows, counted from `settings.lastUsedRow`
 *   when the sheet holds more below the values. Quantity-1 rows are skipped.
 * - The available count and the status go to the units as split-availability.ts says (issue 16).
 * - Formulas in the cells the plan writes over: formula-cells.ts.
 */
import type { CellValue, CheckReport, Grid, PlanInputs, RuleId, SerializePlan, TableInfo } from "./types";
import type { Settings, SettingsInput } from "./settings";
import type { Analysis } from "./analyze";
import { resolveSettings } from "./resolve-settings";
import { analysisFor } from "./check";
import { INVALID } from "./analyze";
import { EXCEL_MAX_ROWS, excelRow, isBlank, numberText } from "./cells";
import { cellCodes } from "./codes";
import { isExactMinor, moneyValue, splitEvenly, toMinor, fromMinor } from "./money";
import { say, textOf, type Say } from "./messages";
import { sheetChange } from "./sheet-change";
import { CodeMaker } from "./generate-codes";
import { FormulaGate, lostWhenSerialized } from "./formula-cells";
import { unitAvailability, markUnits, type UnitAvailability } from "./split-availability";
import { moneyColumnsOf } from "./plan-availability";
import { chosenRows, columnSay, errorsOfRow, widestRow, invalidSay, issuesOfRow, notDataSay, noQuantitySay, refusalOf } from "./row-facts";

/** Warnings meaning the code cell does not yet hold the codes the user means (c1 would be wrong). */
const SUSPICIOUS_CODES: ReadonlySet<RuleId> = new Set<RuleId>(["codes-separator", "codes-space", "codes-invisible"]);

/** How much of a first code a refusal quotes. */
const QUOTED_CODE = 40;

/** What every row of one plan shares. */
interface Serializing {
  values: Grid;
  a: Analysis;
  s: Settings;
  t: TableInfo;
  width: number;
  additive: number[];
  /** The codes this plan makes up. */
  maker: CodeMaker;
}

/** A row that can be serialized: its quantity, codes and how its units are marked available. */
interface Pool {
  n: number;
  codes: string[];
  marks: UnitAvailability | null;
}

/**
 * Plans serializing the chosen rows (0-based grid indexes). Touches nothing.
 * Pass the `CheckReport` of the same `values` to skip a second check.
 *
 * @example
 * planSerialize([["Qty","Code"],[10,"POLE-01, POLE-02"]], [1]).replacements[0].rows.map((r) => r[1])
 * // ["POLE-01", "POLE-02", "POLE-03", …, "POLE-10"]
 */
export function planSerialize(
  values: Grid,
  rows: number[],
  settings?: Partial<SettingsInput>,
  report?: CheckReport,
  inputs: PlanInputs = {},
): SerializePlan {
  const s = resolveSettings(settings);
  const gate = new FormulaGate(inputs, s.origin, "serialize");
  const a = analysisFor(values, s, report);
  const chosen = chosenRows(rows, values.length);
  const plan: SerializePlan = { replacements: [], skipped: [], refused: [], generated: [], formulasAsValues: 0, change: sheetChange(values, -1, {}) };
  const t = a.table;
  const noQuantity = noQuantitySay(a);
  if (!t || noQuantity) {
    for (const r of chosen) plan.refused.push(refusalOf(r, (notDataSay(a, r) ?? noQuantity) as Say));
    return plan;
  }
  const ctx: Serializing = { values, a, s, t, width: widestRow(values, chosen, t.headers?.length ?? 0), additive: moneyColumnsOf(a), maker: makerFor(a, s) };
  const lastUsed = Math.max(s.lastUsedRow ?? 0, excelRow(values.length - 1, s.origin));
  const room = EXCEL_MAX_ROWS - lastUsed;
  let newRows = 0;
  const planned: number[] = [];
  for (const r of chosen) {
    const pool = poolOf(ctx, r);
    if ("skip" in pool) plan.skipped.push(refusalOf(r, pool.skip));
    if ("refuse" in pool) plan.refused.push(refusalOf(r, pool.refuse));
    if (!("n" in pool)) continue;
    newRows += pool.n - 1;
    planned.push(r);
    if (newRows > room) continue; // the whole plan is refused below; never build a huge plan
    const splits = splitAdditive(ctx, r, pool.n);
    const codes = splits instanceof Map ? unitCodes(ctx, r, pool) : splits;
    const units = splits instanceof Map && Array.isArray(codes) ? unitRows(ctx, r, codes, splits) : null;
    if (units && pool.marks) markUnits(units, pool.marks);
    const why = units ? gate.refusal(r, lostWhenSerialized(values, gate.formulas, r, units)) : (codes as Say);
    if (!units || why) {
      newRows -= pool.n - 1;
      planned.pop();
      plan.refused.push(refusalOf(r, why as Say));
      continue;
    }
    const made = codes as string[];
    for (let k = pool.codes.length; k < made.length; k++) plan.generated.push(made[k]);
    plan.replacements.push({ row: r, rows: units });
  }
  if (newRows > room) refuseAll(plan, planned, say("plan-past-last-row", { newRows, lastRow: lastUsed + newRows, limit: EXCEL_MAX_ROWS }));
  plan.formulasAsValues = gate.countFor(plan.replacements.map((x) => x.row));
  const inserts = plan.replacements.map((x) => ({ row: x.row, count: x.rows.length - 1 }));
  plan.change = sheetChange(values, t.headerRow, { inserts, rows: plan.replacements });
  return plan;
}

function makerFor(a: Analysis, s: Settings): CodeMaker {
  return new CodeMaker(a.codes, { caseSensitive: s.caseSensitiveCodes, prefix: s.codePrefix, digits: s.codeDigits, maxLength: s.maxCodeLength });
}

/** Why a chosen row is left as it is: skipped (nothing to do) or refused (it cannot be done). */
type Decline = { skip: Say } | { refuse: Say };

/** The row's quantity and codes when it can be serialized, else why not. */
function poolOf(ctx: Serializing, r: number): Pool | Decline {
  const { a, s, t } = ctx;
  const outside = notDataSay(a, r);
  if (outside) return { skip: outside };
  const n = a.quantity[r];
  if (a.state[r] === INVALID && !(n > 1 && onlyCodesMissing(a, r))) return { refuse: invalidSay(a, r) };
  if (n === 1) return { skip: say("plan-already-serialized") };
  if (n === 0) return { skip: say("plan-no-units") };
  const suspicious = issuesOfRow(a.issues, r).find((i) => SUSPICIOUS_CODES.has(i.rule));
  if (suspicious) return { refuse: say("plan-fix-codes-first", { issue: suspicious.message }, { issue: suspicious.say }) };
  const codes = cellCodes(ctx.values[r][t.columns.codes], s.oneCodePerCell);
  const row = excelRow(r, s.origin);
  if (codes.length > n) return { refuse: say("plan-codes-over-quantity", { row, codes: codes.length, quantity: n }) };
  const marks = unitAvailability(ctx.values, r, n, t, s);
  if (marks && "id" in marks) return { refuse: marks };
  return { n, codes, marks };
}

/** The additive columns of row `r` split into `n` parts each, or why one cannot be. */
function splitAdditive(ctx: Serializing, r: number, n: number): Map<number, CellValue[]> | Say {
  const splits = new Map<number, CellValue[]>();
  for (const c of ctx.additive) {
    const parts = splitCell(ctx.values[r][c], n, ctx.s.currencyDecimals, ctx.s.locale);
    if (!Array.isArray(parts)) {
      return say("plan-split-refused", { row: excelRow(r, ctx.s.origin) }, { column: columnSay(ctx.t.headers, c), problem: parts });
    }
    splits.set(c, parts);
  }
  return splits;
}

/** True when the row's one error is `codes-missing`: serialize makes all its codes (docs/design.md §3). */
function onlyCodesMissing(a: Analysis, r: number): boolean {
  const errors = errorsOfRow(a.issues, r);
  return errors.length === 1 && errors[0].rule === "codes-missing";
}

/** One code per unit of row `r`: its own codes, then made-up ones (docs/design.md §3); or why not. */
function unitCodes(ctx: Serializing, r: number, pool: Pool): string[] | Say {
  const { n, codes } = pool;
  const { s } = ctx;
  if (codes.length >= n) return codes;
  if (codes.length === 0) {
    const all = ctx.maker.fromPrefix(n);
    if (all) return all;
    return say("plan-prefix-codes-too-long", { row: excelRow(r, s.origin), prefix: s.codePrefix, digits: s.codeDigits, max: s.maxCodeLength });
  }
  const made = ctx.maker.forPool(codes, n);
  if (made) return [...codes, ...made];
  const cut = codes[0].length > QUOTED_CODE ? "yes" : "no";
  return say("plan-codes-too-long", { row: excelRow(r, s.origin), code: codes[0].slice(0, QUOTED_CODE), cut, max: s.maxCodeLength });
}

/** The unit rows of row `r`: every column copied, quantity 1, one code each, amounts split. */
function unitRows(ctx: Serializing, r: number, codes: readonly string[], splits: Map<number, CellValue[]>): CellValue[][] {
  const { t } = ctx;
  const source = ctx.values[r];
  const width = Math.max(ctx.width, source.length);
  const out: CellValue[][] = [];
  for (let k = 0; k < codes.length; k++) {
    const copy: CellValue[] = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) copy[c] = c < source.length ? source[c] : "";
    copy[t.columns.quantity] = 1;
    copy[t.columns.codes] = codes[k];
    for (const [c, parts] of splits) copy[c] = parts[k];
    out.push(copy);
  }
  return out;
}

/** Refuses every planned row for one reason (together they would push the sheet past Excel's last row). */
function refuseAll(plan: SerializePlan, planned: readonly number[], reason: Say): void {
  const words = textOf(reason); // once: the plan may hold a million rows
  for (const r of planned) plan.refused.push({ row: r, reason: words, say: reason });
  plan.refused.sort((x, y) => x.row - y.row);
  plan.replacements = [];
  plan.generated = [];
}

/** A money-like cell split into `n` parts that add up exactly, or why it cannot be. */
function splitCell(value: CellValue, n: number, decimals: number, locale: string): CellValue[] | Say {
  if (isBlank(value)) return new Array<CellValue>(n).fill(value);
  const m = moneyValue(value, locale);
  if (!m) return say("plan-split-not-a-number");
  const scale = Math.max(decimals, Math.min(m.decimals, 15));
  const minor = toMinor(m.value, scale);
  if (!isExactMinor(minor)) return say("plan-split-too-large", { value: numberText(m.value) });
  return splitEvenly(minor, n).map((p) => fromMinor(p, scale));
}
