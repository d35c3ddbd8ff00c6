/**
 * `InventoryApp` on top of the Excel adapter: what the pane and the ribbon call. Every
 * action takes the app's lock (action-lock.ts): writes run alone and a second write is
 * refused with a plain message; reads run together and wait for a running write.
 */
import { parseSettings, type CategorySummary, type RuleId, type Settings } from "../core";
import {
  applyUndo, inventorySheet, loadStoredSettings, parseArea, readInventory, runExcel,
  settingsFromStored, storeSettings, stripSheet, isExcelApiSupported, type InventoryRead,
} from "../excel";
import { BUSY_MESSAGE } from "./action-lock";
import { LiveCheck } from "./live-check";
import { failureError, failureResult } from "./outcomes";
import { checkOutcome, FIND_HEADER_ROWS, findAndSelect, headerInfo } from "./read-actions";
import type {
  ActionResult, AggregatePreview, CheckOutcome, FindOutcome, HeaderInfo, InventoryApp, LiveCheckListener,
  LocatedIssue, RunOptions, SerializePreview, SettingsOutcome, SummaryOutcome,
} from "./types";
import { AppState, busyResult, engineSettings, runWrite } from "./write-action";
import * as actions from "./write-actions";

export interface InventoryAppOptions {
  /** Pause after the last edit before a live re-check (ms). */
  debounceMs?: number;
  /** How long after our own write its change events are still ignored (ms). */
  quietMs?: number;
  /** Clock for the summary's "created" time (tests). */
  now?: () => Date;
}

const EMPTY_SUMMARY: CategorySummary = {
  categories: [],
  totals: {
    category: "Total", records: 0, serializedRecords: 0, aggregatedRecords: 0, units: 0,
    income: 0, expense: 0, net: 0, margin: null, incomePerUnit: null,
  },
  countedRows: 0,
  excludedRows: 0,
};

export class ExcelInventoryApp implements InventoryApp {
  private readonly state: AppState;
  private readonly live: LiveCheck;

  constructor(private readonly options: InventoryAppOptions = {}) {
    this.state = new AppState(options.quietMs ?? 300);
    this.live = new LiveCheck({
      isOwnWrite: () => this.state.isOwnWrite(),
      debounceMs: options.debounceMs,
      checkSheet: (sheetId) => this.readOnly((_c, read, settings) => checkOutcome(read, settings), { sheetName: sheetId }),
      inventorySheetId: () => this.readOnly((_c, read) => read.sheetId, { maxRows: 1 }),
    });
  }

  /** A read under the lock: alongside other reads, after any write that is running. */
  private readOnly<T>(
    work: (context: Excel.RequestContext, read: InventoryRead, settings: Settings) => Promise<T> | T,
    read: { sheetName?: string; withSelection?: boolean; maxRows?: number; onProgress?: RunOptions["onProgress"]; signal?: AbortSignal } = {},
  ): Promise<T> {
    return this.state.lock.read(() => this.readUnlocked(work, read));
  }

  /** Reads the inventory of the active sheet and the stored settings (blocks + 1 syncs). */
  private async readUnlocked<T>(
    work: (context: Excel.RequestContext, read: InventoryRead, settings: Settings) => Promise<T> | T,
    read: { sheetName?: string; withSelection?: boolean; maxRows?: number; onProgress?: RunOptions["onProgress"]; signal?: AbortSignal } = {},
  ): Promise<T> {
    try {
      return await runExcel(async (context) => {
        const r = await readInventory(context, read);
        return work(context, r, settingsFromStored(r.storedSettings).settings);
      });
    } catch (error) {
      if (read.signal?.aborted) throw read.signal.reason;
      throw failureError(error);
    }
  }

  /** Checks the inventory; with live check on, live check follows the sheet checked. */
  async check(options?: RunOptions): Promise<CheckOutcome> {
    const { outcome, sheetId } = await this.readOnly(
      (_context, read, settings) => ({ outcome: checkOutcome(read, settings), sheetId: read.sheetId }),
      { onProgress: options?.onProgress, signal: options?.signal },
    );
    await this.live.follow(sheetId);
    return outcome;
  }

