/**
 * Formula text handling: shifting relative A1 references when a formula is copied
 * (regex level, outside string literals) and a tiny evaluator for trivial formulas.
 */
import { columnIndex, columnName, MAX_COLS, MAX_ROWS } from "./a1";
import type { CellValue } from "./types";

/** A cell reference not preceded by a name character and not followed by `(` or a name character. */
const REF = /(^|[^A-Za-z0-9_.!\]])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/** Shifts the relative parts of every A1 reference by (dRows, dCols); `$` parts stay.
 *  A reference pushed off the sheet becomes `#REF!`, as in Excel. */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return mapOutsideStrings(formula, (chunk) =>
    chunk.replace(REF, (_m, pre: string, colAbs: string, col: string, rowAbs: string, row: string) => {
      const c = colAbs ? columnIndex(col) : columnIndex(col) + dCols;
      const r = rowAbs ? Number(row) - 1 : Number(row) - 1 + dRows;
      if (c < 0 || c >= MAX_COLS || r < 0 || r >= MAX_ROWS) return `${pre}#REF!`;
      return `${pre}${colAbs}${columnName(c)}${rowAbs}${r + 1}`;
    }));
}

/** Applies `fn` to the parts of a formula that are not inside "string literals". */
function mapOutsideStrings(formula: string, fn: (chunk: string) => string): string {
  const parts = formula.split('"');
  return parts.map((p, i) => (i % 2 === 0 ? fn(p) : p)).join('"');
}

/** Value shown for a formula the host cannot evaluate (Excel would compute it). */
export const UNEVALUATED = "#UNEVALUATED!";

/**
 * Evaluates `=<number>`, `="text"`, arithmetic on numbers (`=1+2*3`), a single
 * same-sheet cell reference (`=B2`) and `&` of those; anything else is UNEVALUATED.
 */
export function evaluateFormula(formula: string, lookup: (row: number, col: number) => CellValue): CellValue {
  const body = formula.slice(1).trim();
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return str[1].replace(/""/g, '"');
  const ref = /^([+-]?)\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(body);
  if (ref) {
    const v = lookup(Number(ref[3]) - 1, columnIndex(ref[2]));
    const value = v === "" || v === null || v === undefined ? 0 : v;
    if (ref[1] === "-") return typeof value === "number" ? (value === 0 ? 0 : -value) : UNEVALUATED;
    return value;
  }
  if (/^[-+*/().\d\s]+$/.test(body) && /\d/.test(body)) {
    const n = arithmetic(body);
    if (n !== null) return Number.isFinite(n) ? n : "#DIV/0!";
  }
  return UNEVALUATED;
}

/** Recursive-descent arithmetic on numbers: + - * / and parentheses. */
function arithmetic(text: string): number | null {
  const tokens = text.match(/\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+|[-+*/()]/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const expr = (): number => {
    let v = term();
    while (peek() === "+" || peek() === "-") v = tokens[pos++] === "+" ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = unary();
    while (peek() === "*" || peek() === "/") v = tokens[pos++] === "*" ? v * unary() : v / unary();
    return v;
  };
  const unary = (): number => {
    if (peek() === "-") { pos++; return -unary(); }
    if (peek() === "+") { pos++; return unary(); }
    if (peek() === "(") {
      pos++;
      const v = expr();
      if (tokens[pos++] !== ")") throw new Error("paren");
      return v;
    }
    const t = tokens[pos++];
    if (t === undefined || !/[\d.]/.test(t[0])) throw new Error("number");
    return Number(t);
  };
  try {
    const v = expr();
    return pos === tokens.length ? v : null;
  } catch {
    return null;
  }
}
