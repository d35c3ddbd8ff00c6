/** Which inventory rows the user selected, as grid rows (indexes into the values read). */
import type { InventoryRead } from "../excel";

/** Data rows (below the header) touched by the selection, ascending, without repeats. */
export function selectedGridRows(read: InventoryRead, headerRow: number): number[] {
  const rows = new Set<number>();
  const last = read.values.length - 1;
  for (const area of read.selection) {
    const from = Math.max(area.row - read.rect.row, headerRow + 1);
    const to = Math.min(area.row + area.rows - 1 - read.rect.row, last);
    for (let r = from; r <= to; r++) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}
