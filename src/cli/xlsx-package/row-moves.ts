/** Where each sheet row goes under a plan's inserts and deletes (docs/design.md §11), asked in ascending order. */
import type { CellEdit, SheetChange } from "../../core";

export interface RowMove {
  /** The row's number after the change (when deleted: the row that follows it). */
  to: number;
  deleted: boolean;
  /** Copies of the row inserted directly below it. */
  copies: number;
}

/**
 * Answers for sheet rows (1-based, as read) in ascending order, in one pass over the plan: the
 * inserts and deletes name grid rows as read, `originRow` is the sheet row of grid row 0.
 */
export class RowMoves {
  private readonly inserts: { row: number; count: number }[];
  private readonly deletes: number[];
  private readonly deleted: Set<number>;
  private insertAt = 0;
  private deleteAt = 0;
  private added = 0;

  constructor(change: Pick<SheetChange, "inserts" | "deletes">, originRow: number) {
    this.inserts = change.inserts.map((i) => ({ row: i.row + originRow, count: i.count })).sort((a, b) => a.row - b.row);
    this.deletes = change.deletes.map((d) => d + originRow).sort((a, b) => a - b);
    this.deleted = new Set(this.deletes);
  }

  /** Where row `row` goes; `row` never less than the one asked before. */
  at(row: number): RowMove {
    while (this.insertAt < this.inserts.length && this.inserts[this.insertAt].row < row) this.added += this.inserts[this.insertAt++].count;
    while (this.deleteAt < this.deletes.length && this.deletes[this.deleteAt] < row) this.deleteAt++;
    const insert = this.inserts[this.insertAt];
    const copies = insert !== undefined && insert.row === row ? insert.count : 0;
    return { to: row + this.added - this.deleteAt, deleted: this.deleted.has(row), copies };
  }
}

/** The last row the sheet holds after the change, its last row before being `lastRow`. */
export function lastRowAfter(change: SheetChange, originRow: number, lastRow: number): number {
  const move = new RowMoves(change, originRow).at(lastRow);
  const last = move.deleted ? move.to - 1 : move.to + move.copies;
  return change.writes.reduce((max, w) => Math.max(max, w.row + originRow), last);
}

/** The plan's writes by the sheet row they land on (after the change), each row's in ascending columns. */
export function writesByRow(writes: readonly CellEdit[], originRow: number): Map<number, CellEdit[]> {
  const byRow = new Map<number, CellEdit[]>();
  for (const write of writes) {
    const row = write.row + originRow;
    const list = byRow.get(row);
    if (list) list.push(write);
    else byRow.set(row, [write]);
  }
  for (const list of byRow.values()) list.sort((a, b) => a.column - b.column);
  return byRow;
}
