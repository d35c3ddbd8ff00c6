/**
 * What the engine must tell an operator about a real, damaged export (CSV text,
 * read the way Excel opens a CSV), for `npm run test:realworld -- DIR`.
 *
 * Expectations are derived from each file's own headers and cells, not from file
 * names, so the same checks run on the project's fixtures (test/core/fixtures.test.ts):
 * - a file with quantity and codes columns: rows with quantity > 1 serialize into
 *   N rows, the existing codes first, then the pool's own numbering continued
 *   (`A7` → `A8…`; `code-02…` when the code has no number), money split to the cent;
 * - a file with a quantity column but no codes column (Snipe-IT's QTY exports):
 *   `no-header` as it is; mapped `codes → Model Number` every number Excel has
 *   rounded (16–20 digits, `3.01043E+13`) is `codes-precision-lost`;
 * - a file without a quantity column (asset lists): a register, each row one unit (issue 13;
 *   `no-header` with `eachRowOneUnit: "off"`), plus
 *   `duplicate-header` for columns claiming one role twice; after the operator
 *   adds a Quantity column of 1s, `duplicate-header` again, and with codes mapped to
 *   each candidate column: `codes-missing` exactly on the blank cells and
 *   `codes-precision-lost` on the destroyed ones.
 *
 * This module holds the core's expectations; scripts/realworld.ts runs them.
 */
import {
  checkInventory, codeKey, detectTable, headerKey, planSerialize, ROLE_ALIASES, splitCodes, toMinor, type CellValue, type CheckReport,
  type SettingsInput,
} from "../src/core";
import { parseCsvLikeExcel } from "../src/cli/read-csv";
import Papa from "papaparse";

/** One expectation's outcome. */
export interface Finding {
  ok: boolean;
  message: string;
}

/** A suite runs over the directory and returns its findings per file. */
export type Suite = (dir: string, files: string[]) => Promise<{ file: string; findings: Finding[] }[]>;

const isBlank = (v: CellValue) => v === "" || v === null || v === undefined;
const claims = (role: keyof typeof ROLE_ALIASES, header: CellValue) => ROLE_ALIASES[role].some((a) => headerKey(a) === headerKey(header));

function expect(findings: Finding[], ok: boolean, message: string): void {
  findings.push({ ok, message });
}

function rulesAt(report: CheckReport, rule: string): Set<string> {
  return new Set(report.issues.filter((i) => i.rule === rule).map((i) => `${i.row}:${i.column}`));
}

/** The fields as written in the file (no typing): the independent oracle for "Excel rounded this". */
export function rawFields(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  return Papa.parse<string[]>(body, { delimiter: ",", newline: "\n", skipEmptyLines: false, dynamicTyping: false }).data;
}

/** Text of a code Excel cannot keep: 16+ digits, or already in scientific notation. */
const DESTROYED_TEXT = /^\s*(\d{16,}|\d(\.\d+)?E\+\d+)\s*$/i;

/** Codes cells an operator knows are broken: blank, or a number Excel rounded (judged from the file's text). */
function expectCodeCells(findings: Finding[], grid: CellValue[][], raw: string[][], settings: Partial<SettingsInput>, what: string): void {
  const report = checkInventory(grid, settings);
  const table = report.table;
  if (!table) {
    expect(findings, false, `${what}: expected a table, got ${report.issues[0]?.message ?? "nothing"}`);
    return;
  }
  const cc = table.columns.codes;
  const missing = rulesAt(report, "codes-missing");
  const lost = rulesAt(report, "codes-precision-lost");
  let blanks = 0;
  let destroyed = 0;
  const wrong: string[] = [];
  for (let r = table.headerRow + 1; r < grid.length; r++) {
    const v = grid[r][cc];
    if (grid[r].every(isBlank)) continue;
    const key = `${r}:${cc}`;
    const isLost = DESTROYED_TEXT.test(raw[r]?.[cc] ?? "");
    if (isBlank(v)) blanks++;
    if (isLost) destroyed++;
    if (isBlank(v) !== missing.has(key)) wrong.push(`row ${r + 1}: codes-missing ${missing.has(key) ? "reported on" : "not reported on"} ${JSON.stringify(v)}`);
    if (isLost !== lost.has(key)) wrong.push(`row ${r + 1}: codes-precision-lost ${lost.has(key) ? "reported on" : "not reported on"} ${JSON.stringify(v)}`);
  }
  expect(findings, wrong.length === 0,
    `${what}: codes-missing on ${blanks} blank code cell(s), codes-precision-lost on ${destroyed} rounded number(s)` +
      (wrong.length ? ` — WRONG: ${wrong.slice(0, 5).join("; ")}` : ""));
}

