/**
 * The rules of one data row, shared by the full check (analyze.ts) and the incremental index
 * (inventory-index.ts): every rule that looks at one row only. The rules across rows
 * (`codes-duplicate`) run on the code table afterwards.
 */
import type { CellValue, TableInfo } from "./types";
import type { Settings } from "./settings";
import type { CodeTable } from "./code-table";
import type { RuleContext } from "./rules/context";
import { isBlank } from "./cells";
import { checkCellError } from "./rules/cell-error";
import { checkQuantity } from "./rules/quantity";
import { checkCodes } from "./rules/codes";
import { checkAmount } from "./rules/amounts";
import { checkCategory } from "./rules/category";
import { checkAvailable, checkStatus, STATUS_NONE } from "./rules/availability";

/** Row states (`Analysis.state`). */
export const OUTSIDE = 0;
export const BLANK = 1;
export const VALID = 2;
export const INVALID = 3;

/** The mapped columns of a table (-1 when absent) and what the row rules need besides. */
export interface RowColumns {
  quantity: number;
  codes: number;
  category: number;
  name: number;
  income: number;
  expense: number;
  status: number;
  available: number;
  purchase: number;
  decimals: number;
  /** A required role claimed twice: data rows are invalid and not checked further. */
  ambiguous: boolean;
}

export function rowColumns(table: TableInfo, settings: Settings, ambiguous: boolean): RowColumns {
  const c = table.columns;
  return {
    quantity: c.quantity, codes: c.codes, category: c.category ?? -1, name: c.name ?? -1, income: c.income ?? -1,
    expense: c.expense ?? -1, status: c.status ?? -1, available: c.available ?? -1, purchase: c.purchase ?? -1,
    decimals: settings.currencyDecimals, ambiguous,
  };
}

/**
 * What a row's check found besides its issues: its quantity (NaN when wrong), money in minor
 * units (NaN when wrong), its status (`STATUS_*` of rules/availability.ts) and available count
 * (NaN when empty or wrong).
 */
export class RowFacts {
  quantity = NaN;
  income = 0;
  expense = 0;
  purchase = 0;
  status = STATUS_NONE;
  available = NaN;
}

/** Cheap pre-test before the Excel-error lookup: only text starting with `#` can be one. */
const hashText = (v: CellValue): boolean => typeof v === "string" && v.charCodeAt(0) === 35;

/**
 * Checks data row `r` (below the header): its issues go to `ctx`, its codes to `codes`, its
 * quantity and money to `out`. Returns BLANK, VALID or INVALID (before `codes-duplicate`).
 */
export function checkRow(ctx: RuleContext, row: readonly CellValue[], r: number, cols: RowColumns, codes: CodeTable, out: RowFacts): number {
  out.quantity = NaN;
  out.income = 0;
  out.expense = 0;
  out.purchase = 0;
  out.status = STATUS_NONE;
  out.available = NaN;
  const { quantity: qc, codes: cc, category: kc, name: nc, income: ic, expense: ec } = cols;
  const q = row[qc];
  const c = row[cc];
  const k = kc >= 0 ? row[kc] : undefined;
  const nm = nc >= 0 ? row[nc] : undefined;
  const inc = ic >= 0 ? row[ic] : undefined;
  const exp = ec >= 0 ? row[ec] : undefined;
  if (isBlank(q) && isBlank(c) && isBlank(k) && isBlank(nm) && isBlank(inc) && isBlank(exp) && isBlankRow(row)) return BLANK;
  if (cols.ambiguous) return INVALID;
  ctx.rowError = false;
  let qty = NaN;
  if (qc < 0) qty = 1;
  else if (!(hashText(q) && checkCellError(ctx, q, r, qc, "quantity"))) qty = checkQuantity(ctx, q, r, qc);
  let m = 0;
  if (!(hashText(c) && checkCellError(ctx, c, r, cc, "codes"))) m = checkCodes(ctx, c, r, cc, codes);
  if (kc >= 0 && !(hashText(k) && checkCellError(ctx, k, r, kc, "category"))) checkCategory(ctx, k, r, kc);
  if (nc >= 0 && hashText(nm)) checkCellError(ctx, nm, r, nc, "name");
  if (ic >= 0) out.income = hashText(inc) && checkCellError(ctx, inc, r, ic, "income") ? NaN : checkAmount(ctx, inc, r, ic, "income", cols.decimals);
  if (ec >= 0) out.expense = hashText(exp) && checkCellError(ctx, exp, r, ec, "expense") ? NaN : checkAmount(ctx, exp, r, ec, "expense", cols.decimals);
  if (cols.status >= 0 || cols.available >= 0 || cols.purchase >= 0) checkAvailability(ctx, row, r, cols, qty, out);
  if (qty > 1 && m > qty) ctx.add("codes-more-than-quantity", "warning", r, cc, "issue-codes-more-than-quantity", { cell: ctx.at(r, cc), codes: m, quantity: qty });
  out.quantity = qty;
  return ctx.rowError ? INVALID : VALID;
}

/** The status, available and purchase cells of a row with `qty` units (NaN when its quantity is wrong). */
function checkAvailability(ctx: RuleContext, row: readonly CellValue[], r: number, cols: RowColumns, qty: number, out: RowFacts): void {
  const { status: sc, available: ac, purchase: pc } = cols;
  if (sc >= 0) {
    const v = row[sc];
    if (!(hashText(v) && checkCellError(ctx, v, r, sc, "status"))) out.status = checkStatus(ctx, v, r, sc);
  }
  if (ac >= 0) {
    const v = row[ac];
    if (!(hashText(v) && checkCellError(ctx, v, r, ac, "available"))) out.available = checkAvailable(ctx, v, r, ac, qty) ?? NaN;
  }
  if (pc >= 0) {
    const v = row[pc];
    out.purchase = hashText(v) && checkCellError(ctx, v, r, pc, "purchase") ? NaN : checkAmount(ctx, v, r, pc, "purchase", cols.decimals);
  }
}

/**
 * True when no cell of the row shows anything (docs/design.md §1). Only called once every
 * mapped cell is blank: a row with a name and a location in unmapped columns is a record with
 * its quantity and codes missing, not a blank row. Cells past the row's end are empty, so
 * the row's own cells cover the table's width.
 */
function isBlankRow(row: readonly CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}
