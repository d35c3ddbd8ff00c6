/**
 * Formula text handling, regex level and outside "string literals": shifting relative
 * A1 references when a formula is copied, moving references when rows are inserted or
 * deleted, and a small evaluator (numbers, text, same-sheet references, + - * / &, SUM).
 */
import { columnIndex, columnName, MAX_COLS, MAX_ROWS, type Rect } from "./a1";
import type { CellValue } from "./types";

/** A cell reference (optionally `Sheet!`-prefixed) not inside a name and not a function call. */
const REF = /(^|[^A-Za-z0-9_.\]])((?:'[^']*'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/** Applies `fn` to the parts of a formula that are not inside "string literals". */
function mapOutsideStrings(formula: string, fn: (chunk: string) => string): string {
  return formula.split('"').map((p, i) => (i % 2 === 0 ? fn(p) : p)).join('"');
}

/** Shifts the relative parts of every A1 reference by (dRows, dCols); `$` parts stay.
 *  A reference pushed off the sheet becomes `#REF!`, as in Excel. */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return mapOutsideStrings(formula, (chunk) =>
    chunk.replace(REF, (_m, pre: string, sheet = "", colAbs: string, col: string, rowAbs: string, row: string) => {
      const c = colAbs ? columnIndex(col) : columnIndex(col) + dCols;
      const r = rowAbs ? Number(row) - 1 : Number(row) - 1 + dRows;
      if (c < 0 || c >= MAX_COLS || r < 0 || r >= MAX_ROWS) return `${pre}${sheet}#REF!`;
      return `${pre}${sheet}${colAbs}${columnName(c)}${rowAbs}${r + 1}`;
    }));
}

/**
 * Moves same-sheet references for rows inserted (delta > 0) or deleted (delta < 0) at
 * `at` (only references in at's columns). Absolute references move too, as in Excel; each
 * end of a range moves on its own, so `SUM(D2:D9)` grows when rows are inserted inside it.
 * A single reference to a deleted cell becomes `#REF!`.
 */
export function moveFormulaRows(formula: string, at: Rect, delta: number): string {
  return mapOutsideStrings(formula, (chunk) =>
    chunk.replace(REF, (m, pre: string, sheet: string | undefined, colAbs: string, col: string, rowAbs: string, row: string, offset: number, whole: string) => {
      if (sheet) return m;
      const c = columnIndex(col), r = Number(row) - 1;
      if (c < at.c0 || c > at.c1 || r < at.r0) return m;
      let next = r;
      if (delta > 0) next = r + delta;
      else if (r > at.r1) next = r + delta;
      else {
        const end = offset + m.length;
        const inRange = whole[offset + pre.length - 1] === ":" || whole[end] === ":";
        if (!inRange) return `${pre}#REF!`;
        next = whole[end] === ":" ? at.r0 : at.r0 - 1; // range start moves to the first row after, end to the last row before
      }
      if (next < 0 || next >= MAX_ROWS) return `${pre}#REF!`;
      return `${pre}${colAbs}${col}${rowAbs}${next + 1}`;
    }));
}

/** Value shown for a formula the host cannot evaluate (Excel would compute it). */
export const UNEVALUATED = "#UNEVALUATED!";

class Unsupported extends Error {}
type Lookup = (row: number, col: number) => CellValue;

/**
 * Evaluates a formula: numbers, "text", same-sheet references (`B2`, `$B$2`), ranges
 * inside SUM(), + - * / and &, parentheses. Anything else gives UNEVALUATED.
 */
export function evaluateFormula(formula: string, lookup: Lookup): CellValue {
  if (mapOutsideStrings(formula, (chunk) => (chunk.includes("#REF!") ? "\u0000" : "")).includes("\u0000")) return "#REF!";
  const tokens = formula.slice(1).match(/"(?:[^"]|"")*"|\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?(?![A-Za-z0-9_(])|[A-Za-z_][A-Za-z0-9_.]*\(|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+|[-+*/&(),]|\s+|./g) ?? [];
  const list = tokens.filter((t) => !/^\s+$/.test(t));
  let pos = 0;
  const peek = () => list[pos];
  const cell = (ref: string): CellValue => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref)!;
    const v = lookup(Number(m[2]) - 1, columnIndex(m[1]));
    return v === null || v === undefined ? "" : v;
  };
  const num = (v: CellValue): number => {
    if (v === "" || v === null || v === undefined) return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (/^#/.test(v)) throw Object.assign(new Unsupported(), { value: v });
    const n = Number(v);
    if (v.trim() === "" || Number.isNaN(n)) throw Object.assign(new Unsupported(), { value: "#VALUE!" });
    return n;
  };
  const concat = (): CellValue => {
    let v = additive();
    while (peek() === "&") {
      pos++;
      const right = additive();
      v = `${text(v)}${text(right)}`;
    }
    return v;
  };
  const text = (v: CellValue) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v ?? ""));
  const additive = (): CellValue => {
    let v = term();
    while (peek() === "+" || peek() === "-") v = list[pos++] === "+" ? num(v) + num(term()) : num(v) - num(term());
    return v;
  };
  const term = (): CellValue => {
    let v = unary();
    while (peek() === "*" || peek() === "/") {
      const op = list[pos++], right = num(unary());
      if (op === "/" && right === 0) throw Object.assign(new Unsupported(), { value: "#DIV/0!" });
      v = op === "*" ? num(v) * right : num(v) / right;
    }
    return v;
  };
  const unary = (): CellValue => {
    if (peek() === "-") { pos++; const v = num(unary()); return v === 0 ? 0 : -v; }
    if (peek() === "+") { pos++; return unary(); }
    return primary();
  };
  const primary = (): CellValue => {
    const t = list[pos++];
    if (t === undefined) throw new Unsupported();
    if (t === "(") {
      const v = concat();
      if (list[pos++] !== ")") throw new Unsupported();
      return v;
    }
    if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
    if (/^[\d.]/.test(t)) return Number(t);
    if (/^SUM\($/i.test(t)) return sum();
    if (/^\$?[A-Za-z]{1,3}\$?\d/.test(t) && !t.includes(":")) return cell(t);
    throw new Unsupported();
  };
  const sum = (): number => {
    let total = 0;
    for (;;) {
      const t = list[pos];
      if (t && /^\$?[A-Za-z]{1,3}\$?\d+:/.test(t)) {
        pos++;
        const [a, b] = t.split(":").map((x) => /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(x)!);
        for (let r = Number(a[2]) - 1; r <= Number(b[2]) - 1; r++) {
          for (let c = columnIndex(a[1]); c <= columnIndex(b[1]); c++) {
            const v = lookup(r, c);
            if (typeof v === "number") total += v;
            else if (typeof v === "string" && v.startsWith("#")) throw Object.assign(new Unsupported(), { value: v });
          }
        }
      } else {
        total += num(concat());
      }
      const sep = list[pos++];
      if (sep === ")") return total;
      if (sep !== ",") throw new Unsupported();
    }
  };
  try {
    const v = concat();
    if (pos !== list.length) return UNEVALUATED;
    if (v === "" && !formula.includes('"')) return 0; // =B2 with B2 empty shows 0
    return typeof v === "number" && !Number.isFinite(v) ? "#NUM!" : v;
  } catch (e) {
    const value = (e as { value?: CellValue }).value;
    if (e instanceof Unsupported) return value ?? UNEVALUATED;
    throw e;
  }
}