/** Every aggregated row serializes into N rows: its codes first, then generated ones, money to the cent. */
function expectSerialize(findings: Finding[], grid: CellValue[][]): void {
  const report = checkInventory(grid);
  const t = report.table;
  if (!t) return;
  const pools: number[] = [];
  for (let r = t.headerRow + 1; r < grid.length; r++) {
    const q = grid[r][t.columns.quantity];
    if (typeof q === "number" && q > 1) pools.push(r);
  }
  if (pools.length === 0) return;
  const plan = planSerialize(grid, pools, undefined, report);
  const taken = new Set<string>();
  for (let r = t.headerRow + 1; r < grid.length; r++) for (const c of splitCodes(grid[r][t.columns.codes])) taken.add(codeKey(c, false));
  for (const r of pools) {
    const rep = plan.replacements.find((x) => x.row === r);
    const refusal = plan.refused.find((x) => x.row === r);
    const n = grid[r][t.columns.quantity] as number;
    if (!rep) {
      const expectedRefusal = report.issues.some((i) => i.row === r && i.severity === "error");
      expect(findings, expectedRefusal, `row ${r + 1}: serialize refused (${refusal?.reason ?? "no reason"})`);
      continue;
    }
    const codes = splitCodes(grid[r][t.columns.codes]);
    const got = rep.rows.map((x) => String(x[t.columns.codes]));
    const want = specCodes(codes, n, taken);
    const moneyOk = [t.columns.income, t.columns.expense].every((c) => {
      if (c === undefined || isBlank(grid[r][c])) return true;
      const total = toMinor(Number(grid[r][c]), 2);
      const parts = rep.rows.map((x) => toMinor(Number(x[c]), 2));
      return parts.reduce((a, b) => a + b, 0) === total && Math.max(...parts) - Math.min(...parts) <= 1;
    });
    const money = t.columns.expense !== undefined ? ` ${t.headers?.[t.columns.expense]} ${String(grid[r][t.columns.expense])} → ${rep.rows.map((x) => x[t.columns.expense!]).slice(0, 2).join(", ")}…` : "";
    const ok = rep.rows.length === n && rep.rows.every((x) => x[t.columns.quantity] === 1) && JSON.stringify(got) === JSON.stringify(want)
      && new Set(got).size === n && moneyOk;
    expect(findings, ok, `row ${r + 1}: quantity ${n} serializes into ${rep.rows.length} rows, codes ${got.slice(0, 3).join(", ")} … ${got[got.length - 1]};${money}`);
  }
}

/**
 * SPEC §3's codes for a pool, worked out apart from the engine: after its own codes, the
 * number at the end of c1 goes on from the highest of the pool's codes with that prefix, at
 * c1's width (else `c1-k`, k padded to the digits of N; a pool without codes gets `ITEM-0001`
 * … after the highest ITEM-n), past codes in `taken`, which it extends.
 */
function specCodes(codes: string[], n: number, taken: Set<string>): string[] {
  const out = [...codes];
  const tail = codes.length ? /^(.*?)(\d+)$/.exec(codes[0]) : null;
  let make: (k: bigint) => string;
  let k: bigint;
  if (codes.length === 0) {
    // No codes at all: the settings' prefix (default ITEM, 4 digits) after the highest ITEM-n.
    k = 1n;
    for (const c of taken) if (/^item-\d{1,15}$/.test(c) && BigInt(c.slice(5)) >= k) k = BigInt(c.slice(5)) + 1n;
    make = (x) => `ITEM-${x.toString().padStart(4, "0")}`;
  } else if (tail) {
    const [, prefix, digits] = tail;
    k = BigInt(digits);
    for (const c of codes) {
      const rest = codeKey(c, false).startsWith(codeKey(prefix, false)) ? c.slice(prefix.length) : "";
      if (/^\d+$/.test(rest) && BigInt(rest) > k) k = BigInt(rest);
    }
    k += 1n;
    make = (x) => `${prefix}${x.toString().padStart(digits.length, "0")}`;
  } else {
    k = BigInt(codes.length + 1);
    make = (x) => `${codes[0]}-${x.toString().padStart(String(n).length, "0")}`;
  }
  for (; out.length < n; k++) {
    const code = make(k);
    if (taken.has(codeKey(code, false))) continue;
    taken.add(codeKey(code, false));
    out.push(code);
  }
  return out;
}

