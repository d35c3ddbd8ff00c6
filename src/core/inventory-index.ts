/**
 * `InventoryIndex` (issue 19): a checked inventory that takes row changes, so a live check
 * re-checks what was pasted rather than the whole sheet. `report` and `summary()` always equal
 * `checkInventory` / `summarizeByCategory` of the current grid (`values`).
 *
 * Rows are 0-based grid indexes, header row included, like every engine row. A change that
 * touches the header row (or the rows above it) cannot be applied row by row: the index checks
 * the whole grid again and says so in the update it returns.
 *
 * This first version is the contract: it applies the change to its copy of the grid and checks
 * the whole grid again. The incremental version keeps this API and these results.
 */
import type { CategorySummary, CellValue, CheckReport, Grid } from "./types";
import type { SettingsInput } from "./settings";
import { checkInventory } from "./check";
import { summarizeByCategory } from "./summary";
import { InventoryArgumentError } from "./errors";

/** Why a change was applied by checking the whole grid again. */
export type FullCheckReason = "header-changed" | "no-table";

/** How a change was taken in: row by row, or by a full check (and why). */
export type IndexUpdate = { mode: "incremental" } | { mode: "full"; why: FullCheckReason };

export class InventoryIndex {
  private grid: CellValue[][];
  private current: CheckReport;
  private summaryCache: CategorySummary | undefined;

  private constructor(values: Grid, private readonly settings: Partial<SettingsInput> | undefined) {
    this.grid = values.map((row) => [...row]);
    this.current = checkInventory(this.grid, settings);
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
    return this.current;
  }

  /** Equal to `summarizeByCategory(values, settings)`. */
  summary(): CategorySummary {
    this.summaryCache ??= summarizeByCategory(this.grid, this.settings, this.current);
    return this.summaryCache;
  }

  /** Rows `at` … `at + rows.length - 1` now hold `rows` (the grid grows when they reach past its end). */
  replaceRows(at: number, rows: Grid): IndexUpdate {
    checkRow(at, this.grid.length, "at");
    for (let i = 0; i < rows.length; i++) this.grid[at + i] = [...rows[i]];
    return this.recheck(at);
  }

  /** `rows` go in before row `at` (`at` = the row count appends). */
  insertRows(at: number, rows: Grid): IndexUpdate {
    checkRow(at, this.grid.length, "at");
    this.grid.splice(at, 0, ...rows.map((row) => [...row]));
    return this.recheck(at);
  }

  /** Rows `at` … `at + count - 1` are gone; the rows below move up. */
  deleteRows(at: number, count: number): IndexUpdate {
    checkRow(at, this.grid.length, "at");
    if (!Number.isInteger(count) || count < 0) throw new InventoryArgumentError("count must be a whole number ≥ 0");
    this.grid.splice(at, count);
    return this.recheck(at);
  }

  private recheck(at: number): IndexUpdate {
    const table = this.current.table;
    this.current = checkInventory(this.grid, this.settings);
    this.summaryCache = undefined;
    if (!table) return { mode: "full", why: "no-table" };
    if (at <= table.headerRow) return { mode: "full", why: "header-changed" };
    return { mode: "incremental" };
  }
}

function checkRow(at: number, length: number, name: string): void {
  if (!Number.isInteger(at) || at < 0 || at > length) {
    throw new InventoryArgumentError(`${name} must be a whole number from 0 to ${length}`);
  }
}
