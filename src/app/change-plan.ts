/**
 * Where the user's changes fall in a checked grid (docs/design.md §25): row inserts and deletes
 * to apply to the `InventoryIndex`, and the grid rows to read again, in the sheet's rows as they
 * are after every change. Anything the plan cannot place row by row is a reason for a full check.
 */
import { EXCEL_MAX_COLUMNS } from "../core";
import { parseArea, splitAreas, type UserChange } from "../excel";

/** Why a change is checked by reading the whole sheet again. */
export type FullReason =
  | "no-address"
  | "several-areas"
  | "structure"
  | "outside-columns"
  | "header"
  | "too-many-rows"
  | "changed-during-read"
  | "shape"
  | "settings"
  | "index"
  | "missed";

/** Where the checked grid lies on the sheet (0-based sheet indexes). */
export interface GridPlace {
  /** Sheet row of grid row 0. */
  top: number;
  left: number;
  columns: number;
  /** Grid rows (header included). */
  rows: number;
  /** Grid row of the header. */
  headerRow: number;
}

export type RowStep = { kind: "insert" | "delete"; at: number; count: number };

export interface ChangePlan {
  /** Inserts and deletes in grid rows, in order. */
  steps: RowStep[];
  /** Grid rows to read again (after every step), ascending; some may lie past `rows`. */
  dirty: number[];
  /** Grid rows once the steps are applied. */
  rows: number;
}

/**
 * Places `changes` (oldest first) in the grid. Changes with a serial up to `ambiguousUpTo` came
 * while the last read ran, so it may or may not have seen them: an insert or delete among them
 * cannot be placed. `maxRows` caps the rows read.
 */
export function planChanges(place: GridPlace, changes: readonly UserChange[], maxRows: number, ambiguousUpTo = -Infinity): ChangePlan | { full: FullReason } {
  const plan: ChangePlan = { steps: [], dirty: [], rows: place.rows };
  let dirty = new Set<number>();
  for (const change of changes) {
    if (change.missed) return { full: "missed" };
    const placed = placeChange(place, change, maxRows);
    if ("full" in placed) return placed;
    const { first, count } = placed;
    if (change.changeType === "RangeEdited") {
      for (let g = first; g < first + count; g++) dirty.add(g);
    } else {
      if (change.serial <= ambiguousUpTo) return { full: "changed-during-read" };
      dirty = change.changeType === "RowInserted" ? insertRows(plan, dirty, first, count) : deleteRows(plan, dirty, first, count);
    }
    if (dirty.size > maxRows) return { full: "too-many-rows" };
  }
  plan.dirty = [...dirty].sort((a, b) => a - b);
  return plan;
}

/** The change's rows as grid rows, or why it cannot be placed. */
function placeChange(place: GridPlace, change: UserChange, maxRows: number): { first: number; count: number } | { full: FullReason } {
  if (!change.address) return { full: "no-address" };
  if (change.changeType !== "RangeEdited" && change.changeType !== "RowInserted" && change.changeType !== "RowDeleted") return { full: "structure" };
  const areas = splitAreas(change.address);
  if (areas.length !== 1) return { full: "several-areas" };
  const rect = parseArea(areas[0]);
  if (!rect) return { full: "no-address" };
  const wholeRows = rect.column === 0 && rect.columns === EXCEL_MAX_COLUMNS;
  if (change.changeType !== "RangeEdited" && !wholeRows) return { full: "structure" };
  if (!wholeRows && (rect.column < place.left || rect.column + rect.columns > place.left + place.columns)) return { full: "outside-columns" };
  const first = rect.row - place.top;
  if (first <= place.headerRow) return { full: "header" };
  if (rect.rows > maxRows) return { full: "too-many-rows" };
  return { first, count: rect.rows };
}

function insertRows(plan: ChangePlan, dirty: Set<number>, at: number, count: number): Set<number> {
  const next = new Set<number>();
  for (const g of dirty) next.add(g >= at ? g + count : g);
  for (let g = at; g < at + count; g++) next.add(g);
  // Rows inserted below the grid's end shift only empty rows: nothing to tell the index.
  if (at <= plan.rows) {
    plan.steps.push({ kind: "insert", at, count });
    plan.rows += count;
  }
  return next;
}

function deleteRows(plan: ChangePlan, dirty: Set<number>, at: number, count: number): Set<number> {
  const next = new Set<number>();
  for (const g of dirty) {
    if (g < at) next.add(g);
    else if (g >= at + count) next.add(g - count);
  }
  const inGrid = Math.min(count, plan.rows - at);
  if (inGrid > 0) {
    plan.steps.push({ kind: "delete", at, count: inGrid });
    plan.rows -= inGrid;
  }
  return next;
}