/** What the core must say about one export. */
export function checkExport(text: string): Finding[] {
  const grid = parseCsvLikeExcel(text);
  const raw = rawFields(text);
  const findings: Finding[] = [];
  const plain = checkInventory(grid);
  const header = (() => {
    for (const row of grid.slice(0, 20)) if (row.some((v) => !isBlank(v))) return row;
    return [];
  })();
  const hasQuantity = header.some((h) => claims("quantity", h));
  const codeColumns = header.map((h, c) => (claims("codes", h) ? c : -1)).filter((c) => c >= 0);
  const categoryColumns = header.filter((h) => claims("category", h)).length;
  const noHeader = plain.issues.some((i) => i.rule === "no-header");
  const dupHeaders = plain.issues.filter((i) => i.rule === "duplicate-header");

  if (hasQuantity && codeColumns.length > 0) {
    expect(findings, !noHeader && plain.table !== null, `table found (header row ${(plain.table?.headerRow ?? -1) + 1})`);
    if (codeColumns.length === 1) expectCodeCells(findings, grid, raw, {}, "as opened");
    expectSerialize(findings, grid);
  } else if (!hasQuantity && codeColumns.length > 0) {
    // Issue 13: a register (codes, no quantity column) is read with each row one unit, said in a note;
    // with `eachRowOneUnit: "off"` it is `no-header` as before.
    const note = plain.notes?.find((n) => n.say?.id === "note-each-row-one-unit");
    expect(findings, plain.table?.columns.quantity === -1 && note !== undefined, `register as opened: ${note?.message ?? "NO NOTE"}`);
    const off = checkInventory(grid, { eachRowOneUnit: "off" });
    expect(findings, off.table === null && off.issues.some((i) => i.rule === "no-header"),
      `no-header with eachRowOneUnit off: ${off.issues.find((i) => i.rule === "no-header")?.message ?? "NOT REPORTED"}`);
  } else {
    expect(findings, noHeader && plain.table === null,
      `no-header as opened (${hasQuantity ? "no codes column" : "no quantity column"}): ${plain.issues.find((i) => i.rule === "no-header")?.message ?? "NOT REPORTED"}`);
  }
  if (codeColumns.length > 1 || categoryColumns > 1) {
    const wantErrors = codeColumns.length > 1 ? codeColumns.length - 1 : 0;
    const errors = dupHeaders.filter((i) => i.severity === "error").length;
    const warnings = dupHeaders.filter((i) => i.severity === "warning").length;
    expect(findings, errors === wantErrors && warnings >= (categoryColumns > 1 ? categoryColumns - 1 : 0),
      `duplicate-header: ${errors} error(s) for codes, ${warnings} warning(s) for optional roles: ${dupHeaders.map((i) => i.message).join(" | ")}`);
  }
  const modelNumber = header.findIndex((h) => headerKey(h) === headerKey("Model Number"));
  if (hasQuantity && codeColumns.length === 0 && modelNumber >= 0) {
    expectCodeCells(findings, grid, raw, { mapping: { codes: String(header[modelNumber]) } }, "codes mapped to Model Number");
  }
  if (!hasQuantity && (codeColumns.length > 0 || modelNumber >= 0)) {
    // The operator adds a Quantity column of 1s (every asset is one unit).
    const withQty = grid.map((row, r) => [...row, r === grid.indexOf(header) ? "Quantity" : row.every(isBlank) ? "" : 1]);
    const added = checkInventory(withQty);
    if (codeColumns.length > 1) {
      expect(findings, added.issues.some((i) => i.rule === "duplicate-header" && i.severity === "error") && added.rows.valid === 0,
        `with a Quantity column added: duplicate-header error until the codes column is chosen (${added.rows.invalid} rows held back)`);
    } else {
      expect(findings, detectTable(withQty) !== null, `with a Quantity column added: table found, ${added.rows.valid} valid rows`);
    }
    for (const c of [...codeColumns, ...(modelNumber >= 0 ? [modelNumber] : [])]) {
      expectCodeCells(findings, withQty, raw, { mapping: { codes: String(header[c]) } }, `Quantity added, codes mapped to "${String(header[c])}"`);
    }
  }
  return findings;
}

