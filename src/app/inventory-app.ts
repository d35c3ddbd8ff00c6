/**
 * `InventoryApp` on top of the Excel adapter: what the pane and the ribbon call. Every
 * action takes the app's lock (action-lock.ts): writes run alone and a second write is
 * refused (`kind: "busy"`); reads run together and wait for a running write. Every action
 * reads the inventory sheet chosen in the pane, else the active sheet (see `InventoryApp`
 * for serialize, aggregate and a deleted chosen sheet). Every action answers a `Result`:
 * `settle` turns anything thrown into a `Failure`, so nothing here rejects.
 */
import { parseSettings, type RuleId, type Settings } from "../core";
import {
  applyUndo, isExcelApiSupported, listWorksheets, parseArea, problemsOf, runExcel, selectCell, splitSheetAddress,
  storeSettings,
} from "../excel";
import { engineSettings } from "./engine-settings";
import { InventorySheetChoice, requireSelectionOnInventory } from "./inventory-sheet";
import { LiveCheck } from "./live-check";
import { busyFailure, failure, needsUngroupedRetry, ok, settle, toFailure } from "./outcomes";
import { showPane } from "./show-pane";
import { startStocktake } from "./stocktake-start";
import { findCode, headerInfo } from "./read-actions";
import { withWarning } from "./outside-formulas";
import { readSettings, withCulture } from "./settings-culture";
import { SheetReads } from "./sheet-reads";
import { LastCreated, type CreatedUnits } from "./labels-created";
import { runLabels } from "./labels-run";
import type { BarcodeRenderer } from "../labels/barcode-renderer";
import type {
  ActionResult, AggregatePreview, CheckOutcome, EntryProtectionState, IssuesExportOutcome, MarksOutcome, MarksState, FindOutcome, HeaderInfo, InventoryApp, LabelRows, LabelRunOptions, LabelsOutcome, LiveCheckListener,
  AggregateRunOptions, LocatedIssue, PlanRunOptions, Result, RunOptions, SerializePreview, SettingsOutcome, SheetList, SheetRef, StocktakeRun, SummaryOutcome, SummaryRunOptions,
} from "./types";
import { AppState, runWrite, type ReadFor, type WriteDone, type WriteScope } from "./write-action";
import { sayOf, words } from "./words";
import * as actions from "./write-actions";
import type { ActionHost } from "./action-host";
import * as marks from "./marks-run";
import { Remarks } from "./marks-after";
import * as entryRules from "./entry-rules-run";
import { exportIssues } from "./issues-export-run";

export interface InventoryAppOptions {
  /** Pause after the last edit before a live re-check (ms). */
  debounceMs?: number;
  /** How long after our own write its change events are still ignored (ms). */
  quietMs?: number;
  /** Clock for the summary's "created" time (tests). */
  now?: () => Date;
  /** How long `revealPane` waits for a sign that the pane is shown (ms). */
  paneWaitMs?: number;
  /** Pause after the last scan of a stocktake before its scans are saved to the workbook (ms). */
  scanSaveMs?: number;
  /** Draws the labels' barcodes (the pane: bwip-js on a canvas; tests: a small test renderer). */
  barcodes?: BarcodeRenderer;
}

export class ExcelInventoryApp implements InventoryApp {
  private readonly state: AppState;
  private readonly live: LiveCheck;
  private readonly sheet = new InventorySheetChoice();
  private readonly reads: SheetReads;
  private readonly created = new LastCreated();
  private readonly remarks: Remarks;

  constructor(private readonly options: InventoryAppOptions = {}) {
    this.state = new AppState(options.quietMs ?? 300);
    this.remarks = new Remarks(() => this.host, this.state);
    this.reads = new SheetReads(this.state.lock, this.sheet);
    this.live = new LiveCheck({
      isOwnWrite: () => this.state.isOwnWrite(),
      debounceMs: options.debounceMs,
      readSheet: (sheetId, work) => settle(() => this.reads.read(work, { sheetName: sheetId })),
      readExcel: (work) => this.state.lock.read(() => runExcel(work)),
      inventorySheetId: async () => {
        const found = await this.reads.ofInventory((_c, read) => read.sheetId, { headerWindow: true }, "fall back");
        return found.ok ? ok(found.value.value) : found;
      },
    });
  }

