/**
 * Saves a stocktake's scans to the workbook in batches (docs/design.md §27): a scan or an undo
 * marks the rows from its position on as changed, and a save after a short pause (or asked for)
 * writes them in one sync. Saves run one after another; a failed save leaves its rows marked,
 * and a save after a pause that fails is tried again after a longer pause, scan or no scan, so
 * a moment when Excel cannot take writes (a cell being edited) loses nothing.
 */
import { addScansSheet, runExcel, saveScans } from "../excel";
import { ok, settle } from "./outcomes";
import type { Result } from "./types";

export interface SaverStart {
  /** The inventory sheet's name and the stocktake's start, for the workbook's setting. */
  source: string;
  started: string;
  /** The scans sheet when the stocktake was resumed, with the rows it holds. */
  sheetId?: string;
  rows?: number;
  /** Pause after the last scan before saving (ms). */
  delayMs: number;
}

export class ScanSaver {
  private sheetId: string | undefined;
  /** Rows the scans sheet holds. */
  private rows: number;
  /** First scan not saved as it is now (Infinity: all saved). */
  private dirtyFrom = Number.POSITIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<Result<void>> = Promise.resolve(ok(undefined));
  private stopped = false;

  constructor(
    private readonly start: SaverStart,
    private readonly scans: () => readonly string[],
  ) {
    this.sheetId = start.sheetId;
    this.rows = start.rows ?? 0;
  }

  /** The scan at `index` changed (added, or taken back): save after the pause. */
  changed(index: number): void {
    this.dirtyFrom = Math.min(this.dirtyFrom, index);
    this.saveAfter(this.start.delayMs);
  }

  /** A save after `ms`; one that fails is tried again after four times the pause (at least 200 ms). */
  private saveAfter(ms: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save().then((result) => {
        if (!result.ok && !this.saved && this.timer === undefined && !this.stopped) this.saveAfter(Math.max(200, this.start.delayMs * 4));
      });
    }, ms);
  }

  /** True when every scan is in the workbook. */
  get saved(): boolean {
    return this.dirtyFrom === Number.POSITIVE_INFINITY;
  }

  /** The scans sheet's id once made. */
  get sheet(): string | undefined {
    return this.sheetId;
  }

  /** Saves what changed, after any save under way. */
  save(): Promise<Result<void>> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.running = this.running.then(() => this.saveNow());
    return this.running;
  }

  /** Stops the pending save (the stocktake ended). */
  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private saveNow(): Promise<Result<void>> {
    if (this.saved) return Promise.resolve(ok(undefined));
    const scans = [...this.scans()];
    const from = Math.min(this.dirtyFrom, scans.length);
    this.dirtyFrom = Number.POSITIVE_INFINITY;
    return settle(async () => {
      try {
        const { source, started } = this.start;
        this.sheetId ??= await runExcel((context) => addScansSheet(context, source));
        const mark = { sheetId: this.sheetId, source, started };
        await runExcel((context) => saveScans(context, { mark, scans, from, clearTo: this.rows }));
        this.rows = scans.length;
        return ok(undefined);
      } catch (error) {
        this.dirtyFrom = Math.min(this.dirtyFrom, from);
        throw error;
      }
    });
  }
}
