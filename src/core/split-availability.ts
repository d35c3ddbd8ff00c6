/**
 * Serialize with availability (issue 16, design.md §28): a pool whose available cell says `a`
 * of its N units are available becomes `a` unit rows marked available (1) and N − a marked not
 * (0), so the summary counts the same units in each class before and after.
 *
 * Decisions:
 * - The first `a` units carry the row's status when its class is available, else the word
 *   `statusWordFor("available")`; the others keep the row's status when it says something else
 *   (out, unavailable, or a word nobody classed: counted unavailable before and after), else get
 *   `statusWordFor("out")`, as the summary counts them out.
 * - An empty available cell (or no available column): every unit keeps the row's status as
 *   copied, and its available cell stays empty.
 * - An available cell that is not a whole number from 0 to N refuses the row, naming the cell.
 *   TRUE or FALSE (all or none available) is copied to every unit, as it says the same of each.
 */
import type { CellValue, Grid, TableInfo } from "./types";
import type { Settings } from "./settings";
import { statusWordFor } from "./availability";
import { availableCount, availableUnreadable, flagOf, keepsItsWord, statusClassOf } from "./plan-availability";
import type { Say } from "./messages";

/** What each unit of a pool gets in the available and status columns. */
export interface UnitAvailability {
  /** How many of the first units are available. */
  available: number;
  column: number;
  /** The available cell of an available unit and of the others: 1 and 0, or the pool's own TRUE / FALSE. */
  marks: [CellValue, CellValue];
  status?: { column: number; available: CellValue; rest: CellValue };
}

/**
 * How the units of pool row `r` (quantity `n`) are marked, null when they only copy the row
 * (no available column or an empty cell), or why the row cannot be split.
 */
export function unitAvailability(values: Grid, r: number, n: number, t: TableInfo, s: Settings): UnitAvailability | null | Say {
  const column = t.columns.available;
  if (column === undefined) return null;
  const cell = values[r][column];
  const available = availableCount(cell, n, s.locale);
  if (available === undefined) return null;
  if (available === null) return availableUnreadable(r, column, cell, n, s.origin);
  const marks: UnitAvailability = { available, column, marks: flagOf(cell) === undefined ? [1, 0] : [cell, cell] };
  const sc = t.columns.status;
  if (sc !== undefined) {
    const word = values[r][sc];
    const cls = statusClassOf(word, s);
    marks.status = {
      column: sc,
      available: cls === "available" ? word : statusWordFor("available", s),
      rest: keepsItsWord(cls) ? word : statusWordFor("out", s),
    };
  }
  return marks;
}

/** Marks unit rows as `marks` says: the first `marks.available` available, the rest not. */
export function markUnits(units: CellValue[][], marks: UnitAvailability): void {
  for (let k = 0; k < units.length; k++) {
    const first = k < marks.available;
    units[k][marks.column] = marks.marks[first ? 0 : 1];
    if (marks.status) units[k][marks.status.column] = first ? marks.status.available : marks.status.rest;
  }
}