  /** A write on the inventory sheet; a deleted chosen sheet is refused with nothing changed. */
  private write(options: RunOptions | undefined, body: (scope: WriteScope) => Promise<WriteDone>, read: ReadFor = {}): Promise<ActionResult> {
    const sheetName = this.sheet.target();
    const chosen = sheetName === undefined ? {} : { sheetName, sheetMissing: () => this.sheet.drop() };
    return runWrite(this.state, options, async (scope) => {
      this.sheet.seen(scope.read);
      this.remarks.seen(scope.read.sheetId);
      return body(scope);
    }, { ...read, ...chosen });
  }

  /** What the marks, entry rules and issues export actions get (action-host.ts). */
  private get host(): ActionHost {
    return {
      write: (o, body, read) => this.write(o, body, read),
      reads: this.reads,
      readExcel: (work) => this.state.lock.read(() => runExcel(work)),
    };
  }

  /** Checks the inventory; with live check on, live check follows the sheet checked. */
  check(options?: RunOptions): Promise<Result<CheckOutcome>> {
    return settle(async () => {
      const mark = this.live.mark();
      const checked = await this.reads.ofInventory(
        (_context, read) => ({ outcome: this.live.checkedOutcome(read, mark), sheetId: read.sheetId }),
        { onProgress: options?.onProgress, signal: options?.signal },
        "fall back",
      );
      if (!checked.ok) return checked;
      const { value, notice } = checked.value;
      await this.live.follow(value.sheetId);
      return ok(notice === undefined ? value.outcome : { ...value.outcome, notice: notice.message, noticeSay: notice.say });
    }, options?.signal);
  }

  selectIssue(issue: LocatedIssue): Promise<Result<void>> {
    return settle(async () => {
      if (!parseArea(splitSheetAddress(issue.address).area)) return failure("failed", words("app-not-a-cell", { address: issue.address }));
      await this.state.lock.read(() => runExcel((context) => selectCell(context, issue.address)));
      return ok(undefined);
    });
  }

  applyFix(issue: LocatedIssue, options?: RunOptions): Promise<ActionResult> {
    return this.remarks.after(this.write(options, (scope) =>
      actions.fixIssues(scope, (issues) => issues.filter((i) => actions.sameIssue(i, issue)), sayOf("app-fix-one", { address: issue.address })),
    ));
  }

  applyFixAll(rule: RuleId, options?: RunOptions): Promise<ActionResult> {
    return this.remarks.after(this.write(options, (scope) => actions.fixIssues(scope, actions.ofRule(rule), sayOf("app-fix-rule", { rule }))));
  }

  /** `rows` are grid rows, as in `Issue.row`. */
  generateCodes(prefix: string, rows?: number[], options?: RunOptions): Promise<ActionResult> {
    let made: CreatedUnits | undefined;
    return this.remarks.after(this.created.after(this.write(options, async (scope) => {
      const done = await actions.generateCodes(scope, prefix, rows);
      made = { ...done.created, sheetName: scope.read.sheetName };
      return done;
    }), () => made));
  }

  /** The selection must be on the inventory sheet: with a chosen sheet that is not active, refused. */
  previewSerialize(options?: PlanRunOptions): Promise<Result<SerializePreview>> {
    return settle(() => this.reads.orStop((context, read) => {
      requireSelectionOnInventory(read);
      return withWarning(context, read, actions.serializePreview(context, read, engineSettings(read), options?.formulas), (p) => p.plan.replacements.map((x) => x.row));
    }, { withSelection: true, onProgress: options?.onProgress, signal: options?.signal }), options?.signal);
  }

  serializeSelection(options?: PlanRunOptions): Promise<ActionResult> {
    let made: CreatedUnits | undefined;
    return this.remarks.after(this.created.after(this.write(options, async (scope) => {
      requireSelectionOnInventory(scope.read);
      const done = await actions.serializeSelection(scope, options?.formulas);
      made = { ...done.created, sheetName: scope.read.sheetName };
      return done;
    }, { withSelection: true }), () => made));
  }

