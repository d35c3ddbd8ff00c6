/**
 * Made-up codes, one generator per kind, shared by every plan that makes codes:
 * - `prefixCandidates` (docs/design.md §6): `PREFIX-0001` style, numbered after the highest
 *   number already used with that prefix anywhere in the table (`ITEM-0041` → next is
 *   `ITEM-0042`; `ITEM-7` counts too). "Generate codes" and serialize of a pool without
 *   codes (§3) both use it.
 * - `CodeMaker.forPool` (docs/design.md §3): a pool's own sequence continued (`POLE-01, POLE-02`
 *   → `POLE-03` …), or `c1-k` when c1 does not end in digits.
 * Candidates are only proposals: the plan passes over any that is in use (`CodeTable.find`)
 * or that it made already. Codes are written as text.
 */
import type { CheckReport, FixPlan, Grid } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { analysisFor } from "./check";
import { excelRow, isEmpty } from "./cells";
import { say } from "./messages";
import { chosenRows, notDataSay, refusalOf } from "./row-facts";
import { sheetChange, type CellOutcome } from "./sheet-change";
import { codeKey, isAscii } from "./codes";
import type { CodeTable } from "./code-table";

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
    for (const r of chosen) plan.refused.push(refusalOf(r, say("plan-no-table")));
    return plan;
  }
  const cc = t.columns.codes;
  const targets: number[] = [];
  if (rows === "all-missing") {
    for (let r = t.headerRow + 1; r < values.length; r++) if (!notDataSay(a, r) && isEmptyCodes(values[r][cc])) targets.push(r);
  } else {
    for (const r of chosen) {
      const outside = notDataSay(a, r);
      if (outside) plan.refused.push(refusalOf(r, outside));
      else if (!isEmptyCodes(values[r][cc])) plan.refused.push(refusalOf(r, say("plan-row-has-codes", { row: excelRow(r, s.origin) })));
      else targets.push(r);
    }
  }
  const cells: CellOutcome[] = [];
  const candidate = prefixCandidates(a.codes, s.codePrefix, s.codeDigits, s.caseSensitiveCodes);
  for (const r of targets) {
    let code: string;
    do code = candidate();
    while (a.codes.find(code) >= 0);
    cells.push({ row: r, column: cc, value: code });
  }
  plan.change = sheetChange(values, t.headerRow, { cells });
  return plan;
}

function isEmptyCodes(value: unknown): boolean {
  return isEmpty(value) || (typeof value === "string" && value.replace(/[\s,]/g, "") === "");
}

/**
 * Candidate codes `PREFIX-0001`, `PREFIX-0002`, … numbered after the highest `PREFIX-n` among
 * the table's codes (compared like codes), zero-padded to `digits`.
 *
 * @example const next = prefixCandidates(table, "ITEM", 4, false); next() // "ITEM-0042" when ITEM-0041 is the highest
 */
