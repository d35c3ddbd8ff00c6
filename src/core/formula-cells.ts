/**
 * Formulas in the cells serialize and aggregate would change (docs/design.md §16 "Formulas").
 *
 * Decisions:
 * - A cell holds a formula when its entry in the `FormulaGrid` is text starting with `=`.
 * - Serialize loses the formula of a pool-row cell in every column where some unit row gets a
 *   value other than the pool's own (quantity, codes, split columns): Excel copies the row with
 *   its formulas, then the plan writes values over them. A cell is counted once, however many
 *   unit rows it is written on. Columns the plan only copies keep their formulas.
 * - Aggregate loses, on the kept (first) row, the formula of every cell it writes a new value to;
 *   on a deleted row, every formula in quantity, codes and additive columns (its value is folded
 *   into a constant) and every formula in another column where the kept row holds no formula
 *   (the kept row's constant stands in for it). A compared column where the kept row holds a
 *   formula too keeps that formula: the rows agree on its value.
 * - `"refuse"` (the default) refuses the row (serialize) or group (aggregate), naming the first
 *   cells and what they hold, then a count; `"values"` lets the plan go ahead and counts them.
 */
import type { CellValue, FormulaGrid, FormulaHandling, Grid, PlanInputs } from "./types";
import { toAddress } from "./cells";
import { sameCellValue } from "./sheet-change";
import { say, sayList, type Say } from "./messages";

/** A formula cell, as read, that a plan would replace with a value. */
export interface LostFormula {
  row: number;
  column: number;
  formula: string;
}

/** Formula cells named in a refusal; more are counted. */
const NAMED_FORMULAS = 3;
/** How much of a formula a refusal quotes. */
const QUOTED_FORMULA = 40;

/** The formula of grid cell (row, column), or "" when it holds a constant (or was not read). */
export function formulaAt(formulas: FormulaGrid | undefined, row: number, column: number): string {
  const f = formulas?.[row]?.[column];
  return typeof f === "string" && f.startsWith("=") ? f : "";
}

/** Formula cells of pool row `r` written over when it becomes `units` (see the decisions above). */
export function lostWhenSerialized(values: Grid, formulas: FormulaGrid | undefined, r: number, units: readonly (readonly CellValue[])[]): LostFormula[] {
  const lost: LostFormula[] = [];
  const row = formulas?.[r];
  if (!row) return lost;
  const source = values[r];
  for (let c = 0; c < row.length; c++) {
    const formula = formulaAt(formulas, r, c);
    if (formula && units.some((u) => c < u.length && !sameCellValue(source[c], u[c]))) lost.push({ row: r, column: c, formula });
  }
  return lost;
}

/** Formula cells of a merging group lost when it becomes `merged` at its first row (see the decisions above). */
export function lostWhenMerged(
  values: Grid, formulas: FormulaGrid | undefined, group: readonly number[], merged: readonly CellValue[], folded: ReadonlySet<number>,
): LostFormula[] {
  const lost: LostFormula[] = [];
  if (!formulas) return lost;
  const kept = group[0];
  for (const r of group) {
    const row = formulas[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const formula = formulaAt(formulas, r, c);
      if (!formula) continue;
      const gone = r === kept
        ? !sameCellValue(values[r][c], merged[c])
        : folded.has(c) || !formulaAt(formulas, kept, c);
      if (gone) lost.push({ row: r, column: c, formula });
    }
  }
  return lost;
}

/**
 * Decides, for one plan, what happens to rows whose formulas would be lost: refuses them
 * (a reason naming the cells) or lets them through and remembers how many formulas each row
 * or group turns into values.
 */
export class FormulaGate {
  readonly formulas: FormulaGrid | undefined;
  private readonly handling: FormulaHandling;
  private readonly counts = new Map<number, number>();

  constructor(inputs: PlanInputs, private readonly origin: string, private readonly action: "serialize" | "aggregate") {
    this.formulas = inputs.formulas;
    this.handling = inputs.formulaHandling ?? "refuse";
  }

  /** Why the row (or group) keyed by `key` is refused, or undefined when it may go ahead. */
  refusal(key: number, lost: readonly LostFormula[]): Say | undefined {
    if (lost.length === 0) return undefined;
    if (this.handling === "values") {
      this.counts.set(key, lost.length);
      return undefined;
    }
    const cells = lost.slice(0, NAMED_FORMULAS).map((f) => say("plan-formula-cell", { cell: toAddress(f.row, f.column, this.origin), formula: quoted(f.formula) }));
    return say("plan-formulas-refused", { more: lost.length - cells.length, count: lost.length, action: this.action }, { cells: sayList(cells, "list-semicolon") });
  }

  /** Formulas that become values in the rows (or groups) keyed by `keys`, the ones the plan carries out. */
  countFor(keys: Iterable<number>): number {
    let n = 0;
    for (const k of keys) n += this.counts.get(k) ?? 0;
    return n;
  }
}

function quoted(formula: string): string {
  return formula.length > QUOTED_FORMULA ? `${formula.slice(0, QUOTED_FORMULA)}…` : formula;
}
