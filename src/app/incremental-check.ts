/**
 * The live check that reads what changed (docs/design.md §25). After a full check of the
 * watched sheet an `InventoryIndex` of its grid is kept, with where the grid lies on the sheet.
 * A batch of the user's changes is placed in the grid (change-plan.ts), the changed rows are
 * read in one sync (read-changed-rows.ts) and applied to the index; anything unclear is checked
 * by reading the whole sheet again, and the outcome says why.
 */
import { InventoryIndex, type CellValue } from "../core";
import { canProbeFormulas, isTooLargeToRead, maxChangedRows, parseArea, queueFormulaProbe, readChangedRows, type ChangedRowsRead, type ExcelContext, type InventoryRead, type UserChange } from "../excel";
import { engineSettings } from "./engine-settings";
import { planChanges, type ChangePlan, type FullReason, type GridPlace } from "./change-plan";
import { withRows } from "./apply-plan";
import { ok } from "./outcomes";
import { checkOutcome } from "./read-actions";
import type { CheckOutcome, Result } from "./types";
import { words } from "./words";
import type { ReadWork } from "./sheet-reads";

export interface IncrementalDeps {
  /** A full read of the sheet under the app's lock (a failure as a Result). */
  readSheet<T>(sheetId: string, work: ReadWork<T>): Promise<Result<T>>;
  /** Work in one run of Excel under the app's lock. */
  readExcel<T>(work: (context: ExcelContext) => Promise<T>): Promise<T>;
  /** How many change events of the watched sheet have arrived so far. */
  seen(): number;
}

/** The index of the last check, and which change events its read may have missed or seen. */
interface Base {
  sheetId: string;
  /** The read it came from, without its values (the index holds the grid). */
  read: InventoryRead;
  index: InventoryIndex;
  place: GridPlace;
  settingsKey: string;
  /** Events up to this serial were seen by the read; */
  readStart: number;
  /** … events after it, up to this one, came while the read ran (Infinity until it has settled). */
  readEnd: number;
}

/** A point before a full read: which events it sees, and whether the index it builds is still wanted. */
export interface ReadMark {
  serial: number;
  generation: number;
}

export class IncrementalCheck {
  private base: Base | undefined;
  private generation = 0;
  /** The sheet whose grid a probe last found holding formulas: its full reads keep no index. */
  private formulaSheet: string | undefined;

  constructor(private readonly deps: IncrementalDeps) {}

  /** Forgets the index (our own write changed the sheet, or another sheet is watched). */
  drop(): void {
    this.base = undefined;
    this.formulaSheet = undefined;
    this.generation += 1;
  }

  mark(): ReadMark {
    return { serial: this.deps.seen(), generation: this.generation };
  }

  /** The outcome of a full read of `sheetId`, keeping an index of it for the changes to come. */
  fullOutcome(sheetId: string, read: InventoryRead, mark: ReadMark): CheckOutcome {
    const settings = engineSettings(read);
    const index = InventoryIndex.build(read.values, settings);
    const outcome = checkOutcome(read, { ...index.report });
    const place = placeOf(read, index);
    if (mark.generation !== this.generation) return outcome;
    // Excel sends no event for a cell a formula recalculates: where formulas may be, no index (§25).
    if (!place || !canProbeFormulas() || this.formulaSheet === sheetId) {
      this.base = undefined;
      return outcome;
    }
    const base: Base = { sheetId, read: { ...read, values: [] }, index, place, settingsKey: settingsKey(read), readStart: mark.serial, readEnd: Infinity };
    this.base = base;
    this.settle(base);
    return outcome;
  }

  /** Checks `changes` (oldest first) of the watched sheet: only what changed where it can, else in full. */
  async apply(sheetId: string, changes: readonly UserChange[]): Promise<Result<CheckOutcome>> {
    const base = this.base;
    if (!base || base.sheetId !== sheetId) return this.full(sheetId);
    const fresh = changes.filter((c) => c.missed || c.serial > base.readStart);
    const plan = planChanges(base.place, fresh, maxChangedRows(base.place.columns), base.readEnd);
    if ("full" in plan) return this.full(sheetId, plan.full);
    const mark = this.mark();
    let read: ChangedRowsRead & { formulas: boolean };
    try {
      read = await this.deps.readExcel(async (context) => {
        const formulas = queueFormulaProbe(context, sheetId, probeRect(base.place, plan));
        const rows = await readChangedRows(context, {
          sheetKey: sheetId, column: base.place.left, columns: base.place.columns, rows: plan.dirty.map((g) => g + base.place.top), tableName: base.read.tableName,
        });
        return { ...rows, formulas: formulas() };
      });
    } catch (error) {
      return this.full(sheetId, isTooLargeToRead(error) ? "too-many-rows" : undefined);
    }
    if (read.formulas) return this.fullOverFormulas(sheetId);
    const next = nextRead(base, read, plan);
    if (typeof next === "string") return this.full(sheetId, next);
    if (mark.generation !== this.generation || this.base !== base) return this.full(sheetId);
    let applied: ReturnType<typeof withRows>;
    try {
      applied = withRows(base.index, plan, read, next.rect.rows, base.place.top);
    } catch {
      // A change the plan placed outside the index's grid: never a wrong report, read it all.
      return this.full(sheetId, "shape");
    }
    if (applied !== "incremental") return this.full(sheetId, applied);
    base.read = next;
    base.place = { ...base.place, rows: base.index.values.length };
    base.readStart = mark.serial;
    base.readEnd = Infinity;
    this.settle(base);
    return ok(checkOutcome({ ...next, values: base.index.values as CellValue[][] }, { ...base.index.report }));
  }