  /** Labels on the add-in's labels sheet; "last-created" reads the sheet the last serialize or generate codes wrote. */
  labels(rows: LabelRows, options: LabelRunOptions = {}): Promise<Result<LabelsOutcome>> {
    return runLabels({ write: (o, body, read) => this.write(o, body, read), created: this.created.value, barcodes: this.options.barcodes }, rows, options);
  }

  previewAggregate(options?: AggregateRunOptions): Promise<Result<AggregatePreview>> {
    return settle(() => this.reads.orStop((context, read) => {
      requireSelectionOnInventory(read);
      return withWarning(context, read, actions.aggregatePreview(context, read, engineSettings(read), options?.formulas, options?.statusMerge), (p) => p.plan.merges.flatMap((m) => m.rows));
    }, { withSelection: true, onProgress: options?.onProgress, signal: options?.signal }), options?.signal);
  }

  aggregateSelection(options?: AggregateRunOptions): Promise<ActionResult> {
    return this.remarks.after(this.write(options, (scope) => {
      requireSelectionOnInventory(scope.read);
      return actions.aggregateSelection(scope, options?.formulas, options?.statusMerge);
    }, { withSelection: true }));
  }

  async summarize(options?: SummaryRunOptions): Promise<Result<SummaryOutcome>> {
    let written: Pick<SummaryOutcome, "summary" | "sheetName"> | undefined;
    const result = await this.write(options, async (scope) => {
      const done = await actions.summarize(scope, this.options.now?.(), options?.displayLocale);
      written = { summary: done.summary, sheetName: done.sheetName };
      return done;
    }, { writesInventory: false });
    // A write that succeeded ran its body, so `written` is set.
    return result.ok ? ok({ ...result.value, ...written! }) : result;
  }

  /** Selects the row holding `code`; `row` in the outcome is a grid row, as in `Issue.row`. */
  async findByCode(code: string, part?: string): Promise<Result<FindOutcome>> {
    const wanted = code.trim();
    if (wanted === "") return ok({ found: false, ...words("app-find-empty") });
    // Only the header window is read: the codes column is read on its own.
    return settle(() => this.reads.orStop((context, read) => findCode(context, read, wanted, part), { headerWindow: true }));
  }

  undo(): Promise<ActionResult> {
    return this.state.lock.write(() => settle(() => this.undoUnlocked()), busyFailure);
  }

  private async undoUnlocked(): Promise<ActionResult> {
    const record = this.state.undo;
    if (!record) return failure("refused", words("app-nothing-to-undo"));
    this.state.startWrite();
    try {
      // A restore that deletes a sheet cannot be grouped; one that Excel refuses to group for another
      // reason runs again ungrouped when nothing was changed (docs/design.md §15).
      let grouped = !record.ungrouped && isExcelApiSupported("1.20");
      try {
        await runExcel((context) => applyUndo(context, record), { mergeUndo: grouped });
      } catch (error) {
        if (!grouped || !needsUngroupedRetry(error)) throw error;
        grouped = false;
        await runExcel((context) => applyUndo(context, record));
      }
      this.state.undo = undefined;
      return ok({ ...words("app-undid", {}, { label: sayOf(record.label) }), undoable: false, excelUndo: grouped });
    } catch (error) {
      const result = toFailure(error);
      // A sheet changed since can never become undoable again.
      if (result.kind === "changed-meanwhile") this.state.undo = undefined;
      return result;
    } finally {
      this.state.endWrite();
    }
  }

  canUndo(): boolean {
    return this.state.undo !== undefined;
  }

  /** The stored settings with `locale` as Excel reads numbers (design.md §23), so the pane writes amounts as Excel does. */
  loadSettings(): Promise<Result<SettingsOutcome>> {
    return settle(() => this.state.lock.read(async () => ok(await runExcel(readSettings).then(({ stored, culture }) => withCulture(stored, culture)))));
  }

  /** A write: refused (`kind: "busy"`, settings not saved) while another write runs. */
  saveSettings(changes: Partial<Settings>): Promise<Result<SettingsOutcome>> {
    return this.state.lock.write(
      () => settle(() => this.saveUnlocked(changes)),
      () => failure("busy", words("app-settings-not-saved", {}, { reason: sayOf("app-busy") })),
    );
  }

