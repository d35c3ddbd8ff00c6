/** Applies a change plan and the rows read for it to an `InventoryIndex` (docs/design.md §25). */
import type { CellValue, IndexUpdate, InventoryIndex } from "../core";
import type { ChangedRowsRead } from "../excel";
import type { ChangePlan, FullReason } from "./change-plan";

/**
 * The plan's inserts (blank rows, read just after) and deletes, then the grid cut or grown to
 * `rows`, then every changed row within it replaced by what was read. "index" when the index
 * could only take a change by checking its whole grid (a change reached the header).
 */
export function withRows(index: InventoryIndex, plan: ChangePlan, read: ChangedRowsRead, rows: number, top: number): "incremental" | FullReason {
  const updates: IndexUpdate[] = [];
  const width = index.values[0]?.length ?? 0;
  for (const step of plan.steps) {
    if (step.kind === "insert") updates.push(index.insertRows(step.at, Array.from({ length: step.count }, () => blankRow(width))));
    else updates.push(index.deleteRows(step.at, step.count));
  }
  if (rows < index.values.length) updates.push(index.deleteRows(rows, index.values.length - rows));
  for (const [at, run] of runsWithin(plan.dirty, rows)) {
    const values = run.map((g) => read.values.get(g + top) ?? blankRow(width));
    updates.push(index.replaceRows(at, values));
  }
  return updates.some((u) => u.mode === "full") ? "index" : "incremental";
}

function blankRow(width: number): CellValue[] {
  return Array.from({ length: width }, () => "");
}

/** Consecutive grid rows below `rows`: `[3, 4, 9]` → `[[3, [3, 4]], [9, [9]]]`. */
function runsWithin(dirty: readonly number[], rows: number): [number, number[]][] {
  const runs: [number, number[]][] = [];
  for (const g of dirty) {
    if (g >= rows) break;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1].length === g) last[1].push(g);
    else runs.push([g, [g]]);
  }
  return runs;
}