  /** The whole sheet read again; `why` said in the outcome's notice. */
  private async full(sheetId: string, why?: FullReason): Promise<Result<CheckOutcome>> {
    const mark = this.mark();
    this.base = undefined;
    const result = await this.deps.readSheet(sheetId, (_context, read) => this.fullOutcome(sheetId, read, mark));
    if (!result.ok || why === undefined || why === "missed") return result;
    const said = words("live-checked-in-full", {}, { reason: words(`live-full-${why}`).say[0] });
    return ok({ ...result.value, notice: said.message, noticeSay: said.say });
  }

  /** The grid holds formulas: their cells may have changed without an event, so this sheet is checked in full from now on. */
  private fullOverFormulas(sheetId: string): Promise<Result<CheckOutcome>> {
    this.formulaSheet = sheetId;
    return this.full(sheetId);
  }

  /** Events that arrive later than a task after the read are after it (docs/design.md §25). */
  private settle(base: Base): void {
    setTimeout(() => {
      if (this.base === base) base.readEnd = this.deps.seen();
    }, 0);
  }
}

/**
 * The grid as it lies after the changes, for the formula probe. It rides on the changed rows' sync,
 * so the full read pays nothing for it; a formula removed since the full read was removed by a
 * change, whose row is read again (or deleted), so a grid without formulas now has no stale value.
 */
function probeRect(place: GridPlace, plan: ChangePlan): InventoryRead["rect"] {
  // `dirty` is ascending and may reach past `rows` (and be too long to spread into Math.max).
  const rows = Math.max(plan.rows, (plan.dirty[plan.dirty.length - 1] ?? -1) + 1);
  return { row: place.top, column: place.left, rows, columns: place.columns };
}

/** Where `read`'s grid lies, when its changes can be taken row by row: a table was found, and the whole used range (or the Excel table) was read. */
function placeOf(read: InventoryRead, index: InventoryIndex): GridPlace | undefined {
  const table = index.report.table;
  const used = parseArea(read.usedAddress);
  if (!table || !used) return undefined;
  if (read.tableName === undefined && (used.columns !== read.rect.columns || used.rows !== read.rect.rows)) return undefined;
  return { top: read.rect.row, left: read.rect.column, columns: read.rect.columns, rows: read.values.length, headerRow: table.headerRow };
}

/** The read as it stands after the changes (without values), or why only a full check can tell. */
function nextRead(base: Base, read: ChangedRowsRead, plan: ChangePlan): InventoryRead | FullReason {
  const { place } = base;
  const extent = extentOf(base, read);
  if (!extent || extent.row !== place.top || extent.column !== place.left || extent.columns !== place.columns) return "shape";
  const rows = extent.rows;
  // Rows the grid gains or loses at its end must be rows just changed.
  const dirty = new Set(plan.dirty);
  for (let g = Math.min(rows, plan.rows); g < Math.max(rows, plan.rows); g++) if (!dirty.has(g)) return "shape";
  const next: InventoryRead = {
    ...base.read, sheetName: read.sheetName, usedAddress: read.usedAddress, settings: read.settings, settingsWarnings: read.settingsWarnings,
    culture: read.culture, rect: { ...base.read.rect, rows }, syncs: read.syncs, blocks: 0,
  };
  if (settingsKey(next) !== base.settingsKey) return "settings";
  return next;
}

/** The rows the full read would take now: the used range, or the Excel table without its totals row, cut at the used range's end as the full read cuts it. */
function extentOf(base: Base, read: ChangedRowsRead): { row: number; column: number; rows: number; columns: number } | undefined {
  if (base.read.tableName === undefined) return read.used;
  if (!read.table) return undefined;
  const t = read.table.rect;
  const usedEnd = read.used ? read.used.row + read.used.rows - t.row : 0;
  return { ...t, rows: Math.max(0, Math.min(t.rows - (read.table.hasTotals ? 1 : 0), usedEnd)) };
}

/** The settings a check of `read` takes, but for `lastUsedRow`: only serialize reads it, and rows moving below the table change it. */
function settingsKey(read: InventoryRead): string {
  const { lastUsedRow: _lastUsedRow, ...settings } = engineSettings(read);
  return JSON.stringify(settings);
}
