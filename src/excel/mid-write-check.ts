/**
 * A change typed while an action writes is never overwritten silently (docs/design.md §16, "A
 * change typed mid-write"). In each write batch, right before a step, the cells it is about to
 * write or delete are loaded (formulas, constants included): Excel runs a batch in order, so the
 * load returns what the user left there, in the same sync as the write — no sync of its own.
 * After the sync, a cell that is no longer what the snapshot holds stops the action: the
 * transaction rolls back and puts the user's entry back where it was typed.
 */
import type { Rect } from "./addresses";
import { cellAddress } from "./addresses";
import type { Saved } from "./transaction-snapshot";

/** The cells a step is about to overwrite or delete, where they are when it runs. */
export interface StepGuard {
  rect: Rect;
  /** Sheet row, as read, of the guard's row `r` (where the row is again after a rollback); undefined for a row the action added. */
  home(r: number): number | undefined;
  /** Sheet row, as read, whose snapshot says what the guard's row `r` holds now (a copy's source). */
  source(r: number): number;
}

/** A cell found changed: where it was seen, where it is after a rollback, and what the user put there. */
export interface ChangedCell {
  address: string;
  home?: { row: number; column: number };
  formula: unknown;
}

const empty = (v: unknown): boolean => v === "" || v === null || v === undefined;

/** Whether a loaded cell still holds what the snapshot says; a formula in the snapshot is not compared (a copy's formula shifts). */
function unchanged(expected: unknown, now: unknown): boolean {
  // Not in the snapshot (nothing to compare with), or a formula.
  if (expected === undefined || (typeof expected === "string" && expected.startsWith("="))) return true;
  return expected === now || (empty(expected) && empty(now));
}

/** Queues the load of a guard's cells; after the sync, the first changed cell, if any. */
export function queueGuard(sheet: Excel.Worksheet, guard: StepGuard, saved: Saved): () => ChangedCell | undefined {
  const { rect } = guard;
  const range = sheet.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns).load("formulas");
  return () => {
    const now = range.formulas as unknown[][];
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.columns; c++) {
        const column = rect.column + c;
        if (unchanged(saved.formulaAt(guard.source(r), column), now[r]?.[c])) continue;
        const home = guard.home(r);
        return {
          address: cellAddress(home ?? rect.row + r, column),
          home: home === undefined ? undefined : { row: home, column },
          formula: now[r]?.[c],
        };
      }
    }
    return undefined;
  };
}

/**
 * Queues putting the user's entry back after the rollback restored the snapshot. A text
 * constant gets an apostrophe where Excel would read it as something else, as the snapshot's do.
 */
export function queueUserEntry(sheet: Excel.Worksheet, changed: ChangedCell, saved: Saved): void {
  if (!changed.home) return;
  const { row, column } = changed.home;
  const cell = sheet.getRangeByIndexes(row, column, 1, 1);
  const f = changed.formula;
  const text = typeof f === "string" && !f.startsWith("=");
  const asText = saved.numberFormatAt(row, column) === "@";
  const needsQuote = text && !asText && (/^[+\-'@]/.test(f) || /\d/.test(f) || /^\s*(true|false)\s*$/i.test(f));
  cell.formulas = [[needsQuote ? `'${f}` : (f as string)]];
}
