/**
 * Serialize and aggregate with the formulas of the rows they change (docs/design.md §16
 * "Formulas"): plan once without formulas to learn which rows change, read only those rows'
 * formulas (one sync per batch, none when nothing changes), then let the engine decide.
 */
import type { FormulaGrid, FormulaHandling, PlanInputs } from "../core";
import { readRowFormulas, type ExcelContext, type InventoryRead } from "../excel";

/** A plan and how many formula cells it finds in the rows it would change. */
export interface FormulaPlan<P> {
  plan: P;
  /**
   * Formula cells the plan would write values over: with "values" they are `plan.formulasAsValues`;
   * with "refuse" the rows holding them are refused, and the pane can offer their values.
   */
  formulaCells: number;
}

function holdsFormula(formulas: FormulaGrid): boolean {
  return formulas.some((row) => row?.some((f) => typeof f === "string" && f !== ""));
}

/**
 * Plans with the formulas of the rows `changedRows` finds in a plan without them. `plan(inputs)`
 * calls the engine; with no formula in those rows the first plan stands (one plan, one sync).
 */
export async function planWithFormulas<P extends { formulasAsValues: number }>(
  context: ExcelContext,
  read: InventoryRead,
  handling: FormulaHandling,
  plan: (inputs?: PlanInputs) => P,
  changedRows: (plan: P) => number[],
): Promise<FormulaPlan<P>> {
  const bare = plan();
  const rows = changedRows(bare);
  if (rows.length === 0) return { plan: bare, formulaCells: 0 };
  const formulas = await readRowFormulas(context, read, rows);
  if (!holdsFormula(formulas)) return { plan: bare, formulaCells: 0 };
  const asValues = plan({ formulas, formulaHandling: "values" });
  if (handling === "values" || asValues.formulasAsValues === 0) return { plan: asValues, formulaCells: asValues.formulasAsValues };
  return { plan: plan({ formulas, formulaHandling: "refuse" }), formulaCells: asValues.formulasAsValues };
}