  async selectIssue(issue: LocatedIssue): Promise<void> {
    const bang = issue.address.lastIndexOf("!");
    const sheetName = bang < 0 ? undefined : issue.address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    const cell = parseArea(stripSheet(issue.address));
    if (!cell) throw new Error(`"${issue.address}" is not a cell address.`);
    try {
      await this.state.lock.read(() => runExcel(async (context) => {
        const sheet = inventorySheet(context, sheetName);
        sheet.activate();
        sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).select();
        await context.sync();
      }));
    } catch (error) {
      throw failureError(error);
    }
  }

  applyFix(issue: LocatedIssue, options?: RunOptions): Promise<ActionResult> {
    return runWrite(this.state, options, (scope) =>
      actions.fixIssues(scope, (issues) => issues.filter((i) => actions.sameIssue(i, issue)), `the issue at ${issue.address}`),
    );
  }

  applyFixAll(rule: RuleId, options?: RunOptions): Promise<ActionResult> {
    return runWrite(this.state, options, (scope) => actions.fixIssues(scope, actions.ofRule(rule), `"${rule}"`));
  }

  /** `rows` are grid rows, as in `Issue.row`. */
  generateCodes(prefix: string, rows?: number[], options?: RunOptions): Promise<ActionResult> {
    return runWrite(this.state, options, (scope) => actions.generateCodes(scope, prefix, rows));
  }

  previewSerialize(options?: RunOptions): Promise<SerializePreview> {
    return this.readOnly((_c, read, settings) => actions.serializePreview(read, engineSettings(settings, read)), {
      withSelection: true,
      onProgress: options?.onProgress,
      signal: options?.signal,
    });
  }

  serializeSelection(options?: RunOptions): Promise<ActionResult> {
    return runWrite(this.state, options, actions.serializeSelection, { withSelection: true });
  }

  previewAggregate(options?: RunOptions): Promise<AggregatePreview> {
    return this.readOnly((_c, read, settings) => actions.aggregatePreview(read, engineSettings(settings, read)), {
      withSelection: true,
      onProgress: options?.onProgress,
      signal: options?.signal,
    });
  }

  aggregateSelection(options?: RunOptions): Promise<ActionResult> {
    return runWrite(this.state, options, actions.aggregateSelection, { withSelection: true });
  }

  async summarize(options?: RunOptions): Promise<SummaryOutcome> {
    let summary = EMPTY_SUMMARY;
    let sheetName = "";
    const result = await runWrite(this.state, options, async (scope) => {
      const done = await actions.summarize(scope, this.options.now?.());
      summary = done.summary;
      sheetName = done.sheetName;
      return done;
    }, { writesInventory: false });
    return { result, summary, sheetName };
  }

  /** Selects the row holding `code`; `row` in the outcome is a grid row, as in `Issue.row`. */
  async findByCode(code: string): Promise<FindOutcome> {
    const wanted = code.trim();
    if (wanted === "") return { found: false, message: "Type or scan a code first." };
    return this.readOnly((context, read, settings) => findAndSelect(context, read, settings, wanted), { maxRows: FIND_HEADER_ROWS });
  }

  undo(): Promise<ActionResult> {
    return this.state.lock.write(() => this.undoUnlocked(), busyResult);
  }

  private async undoUnlocked(): Promise<ActionResult> {
    const record = this.state.undo;
    if (!record) return { ok: false, kind: "refused", message: "There is nothing to undo." };
    this.state.startWrite();
    try {
      await runExcel((context) => applyUndo(context, record), { mergeUndo: true });
      this.state.undo = undefined;
      return { ok: true, message: `Undid ${record.label}.`, undoable: false, excelUndo: isExcelApiSupported("1.20") };
    } catch (error) {
      const result = failureResult(error);
      // A sheet changed since can never become undoable again.
      if (!result.ok && result.kind === "changed-meanwhile") this.state.undo = undefined;
      return result;
    } finally {
      this.state.endWrite();
    }
  }

  canUndo(): boolean {
    return this.state.undo !== undefined;
  }

  loadSettings(): Promise<SettingsOutcome> {
    return this.state.lock.read(() => this.loadUnlocked());
  }

  private async loadUnlocked(): Promise<SettingsOutcome> {
    try {
      return await runExcel((context) => loadStoredSettings(context));
    } catch (error) {
      throw failureError(error);
    }
  }

  /** A write: refused (rejects with the busy message) while another write runs. */
  saveSettings(changes: Partial<Settings>): Promise<SettingsOutcome> {
    return this.state.lock.write(
      () => this.saveUnlocked(changes),
      () => Promise.reject(new Error(`Settings not saved: ${BUSY_MESSAGE}`)),
    );
  }

  private async saveUnlocked(changes: Partial<Settings>): Promise<SettingsOutcome> {
    const current = await this.loadUnlocked();
    const { origin: _origin, ...rest } = { ...current.settings, ...changes };
    const parsed = parseSettings(rest);
    if (!parsed.success) throw new Error(`Settings not saved: ${parsed.errors.join("; ")}`);
    this.state.startWrite();
    try {
      await runExcel((context) => storeSettings(context, parsed.data));
    } catch (error) {
      throw failureError(error);
    } finally {
      this.state.endWrite();
    }
    return { settings: parsed.data, warnings: current.warnings };
  }

  async readHeaders(): Promise<HeaderInfo> {
    return this.readOnly((_c, read, settings) => headerInfo(read, settings), { maxRows: 21 });
  }

  /** Paused while the pane is hidden (shared runtime); follows the sheet last checked. */
  setLiveCheck(enabled: boolean, listener: LiveCheckListener): Promise<void> {
    return this.live.set(enabled, listener);
  }
}
