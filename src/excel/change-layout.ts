/**
 * Where the rows of a `SheetChange` are while Excel carries it out. The plan gives inserts
 * and deletes in grid rows as read and writes in grid rows as they are after both; the
 * adapter inserts top-down and deletes bottom-up, so each insert or delete lands where the
 * steps before it left its row, and the writes land where the plan says.
 */
import { countBelow, type SheetChange } from "../core";

/** Grid rows of a change at each stage: as read, after the inserts, after the deletes too (final). */
export interface ChangeLayout {
  /** Grid row where insert `i`'s source row is when that insert runs (the inserts before it done). */
  insertAt(i: number): number;
  /** Grid row where deleted row `d` (as read) is once every insert is done. */
  deleteAt(d: number): number;
  /** The row as read that final grid row `row` holds, or a copy of (an inserted row's source). */
  sourceOf(row: number): number;
}

/**
 * @example
 * // Row 1 gets two copies below it; final rows 1–3 hold row 1, final row 4 holds row 2.
 * const layout = changeLayout({ headerRow: 0, inserts: [{ row: 1, count: 2 }], deletes: [], writes: [] });
 * layout.sourceOf(3) // 1
 * layout.sourceOf(4) // 2
 */
export function changeLayout(change: SheetChange): ChangeLayout {
  const { inserts } = change;
  /** Sum of the counts of the inserts before `i`. */
  const addedBefore: number[] = [0];
  for (const insert of inserts) addedBefore.push(addedBefore[addedBefore.length - 1] + insert.count);
  const insertRows = inserts.map((insert) => insert.row);
  /** Rows added above `row` (as read): copies of rows before it. */
  const addedAbove = (row: number): number => addedBefore[countBelow(insertRows, row)];
  const deletesAt = change.deletes.map((d) => d + addedAbove(d));
  /** `deletesAt[j] - j`: the final row of the first row kept after the j-th deletion. */
  const shifted = deletesAt.map((d, j) => d - j);

  /** Grid row after the inserts → the row as read. */
  const beforeInserts = (row: number): number => {
    // The last insert whose first row (its source, once the inserts above it are done) is at or above `row`.
    let lo = 0;
    let hi = inserts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inserts[mid].row + addedBefore[mid] <= row) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    if (i < 0) return row;
    const start = inserts[i].row + addedBefore[i];
    return row <= start + inserts[i].count ? inserts[i].row : row - addedBefore[i + 1];
  };
  return {
    insertAt: (i) => inserts[i].row + addedBefore[i],
    deleteAt: (d) => d + addedAbove(d),
    sourceOf: (row) => beforeInserts(row + countBelow(shifted, row + 1)),
  };
}
