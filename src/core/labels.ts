/**
 * Barcode labels for the codes of chosen rows (issue 17, docs/design.md §29).
 *
 * Contract stub: issue 17's engine work fills it in (one label per code, copies, the chosen
 * text lines, codes the symbology cannot carry refused with their cell and reason, aggregated
 * rows with fewer codes than units counted in `uncoded`).
 */
import type { Grid } from "./types";
import type { SettingsInput } from "./settings";
import type { LabelOptions, LabelPlan } from "./label-types";

/**
 * The labels for the codes of `rows` (0-based grid rows, header row included).
 *
 * @example planLabels([["Qty","Codes"],[1,"POLE-01, POLE-02"]], [1]).labels.map((l) => l.code) // ["POLE-01", "POLE-02"]
 */
export function planLabels(values: Grid, rows: readonly number[], options: LabelOptions = {}, settings?: Partial<SettingsInput>): LabelPlan {
  void values;
  void rows;
  void settings;
  return { symbology: options.symbology ?? "code128", labels: [], refused: [], uncoded: [], skipped: [] };
}
