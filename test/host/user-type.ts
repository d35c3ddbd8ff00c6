/**
 * `host.userType`: the user types one value into a cell with data validation. Excel checks the value
 * (as coerced, like `userEdit`) against the cell's rule; a Stop alert refuses it, a Warning or
 * Information alert lets the user keep it, `showAlert: false` checks nothing.
 */
import { parseRect, splitSheet, type Rect } from "./a1";
import { cellValue, readBlock, writeCells } from "./cell-ops";
import type { SyncTx } from "./context";
import { validationAt, type DvModel } from "./data-validation";
import { evaluateFormula, shiftFormula, UNEVALUATED } from "./formulas";
import type { SheetModel, Workbook } from "./model";
import type { CellValue, TypedResult } from "./types";

type Change = (tx: SyncTx, sheet: SheetModel, rect: Rect) => void;
const REFUSED = new Error("refused by data validation");
type Verdict = boolean | "unevaluated";

/** Writes `value` through `run` (a user change: all or nothing) unless the cell's validation refuses it. */
export function typeIntoCell(run: (change: Change) => void, value: CellValue): TypedResult {
  let result: TypedResult = { accepted: true };
  try {
    run((tx, sheet, rect) => {
      if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) throw new Error("test host: userType takes one cell");
      writeCells(tx, sheet, rect, "values", [[value]]);
      result = verdictFor(tx.ctx.host.wb, sheet, rect.r0, rect.c0);
      if (!result.accepted) throw REFUSED;
    });
  } catch (e) {
    if (e !== REFUSED) throw e;
  }
  return result;
}

function verdictFor(wb: Workbook, sheet: SheetModel, r: number, c: number): TypedResult {
  const dv = validationAt(sheet, r, c);
  if (!dv?.rule) return { accepted: true };
  const v = cellValue(wb, sheet, r, c);
  const ok: Verdict = v === "" ? dv.ignoreBlanks : passes(wb, sheet, dv, v, r, c);
  if (ok === "unevaluated") return { accepted: true, unevaluated: true };
  if (ok || !dv.errorAlert.showAlert) return { accepted: true };
  return dv.errorAlert.style === "Stop" ? { accepted: false } : { accepted: true, alert: dv.errorAlert.style as "Warning" | "Information" };
}

function passes(wb: Workbook, sheet: SheetModel, dv: DvModel, v: CellValue, r: number, c: number): Verdict {
  const [key, spec] = Object.entries(dv.rule!)[0];
  const lookup = (rr: number, cc: number) => cellValue(wb, sheet, rr, cc);
  if (key === "list") return inList(wb, sheet, spec.source, v);
  if (key === "custom") {
    const top = dv.rects.reduce((a, b) => (b.r0 < a.r0 || (b.r0 === a.r0 && b.c0 < a.c0) ? b : a));
    const result = evaluateFormula(shiftFormula(String(spec.formula), r - top.r0, c - top.c0), lookup);
    return result === UNEVALUATED ? "unevaluated" : result === true || (typeof result === "number" && result !== 0);
  }
  const x = key === "textLength" ? String(v).length : v;
  if (typeof x !== "number" || (key === "wholeNumber" && !Number.isInteger(x))) return false;
  const a = operand(spec.formula1, lookup), b = operand(spec.formula2, lookup);
  if (a === null || (b === null && spec.formula2 !== undefined)) return "unevaluated";
  return compare(x, String(spec.operator), a, b ?? a);
}

/** A bound: a number, numeric text, or a formula the host can compute; null when it cannot. */
function operand(f: unknown, lookup: (r: number, c: number) => CellValue): number | null {
  if (f === undefined || f === null) return null;
  if (typeof f === "number") return f;
  const text = String(f);
  if (text.trim() !== "" && !Number.isNaN(Number(text))) return Number(text);
  const v = evaluateFormula(text.startsWith("=") ? text : `=${text}`, lookup);
  return typeof v === "number" ? v : null;
}

function compare(x: number, op: string, a: number, b: number): boolean {
  switch (op) {
    case "Between": return x >= a && x <= b;
    case "NotBetween": return x < a || x > b;
    case "EqualTo": return x === a;
    case "NotEqualTo": return x !== a;
    case "GreaterThan": return x > a;
    case "LessThan": return x < a;
    case "GreaterThanOrEqualTo": return x >= a;
    case "LessThanOrEqualTo": return x <= a;
  }
  return false;
}

/** A list rule: the typed value must be one of the items, ignoring case ("Sue, Ricky" or "=Names!A1:A3"). */
function inList(wb: Workbook, sheet: SheetModel, source: unknown, v: CellValue): boolean {
  let items: CellValue[];
  const text = String(source ?? "");
  if (text.startsWith("=")) {
    const { sheet: name, cells } = splitSheet(text.slice(1).replace(/\$/g, ""));
    const from = name ? wb.sheetByName(name) : sheet;
    items = from ? readBlock(from, parseRect(cells), (r, c) => cellValue(wb, from, r, c)).flat() : [];
  } else {
    items = text.split(",").map((s) => s.trim());
  }
  const want = String(v).toLowerCase();
  return items.some((item) => String(item).toLowerCase() === want);
}
