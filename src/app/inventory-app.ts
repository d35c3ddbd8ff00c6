/**
 * `InventoryApp` on top of the Excel adapter: what the pane and the ribbon call. Every
 * action takes the app's lock (action-lock.ts): writes run alone and a second write is
 * refused with a plain message; reads run together and wait for a running write. Every
 * action reads the inventory sheet chosen in the pane, else the active sheet (see
 * `InventoryApp` for serialize, aggregate and a deleted chosen sheet).
 */
import { parseSettings, type CategorySummary, type RuleId, type Settings } from "../core";
import {
  applyUndo, inventorySheet, isMissingSheet, listWorksheets, loadStoredSettings, parseArea, readInventory, runExcel,
  settingsFromStored, storeSettings, stripSheet, isExcelApiSupported, type InventoryRead,
} from "../excel";
import { BUSY_MESSAGE } from "./action-lock";
import { InventorySheetChoice, requireSelectionOnInventory } from "./inventory-sheet";
import { LiveCheck } from "./live-check";
import { failureError, failureResult } from "./outcomes";
import { checkOutcome, FIND_HEADER_ROWS, findAndSelect, headerInfo } from "./read-actions";
import type {
  ActionResult, AggregatePreview, CheckOutcome, FindOutcome, HeaderInfo, InventoryApp, LiveCheckListener,
  LocatedIssue, RunOptions, SerializePreview, SettingsOutcome, SheetList, SheetRef, SummaryOutcome,
} from "./types";
import { AppState, busyResult, engineSettings, runWrite, type ReadFor, type WriteDone, type WriteScope } from "./write-action";
import * as actions from "./write-actions";

export interface InventoryAppOptions {
  /** Pause after the last edit before a live re-check (ms). */
  debounceMs?: number;
  /** How long after our own write its change events are still ignored (ms). */
  quietMs?: number;
  /** Clock for the summary's "created" time (tests). */
  now?: () => Date;
}

type ReadWork<T> = (context: Excel.RequestContext, read: InventoryRead, settings: Settings) => Promise<T> | T;
type ReadRequest = { sheetName?: string; withSelection?: boolean; maxRows?: number; onProgress?: RunOptions["onProgress"]; signal?: AbortSignal };

/** A read of a sheet (by id) that is no longer in the workbook. */
class SheetMissing extends Error {
  constructor() {
    super("The inventory sheet is no longer in the workbook (it was deleted).");
    this.name = "SheetMissing";
  }
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
  private readonly sheet = new InventorySheetChoice();

  constructor(private readonly options: InventoryAppOptions = {}) {
    this.state = new AppState(options.quietMs ?? 300);
    this.live = new LiveCheck({
      isOwnWrite: () => this.state.isOwnWrite(),
      debounceMs: options.debounceMs,
      checkSheet: (sheetId) => this.readOnly((_c, read, settings) => checkOutcome(read, settings), { sheetName: sheetId }),
      inventorySheetId: async () => (await this.readInventorySheet((_c, read) => read.sheetId, { maxRows: 1 }, "fall back")).value,
    });
  }

  /** A read under the lock: alongside other reads, after any write that is running. */
  private readOnly<T>(work: ReadWork<T>, read: ReadRequest = {}): Promise<T> {
    return this.state.lock.read(() => this.readUnlocked(work, read));
  }

  /** Reads the inventory of `read.sheetName` (else the active sheet) and the stored settings (blocks + 1 syncs). */
  private async readUnlocked<T>(work: ReadWork<T>, read: ReadRequest = {}): Promise<T> {
    try {
      return await runExcel(async (context) => {
        const r = await readInventory(context, read).catch(async (error: unknown) => {
          if (read.sheetName !== undefined && (await isMissingSheet(context, read.sheetName, error))) throw new SheetMissing();
          throw error;
        });
        this.sheet.seen(r);
        return work(context, r, settingsFromStored(r.storedSettings).settings);
      });
    } catch (error) {
      if (read.signal?.aborted) throw read.signal.reason;
      if (error instanceof SheetMissing) throw error;
      throw failureError(error);
    }
  }

  /**
   * A read of the inventory sheet: the chosen one, else the active one. When the chosen
   * sheet was deleted the choice goes back to the active sheet; `"fall back"` then reads the
   * active sheet and returns the notice, `"stop"` rejects with it (the action did nothing).
   */
  private async readInventorySheet<T>(
    work: ReadWork<T>,
    read: ReadRequest,
    missing: "fall back" | "stop",
  ): Promise<{ value: T; notice?: string }> {
    const sheetName = this.sheet.target();
    if (sheetName === undefined) return { value: await this.readOnly(work, read) };
    try {
      return { value: await this.readOnly(work, { ...read, sheetName }) };
    } catch (error) {
      if (!(error instanceof SheetMissing)) throw error;
      const notice = this.sheet.drop();
      if (missing === "stop") throw new Error(`${notice} Try again.`, { cause: error });
      return { value: await this.readOnly(work, read), notice };
    }
  }