  private async saveUnlocked(changes: Partial<Settings>): Promise<Result<SettingsOutcome>> {
    const { stored: current, culture } = await runExcel(readSettings);
    const { origin: _origin, ...rest } = { ...current.settings, ...changes };
    const parsed = parseSettings(rest);
    if (!parsed.success) {
      const problems = problemsOf(parsed);
      return failure("refused", words("app-settings-not-saved", { reason: problems.text }, { reason: problems.say }));
    }
    this.state.startWrite();
    try {
      await runExcel((context) => storeSettings(context, parsed.data));
    } finally {
      this.state.endWrite();
    }
    return ok(withCulture({ settings: parsed.data, warnings: current.warnings, warningsSay: current.warningsSay }, culture));
  }

  async readHeaders(): Promise<Result<HeaderInfo>> {
    return settle(async () => {
      const read = await this.reads.ofInventory((_c, r) => headerInfo(r), { headerWindow: true }, "fall back");
      if (!read.ok) return read;
      const { value, notice } = read.value;
      return ok(notice === undefined ? value : { ...value, notice: notice.message, noticeSay: notice.say });
    });
  }

  /** Paused while the pane is hidden (shared runtime); follows the sheet last checked. */
  paneShown(visible: boolean): void {
    this.live.onVisibility(visible);
  }

  isPaneShown(): boolean {
    return this.live.paneKnownShown;
  }

  onPaneShown(listener: () => void): () => void {
    return this.live.onShown(listener);
  }

  async revealPane(): Promise<boolean> {
    const wasShown = this.live.paneKnownShown;
    let stop = (): void => undefined;
    const shown = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), this.options.paneWaitMs ?? 1500);
      const remove = this.live.onShown(() => resolve(true));
      stop = () => {
        clearTimeout(timer);
        remove();
      };
    });
    try {
      await showPane();
      return wasShown || (await shown);
    } catch {
      return false;
    } finally {
      stop();
    }
  }

  setLiveCheck(enabled: boolean, listener: LiveCheckListener): Promise<Result<void>> {
    return settle(() => this.live.set(enabled, listener));
  }

  /** One sync; a chosen sheet that was deleted goes back to the active sheet, with `notice`. */
  listSheets(): Promise<Result<SheetList>> {
    return settle(async () => ok(this.sheet.list(await this.state.lock.read(() => runExcel((context) => listWorksheets(context))))));
  }

  chooseInventorySheet(sheet: SheetRef | null): void {
    this.sheet.set(sheet);
  }

  /** Reads like check; each scan is then answered by the run, in memory. */
  startStocktake(options?: RunOptions): Promise<Result<StocktakeRun>> {
    const host = {
      write: (o: SummaryRunOptions | undefined, body: (scope: WriteScope) => Promise<WriteDone>, sheetName: string) =>
        runWrite(this.state, o, body, { writesInventory: false, sheetName }),
      now: () => this.options.now?.() ?? new Date(),
    };
    return settle(() => startStocktake({ lock: this.state.lock, reads: this.reads, host, saveDelayMs: this.options.scanSaveMs ?? 500 }, options), options?.signal);
  }

  /** Marking is a write of its own, but the pane's Undo stays with the last real change (as for a re-mark). */
  async markIssues(options?: SummaryRunOptions): Promise<Result<MarksOutcome>> {
    const kept = this.state.undo;
    const result = await marks.markIssues(this.host, options, this.remarks.know);
    this.state.undo = kept;
    return result;
  }

  clearMarks(options?: RunOptions): Promise<ActionResult> {
    return marks.clearMarks(this.host, options, this.remarks.know);
  }

  marksState(): Promise<Result<MarksState>> {
    return marks.marksState(this.host, this.remarks.know);
  }

  protectEntry(options?: SummaryRunOptions): Promise<ActionResult> {
    return entryRules.protectEntry(this.host, options);
  }

  removeEntryProtection(options?: RunOptions): Promise<ActionResult> {
    return entryRules.removeEntryProtection(this.host, options);
  }

  entryProtectionState(): Promise<Result<EntryProtectionState>> {
    return entryRules.entryProtectionState(this.host);
  }

  exportIssues(options?: SummaryRunOptions): Promise<Result<IssuesExportOutcome>> {
    return exportIssues(this.host, options);
  }
}
