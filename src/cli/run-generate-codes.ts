/**
 * `generate-codes` (docs/design.md §18): the pane's Generate codes on a file. Codes come from the
 * engine's planGenerateCodes with the run's settings (code prefix and digits), for every row
 * without codes, or for those among --rows.
 */
import { planGenerateCodes } from "../core";
import { finishCellPlan, withoutTable } from "./cell-plan";
import { keptReport, type Checked } from "./checked";
import { toGridRows } from "./run-plans";

export async function runGenerateCodes(c: Checked): Promise<number> {
  const report = keptReport(c);
  const missing = withoutTable(c, report);
  if (missing !== null) return missing;
  let rows: number[] | "all-missing" = "all-missing";
  if (c.options.rows !== undefined) {
    // --rows limits the run: the chosen rows the check finds without codes, as the pane's list offers them.
    const chosen = new Set(toGridRows(c));
    rows = [...new Set(report.issues.filter((i) => i.rule === "codes-missing" && chosen.has(i.row)).map((i) => i.row))];
  }
  const plan = planGenerateCodes(c.keptGrid, rows, c.settings, report);
  return finishCellPlan(c, plan, () => ["codes-missing"], {
    done: "cli-generated-cells", notDone: "cli-not-generated-cells", nothing: "cli-nothing-generate",
  });
}
