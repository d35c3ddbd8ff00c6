/**
 * The preview's warning about formulas elsewhere that point into the rows an action changes
 * (docs/design.md §16 "Formulas"): one sync where Excel can list them (ExcelApi 1.13), nothing
 * elsewhere. Only previews ask: the action itself does not wait for it.
 */
import { say, textOf, type Say } from "../core";
import { dependentsOutside, type ExcelContext, type InventoryRead } from "../excel";

/** Formula cells named in the warning; more are counted. */
const NAMED = 5;

/** The warning for formulas outside grid rows `rows` that refer into them, or undefined when there are none. */
export async function outsideFormulasWarning(context: ExcelContext, read: InventoryRead, rows: readonly number[]): Promise<Say | undefined> {
  if (rows.length === 0) return undefined;
  const cells = await dependentsOutside(context, read, Math.min(...rows), Math.max(...rows));
  if (cells.length === 0) return undefined;
  const named = cells.slice(0, NAMED);
  return say("plan-formulas-outside", { count: cells.length, cells: named.join(", "), more: cells.length - named.length });
}

/** A preview with the warning (English, and as data) for the rows `rows(preview)` picks (the rows it would change). */
export async function withWarning<P extends { formulaWarning?: string; formulaWarningSay?: Say }>(
  context: ExcelContext, read: InventoryRead, preview: Promise<P>, rows: (preview: P) => number[],
): Promise<P> {
  const p = await preview;
  const warning = await outsideFormulasWarning(context, read, rows(p));
  return warning === undefined ? p : { ...p, formulaWarning: textOf(warning), formulaWarningSay: warning };
}