export function prefixCandidates(codes: CodeTable, prefix: string, digits: number, caseSensitive: boolean): () => string {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}-(\\d{1,15})$`, caseSensitive ? "" : "i");
  let highest = 0;
  for (let k = 0; k < codes.size; k++) {
    const m = pattern.exec(codes.textOf(k));
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  let next = highest + 1;
  return () => `${prefix}-${String(next++).padStart(digits, "0")}`;
}

/** A pool's own sequence: `code(k)` for numbers k (digit strings) from `start` on. */
interface PoolSequence {
  /** Equal for two pools whose sequences make the same codes (compared like codes) for the same k. */
  key: string;
  start: string;
  code: (k: string) => string;
}

/**
 * The sequence units M+1…N of a pool with codes c1…cM (M ≥ 1) take their codes from. When c1
 * ends in digits it goes on from the highest number among the pool's codes with c1's prefix
 * (c1 without its trailing digits, compared like codes), as wide as c1's digits and wider when
 * the number outgrows them (`POLE-99` → `POLE-100`). Otherwise `c1-k` from k = M+1, k
 * zero-padded to the digits of N. Numbers are digit strings, so a 30-digit serial goes on exactly.
 */
function poolSequence(codes: readonly string[], n: number, caseSensitive: boolean): PoolSequence {
  const c1 = codes[0];
  const tail = /\d+$/.exec(c1);
  if (!tail) {
    const pad = String(n).length;
    return { key: `${foldCode(c1, caseSensitive)}-\u0000${pad}`, start: String(codes.length + 1), code: (k) => `${c1}-${k.padStart(pad, "0")}` };
  }
  const prefix = c1.slice(0, tail.index);
  const folded = foldCode(prefix, caseSensitive);
  let highest = tail[0];
  for (let i = 1; i < codes.length; i++) {
    const code = codes[i];
    const k = foldCode(code, caseSensitive);
    if (!k.startsWith(folded)) continue;
    const digits = k.slice(folded.length);
    if (/^\d+$/.test(digits) && compareDigits(digits, highest) > 0) highest = digits;
  }
  const width = tail[0].length;
  return { key: `${folded}\u0000${width}`, start: incrementDigits(highest), code: (k) => `${prefix}${k.padStart(width, "0")}` };
}

/** A code as codes compare (NFC, case-folded unless case-sensitive), not trimmed: prefixes keep their ends. */
function foldCode(code: string, caseSensitive: boolean): string {
  const nfc = isAscii(code) ? code : code.normalize("NFC");
  return caseSensitive ? nfc : nfc.toLowerCase();
}

/**
 * The codes one serialize plan makes up (docs/design.md §3): each pool's own sequence, or the
 * settings' `PREFIX-0001` numbering for a pool without codes. A candidate is passed over when
 * the table holds it or this plan made it already; no code longer than `maxLength` is made.
 *
 * Many pools can share one sequence (`C1`…`C100000`, each pool of quantity 2 going on after its
 * own code): the maker remembers, per sequence, a run of numbers it found taken, so no pool
 * walks past the same taken codes again (that walk made serialize quadratic).
 *
 * @example
 * const maker = new CodeMaker(analysis.codes, { caseSensitive: false, prefix: "ITEM", digits: 4, maxLength: 64 });
 * maker.forPool(["POLE-01", "POLE-02"], 4) // ["POLE-03", "POLE-04"]
 */
export class CodeMaker {
  private readonly made = new Set<string>();
  /** Per sequence key: every number k with from ≤ k < to gives a code that is taken or made. */
  private readonly runs = new Map<string, { from: string; to: string }>();
  private prefixNext: (() => string) | null = null;

  constructor(
    private readonly table: CodeTable,
    private readonly options: { caseSensitive: boolean; prefix: string; digits: number; maxLength: number },
  ) {}

  /** Codes for units M+1…N of a pool with `codes` (M ≥ 1), or null when one would be longer than `maxLength`. */
  forPool(codes: readonly string[], n: number): string[] | null {
    const seq = poolSequence(codes, n, this.options.caseSensitive);
    let old = this.runs.get(seq.key) ?? null;
    let k = seq.start;
    let from = k;
    if (old && compareDigits(old.from, k) <= 0 && compareDigits(k, old.to) <= 0) {
      from = old.from;
      k = old.to;
      old = null;
    }
    const out: string[] = [];
    while (out.length < n - codes.length) {
      if (old && k === old.from) {
        k = old.to; // a run found by an earlier pool: all taken
        old = null;
        continue;
      }
      const code = seq.code(k);
      if (this.take(code, out) === "too long") {
        this.runs.delete(seq.key); // the codes of `out` are given back, so the run would be wrong
        return null;
      }
      k = incrementDigits(k);
    }
    this.runs.set(seq.key, { from, to: k });
    return out;
  }

  /** `count` codes `PREFIX-0001` style, numbered on across the plan, or null when one would be longer than `maxLength`. */
  fromPrefix(count: number): string[] | null {
    const { prefix, digits, caseSensitive } = this.options;
    this.prefixNext ??= prefixCandidates(this.table, prefix, digits, caseSensitive);
    const out: string[] = [];
    while (out.length < count) if (this.take(this.prefixNext(), out) === "too long") return null;
    return out;
  }

  /** Adds `code` to `out` and marks it made when it is free; a code too long gives back every code of `out`. */
  private take(code: string, out: string[]): "taken" | "made" | "too long" {
    if (this.table.find(code) >= 0) return "taken"; // first: it hashes in place, the key is a new string
    const key = codeKey(code, this.options.caseSensitive);
    if (this.made.has(key)) return "taken";
    if (code.length > this.options.maxLength) {
      for (const c of out) this.made.delete(codeKey(c, this.options.caseSensitive));
      return "too long";
    }
    this.made.add(key);
    out.push(code);
    return "made";
  }
}

/** Index of the first digit of `digits` that is not a leading zero. */
function significant(digits: string): number {
  let i = 0;
  while (i < digits.length && digits.charCodeAt(i) === 48) i++;
  return i;
}

/** Compares two strings of ASCII digits as the numbers they write. */
function compareDigits(a: string, b: string): number {
  const i = significant(a);
  const j = significant(b);
  if (a.length - i !== b.length - j) return a.length - i - (b.length - j);
  const x = a.slice(i);
  const y = b.slice(j);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A string of ASCII digits plus one, leading zeros dropped (`"099"` → `"100"`, `"9"` → `"10"`). */
function incrementDigits(digits: string): string {
  const d = digits.slice(significant(digits));
  let i = d.length - 1;
  while (i >= 0 && d.charCodeAt(i) === 57) i--;
  if (i < 0) return `1${"0".repeat(d.length)}`;
  return `${d.slice(0, i)}${String.fromCharCode(d.charCodeAt(i) + 1)}${"0".repeat(d.length - 1 - i)}`;
}
