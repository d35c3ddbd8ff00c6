/**
 * Serialize (SPEC §3): an aggregated row (quantity N > 1, codes c1…cM) becomes N
 * rows of quantity 1.
 *
 * Decisions:
 * - Replacement rows carry every column of the table (the row padded to the header
 *   width). Other columns are copied as values; the Excel adapter copies formulas
 *   and formats itself. Code cells are text: the codes column is in `textColumns`.
 * - Rows M+1…N get `c1-k`, k zero-padded to the digits of N. A candidate already
 *   used anywhere in the table (compared like codes) or generated earlier in this
 *   plan is skipped and numbering continues with the next number.
 * - Income, expense and `settings.additiveColumns` are split in minor units of the
 *   finer of the currency and the value's own decimals (so even `10.005` keeps its
 *   total exactly); leftovers go one each to the first rows. Empty stays empty.
 * - Refused: a row with errors, M > N, generated codes longer than
 *   `settings.maxCodeLength`, an additive cell that is not a number or too large
 *   to split exactly (more than 2^53 − 1 minor units), a
 *   code cell with a `codes-separator`, `codes-space` or `codes-invisible` warning
 *   (its codes are not yet the codes the user means, so `c1-k` would be built on a
 *   wrong c1, and an invisible character would be copied into every new code), or
 *   (every row) when the sheet would pass 1,048,576 rows. Quantity-1 rows are skipped.
 */
import type { CellValue, CheckReport, Grid, RuleId, SerializePlan } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { analysisFor } from "./check";
import { INVALID } from "./analyze";
import { EXCEL_MAX_ROWS, excelRow, isBlank, numberText } from "./cells";
import { headerText } from "./columns";
import { codeKey, splitCodes } from "./codes";
import { isExactMinor, moneyValue, splitEvenly, toMinor, fromMinor } from "./money";
import { additiveColumns, chosenRows, widestRow, invalidReason, issuesOfRow, notDataReason } from "./row-facts";

/** Warnings meaning the code cell does not yet hold the codes the user means (c1 would be wrong). */
const SUSPICIOUS_CODES: ReadonlySet<RuleId> = new Set<RuleId>(["codes-separator", "codes-space", "codes-invisible"]);

/**
 * Plans serializing the chosen rows (0-based grid indexes). Touches nothing.
 * Pass the `CheckReport` of the same `values` to skip a second check.
 *
 * @example
 * planSerialize([["Qty","Code"],[3,"POLE"]], [1]).replacements[0].rows.map((r) => r[1])
 * // ["POLE", "POLE-2", "POLE-3"]
 */
export function planSerialize(values: Grid, rows: number[], settings?: Partial<SettingsInput>, report?: CheckReport): SerializePlan {
  const s = resolveSettings(settings);
  const a = analysisFor(values, s, report);
  const chosen = chosenRows(rows, values.length);
  const plan: SerializePlan & { textColumns: number[] } = { replacements: [], skipped: [], refused: [], textColumns: [] };
  const t = a.table;
  if (!t) {
    for (const r of chosen) plan.refused.push({ row: r, reason: notDataReason(a, r) });
    return plan;
  }
  plan.textColumns.push(t.columns.codes);
  const width = widestRow(values, chosen, t.headers?.length ?? 0);
  const additive = additiveColumns(a);
  const generated = new Set<string>();
  let newRows = 0;
  const planned: number[] = [];
  const lastUsed = excelRow(values.length - 1, s.origin);
  const room = EXCEL_MAX_ROWS - lastUsed;
  for (const r of chosen) {
    const outside = notDataReason(a, r);
    if (outside) {
      plan.skipped.push({ row: r, reason: outside });
      continue;
    }
    if (a.state[r] === INVALID) {
      plan.refused.push({ row: r, reason: invalidReason(a, r) });
      continue;
    }
    const n = a.quantity[r];
    if (n === 1) {
      plan.skipped.push({ row: r, reason: "already serialized (quantity 1)" });
      continue;
    }
    const suspicious = issuesOfRow(a.issues, r).find((i) => SUSPICIOUS_CODES.has(i.rule));
    if (suspicious) {
      plan.refused.push({ row: r, reason: `fix the code list first: ${suspicious.message}` });
      continue;
    }
    const source = values[r];
    const codes = splitCodes(source[t.columns.codes]);
    if (codes.length > n) {
      plan.refused.push({ row: r, reason: `row ${excelRow(r, s.origin)} has ${codes.length} codes for quantity ${n}: serializing would drop codes; fix the quantity or the codes first` });
      continue;
    }
    const pad = String(n).length;
    if (codes.length < n && codes[0].length + 1 + pad > s.maxCodeLength) {
      plan.refused.push({ row: r, reason: `row ${excelRow(r, s.origin)}: codes made from "${codes[0].slice(0, 40)}${codes[0].length > 40 ? "…" : ""}" would be longer than ${s.maxCodeLength} characters; shorten the first code or add the missing codes` });
      continue;
    }
    newRows += n - 1;
    planned.push(r);
    if (newRows > room) continue; // the whole plan is refused below; never build a huge plan
    const splits = new Map<number, CellValue[]>();
    let bad = "";
    for (const c of additive) {
      const parts = splitCell(source[c], n, s.currencyDecimals);
      if (typeof parts === "string") {
        bad = `"${headerText(t.headers?.[c]) || `column ${c + 1}`}" is split between the new rows but ${parts}`;
        break;
      }
      splits.set(c, parts);
    }
    if (bad) {
      newRows -= n - 1;
      planned.pop();
      plan.refused.push({ row: r, reason: `row ${excelRow(r, s.origin)}: ${bad}` });
      continue;
    }
    const out: CellValue[][] = [];
    const width1 = Math.max(width, source.length);
    let next = codes.length + 1;
    for (let k = 0; k < n; k++) {
      const copy: CellValue[] = new Array<CellValue>(width1);
      for (let c = 0; c < width1; c++) copy[c] = c < source.length ? source[c] : "";
      copy[t.columns.quantity] = 1;
      if (k < codes.length) copy[t.columns.codes] = codes[k];
      else {
        let code: string;
        for (;;) {
          code = `${codes[0]}-${String(next++).padStart(pad, "0")}`;
          const key = codeKey(code, s.caseSensitiveCodes);
          if (!generated.has(key) && a.codes.find(code) < 0) {
            generated.add(key);
            break;
          }
        }
        copy[t.columns.codes] = code;
      }
      for (const [c, parts] of splits) copy[c] = parts[k];
      out.push(copy);
    }
    plan.replacements.push({ row: r, rows: out });
  }
  if (newRows > room) {
    const lastRow = lastUsed + newRows;
    const reason = `serializing needs ${newRows.toLocaleString("en-US")} new rows and the sheet would end at row ${lastRow.toLocaleString("en-US")}, past Excel's limit of 1,048,576`;
    for (const r of planned) plan.refused.push({ row: r, reason });
    plan.refused.sort((x, y) => x.row - y.row);
    plan.replacements = [];
  }
  return plan;
}

/** A money-like cell split into `n` parts that add up exactly, or why it cannot be. */
function splitCell(value: CellValue, n: number, decimals: number): CellValue[] | string {
  if (isBlank(value)) return new Array<CellValue>(n).fill(value);
  const m = moneyValue(value);
  if (!m) return "does not hold a number";
  const scale = Math.max(decimals, Math.min(m.decimals, 15));
  const minor = toMinor(m.value, scale);
  if (!isExactMinor(minor)) return `${numberText(m.value)} is too large to split exactly`;
  return splitEvenly(minor, n).map((p) => fromMinor(p, scale));
}