  /** A read-only action on the inventory sheet that stops (with the message) when the chosen sheet is gone. */
  private async readOrStop<T>(work: ReadWork<T>, read: ReadRequest = {}): Promise<T> {
    return (await this.readInventorySheet(work, read, "stop")).value;
  }

  /** A write on the inventory sheet; a deleted chosen sheet is refused with nothing changed. */
  private write(options: RunOptions | undefined, body: (scope: WriteScope) => Promise<WriteDone>, read: ReadFor = {}): Promise<ActionResult> {
    const sheetName = this.sheet.target();
    const chosen = sheetName === undefined ? {} : { sheetName, sheetMissing: () => this.sheet.drop() };
    return runWrite(this.state, options, async (scope) => {
      this.sheet.seen(scope.read);
      return body(scope);
    }, { ...read, ...chosen });
  }

  /** Checks the inventory; with live check on, live check follows the sheet checked. */
  async check(options?: RunOptions): Promise<CheckOutcome> {
    const { value, notice } = await this.readInventorySheet(
      (_context, read, settings) => ({ outcome: checkOutcome(read, settings), sheetId: read.sheetId }),
      { onProgress: options?.onProgress, signal: options?.signal },
      "fall back",
    );
    await this.live.follow(value.sheetId);
    return notice === undefined ? value.outcome : { ...value.outcome, notice };
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
    return this.write(options, (scope) =>
      actions.fixIssues(scope, (issues) => issues.filter((i) => actions.sameIssue(i, issue)), `the issue at ${issue.address}`),
    );
  }

  applyFixAll(rule: RuleId, options?: RunOptions): Promise<ActionResult> {
    return this.write(options, (scope) => actions.fixIssues(scope, actions.ofRule(rule), `"${rule}"`));
  }

  /** `rows` are grid rows, as in `Issue.row`. */
  generateCodes(prefix: string, rows?: number[], options?: RunOptions): Promise<ActionResult> {
    return this.write(options, (scope) => actions.generateCodes(scope, prefix, rows));
  }

  /** The selection must be on the inventory sheet: with a chosen sheet that is not active, refused. */
  previewSerialize(options?: RunOptions): Promise<SerializePreview> {
    return this.readOrStop((_c, read, settings) => {
      requireSelectionOnInventory(read);
      return actions.serializePreview(read, engineSettings(settings, read));
    }, { withSelection: true, onProgress: options?.onProgress, signal: options?.signal });
  }

  serializeSelection(options?: RunOptions): Promise<ActionResult> {
    return this.write(options, (scope) => {
      requireSelectionOnInventory(scope.read);
      return actions.serializeSelection(scope);
    }, { withSelection: true });
  }

  previewAggregate(options?: RunOptions): Promise<AggregatePreview> {
    return this.readOrStop((_c, read, settings) => {
      requireSelectionOnInventory(read);
      return actions.aggregatePreview(read, engineSettings(settings, read));
    }, { withSelection: true, onProgress: options?.onProgress, signal: options?.signal });
  }

  aggregateSelection(options?: RunOptions): Promise<ActionResult> {
    return this.write(options, (scope) => {
      requireSelectionOnInventory(scope.read);
      return actions.aggregateSelection(scope);
    }, { withSelection: true });
  }

  async summarize(options?: RunOptions): Promise<SummaryOutcome> {
    let summary = EMPTY_SUMMARY;
    let sheetName = "";
    const result = await this.write(options, async (scope) => {
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
    try {
      return await this.readOrStop((context, read, settings) => findAndSelect(context, read, settings, wanted), { maxRows: FIND_HEADER_ROWS });
    } catch (error) {
      // The chosen sheet is gone: say so as the answer, as for an unknown code.
      if (error instanceof Error && error.cause instanceof SheetMissing) return { found: false, message: error.message };
      throw error;
    }
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
    const { value, notice } = await this.readInventorySheet((_c, read, settings) => headerInfo(read, settings), { maxRows: 21 }, "fall back");
    return notice === undefined ? value : { ...value, notice };
  }

  /** Paused while the pane is hidden (shared runtime); follows the sheet last checked. */
  setLiveCheck(enabled: boolean, listener: LiveCheckListener): Promise<void> {
    return this.live.set(enabled, listener);
  }

  /** One sync; a chosen sheet that was deleted goes back to the active sheet, with `notice`. */
  async listSheets(): Promise<SheetList> {
    try {
      const workbook = await this.state.lock.read(() => runExcel((context) => listWorksheets(context)));
      return this.sheet.list(workbook);
    } catch (error) {
      throw failureError(error);
    }
  }

  chooseInventorySheet(sheet: SheetRef | null): void {
    this.sheet.set(sheet);
  }
}
