/**
 * `InventoryIndex` (issue 19): a checked inventory that takes row changes, so a live check
 * re-checks what was pasted rather than the whole sheet. `report` and `summary()` always equal
 * `checkInventory` / `summarizeByCategory` of the current grid (`values`).
 *
 * Rows are 0-based grid indexes, header row included, like every engine row. Each data row is
 * checked once when it comes in (index-engine.ts); what looks across rows (duplicate codes,
 * counts, category sums) is kept by difference. A change that touches the header row or the rows
 * above it, one to a grid without a table, or one that changes what the header search finds (a
 * register's window) is applied by checking the whole grid again, and the update says why.
 */
import type { CategorySummary, CellValue, CheckReport, Grid } from "./types";
import type { Settings, SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { checkInventory } from "./check";
import { summarizeByCategory } from "./summary";
import { InventoryArgumentError } from "./errors";
import { IndexEngine, spliceRows } from "./index-engine";

/**
 * Why a change was applied by checking the whole grid again: it touched the header row or a row
 * above it; the grid had no table; or it changed what the header search finds below the header
 * (a register, `eachRowOneUnit: "auto"`, becomes a table with a quantity column, or the reverse).
 */
export type FullCheckReason = "header-changed" | "no-table" | "table-changed";

/** How a change was taken in: row by row, or by a full check (and why). */
export type IndexUpdate = { mode: "incremental" } | { mode: "full"; why: FullCheckReason };

const INCREMENTAL: IndexUpdate = { mode: "incremental" };

export class InventoryIndex {
  private readonly grid: CellValue[][];
  private readonly resolved: Settings;
  private engine: IndexEngine | null = null;
  /** The report of a grid without a table (no engine). */
  private plain: CheckReport | undefined;
  private summaryCache: CategorySummary | undefined;

  private constructor(values: Grid, private readonly settings: Partial<SettingsInput> | undefined) {
    this.resolved = resolveSettings(settings);
    this.grid = copyRows(values, "values");
    this.rebuild();
  }

  /** Checks `values` once; later changes are applied to this index's own copy. */
  static build(values: Grid, settings?: Partial<SettingsInput>): InventoryIndex {
    if (!Array.isArray(values)) throw new InventoryArgumentError("values must be an array of rows");
    return new InventoryIndex(values, settings);
  }

  /** The grid as it is after every change so far (do not edit it). */
  get values(): Grid {
    return this.grid;
  }

  /** Equal to `checkInventory(values, settings)`. */
  get report(): CheckReport {
    return this.engine ? this.engine.report() : (this.plain as CheckReport);
  }

  /** Equal to `summarizeByCategory(values, settings)`. */
  summary(): CategorySummary {
    this.summaryCache ??= this.engine?.summary() ?? summarizeByCategory(this.grid, this.settings, this.engine ? undefined : this.plain);
    return this.summaryCache;
  }

  /** Rows `at` … `at + rows.length - 1` now hold `rows` (the grid grows when they reach past its end). */
  replaceRows(at: number, rows: Grid): IndexUpdate {
    checkAt(at, this.grid.length);
    const copies = copyRows(rows, "rows");
    const existing = Math.max(0, Math.min(copies.length, this.grid.length - at));
    for (let i = 0; i < copies.length; i++) this.grid[at + i] = copies[i];
    return this.changed(at, (e) => e.splice(at - e.first, existing, copies.length));
  }

  /** `rows` go in before row `at` (`at` = the row count appends). */
  insertRows(at: number, rows: Grid): IndexUpdate {
    checkAt(at, this.grid.length);
    const copies = copyRows(rows, "rows");
    spliceRows(this.grid, at, 0, copies);
    return this.changed(at, (e) => e.splice(at - e.first, 0, copies.length));
  }

  /** Rows `at` … `at + count - 1` are gone; the rows below move up. */
  deleteRows(at: number, count: number): IndexUpdate {
    checkAt(at, this.grid.length);
    if (!Number.isInteger(count) || count < 0) throw new InventoryArgumentError("count must be a whole number ≥ 0");
    const removed = Math.min(count, this.grid.length - at);
    this.grid.splice(at, removed);
    return this.changed(at, (e) => e.splice(at - e.first, removed, 0));
  }

  /** Takes in a change already made to the grid from row `at` on: row by row when it can, else in full. */
  private changed(at: number, apply: (engine: IndexEngine) => void): IndexUpdate {
    this.summaryCache = undefined;
    const engine = this.engine;
    if (!engine) return this.full("no-table");
    if (at < engine.first) return this.full("header-changed");
    apply(engine);
    return engine.tableChanged() ? this.full("table-changed") : INCREMENTAL;
  }

  private full(why: FullCheckReason): IndexUpdate {
    this.rebuild();
    return { mode: "full", why };
  }

  private rebuild(): void {
    this.engine = IndexEngine.create(this.grid, this.resolved);
    this.plain = this.engine ? undefined : checkInventory(this.grid, this.settings);
    this.summaryCache = undefined;
  }
}

function checkAt(at: number, length: number): void {
  if (!Number.isInteger(at) || at < 0 || at > length) {
    throw new InventoryArgumentError(`at must be a whole number from 0 to ${length}`);
  }
}

/** Copies of the rows (the index keeps its own grid); refuses anything but an array of row arrays. */
function copyRows(rows: Grid, name: string): CellValue[][] {
  if (!Array.isArray(rows)) throw new InventoryArgumentError(`${name} must be an array of rows`);
  return rows.map((row, r) => {
    if (!Array.isArray(row)) throw new InventoryArgumentError(`${name}[${r}] must be an array of cell values (a row)`);
    return [...row];
  });
}
