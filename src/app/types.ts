/**
 * The contract between the UI (task pane, ribbon commands) and the actions that
 * talk to Excel. `src/taskpane` and `src/commands` see only this; `src/app`
 * implements it on top of `src/excel`. Tests of the pane use a fake of it.
 */
import type {
  AggregatePlan,
  CategorySummary,
  CellValue,
  CheckReport,
  FormulaHandling,
  Issue,
  LabelOptions,
  LayoutId,
  Role,
  RuleId,
  SerializePlan,
  Say,
  Settings,
  StatusClass,
  StatusMerge,
  StocktakeResult,
} from "../core";
import type { StocktakeAnswer, StocktakeProgress } from "./stocktake-types";

export type * from "./stocktake-types";

/** Options every long action takes. */
export interface RunOptions {
  /** Called with work done so far; `total` is known when the work is chunked. */
  onProgress?: (done: number, total: number, label: string, say?: Say) => void;
  /** Aborting before the first write cancels with nothing changed. */
  signal?: AbortSignal;
}

/** The summary: the language its sheet is written in. */
export interface SummaryRunOptions extends RunOptions {
  /** The pane's language (BCP 47, `fi-FI`): the sheet's name, headings, labels and chart title; default en-US. */
  displayLocale?: string;
}

export type { FormulaHandling };

/** Serialize and aggregate: what to do with formulas in the cells they change (default "refuse"). */
export interface PlanRunOptions extends RunOptions {
  formulas?: FormulaHandling;
}

/** Aggregate: also what to do with rows that differ only in status (default "refuse"; design.md §28). */
export interface AggregateRunOptions extends PlanRunOptions {
  statusMerge?: StatusMerge;
}

/** An issue with the sheet address of its cell (`Inventory!C14`, shown as `C14`). */
export interface LocatedIssue extends Issue {
  address: string;
}

export interface CheckOutcome {
  sheetName: string;
  /** Set when the chosen inventory sheet was deleted and this check read the active sheet instead. */
  notice?: string;
  /** `notice` as data, for the pane's language. */
  noticeSay?: readonly Say[];
  report: CheckReport;
  /** Same order as `report.issues`. */
  issues: LocatedIssue[];
  /** Header texts of the detected table, one per column (empty when no table). */
  headers: string[];
  checkedAt: Date;
}

/** Why an action did nothing (or did not finish). */
export type FailureKind =
  /** The engine or the app declined: nothing to do, rows that cannot be changed, a bad value. */
  | "refused"
  /** Another write of the pane or the ribbon is still running. */
  | "busy"
  | "protected"
  | "cell-edit-mode"
  | "changed-meanwhile"
  /** The inventory sheet chosen in the pane was deleted: the choice went back to the active sheet. */
  | "sheet-missing"
  | "failed"
  | "cancelled";

/** A row the engine would not change, with the address of its first cell (`Stock!A14`). */
export interface RefusedRow {
  row: number;
  address: string;
  reason: string;
  /** The reason as data, for the pane's language. */
  say?: Say;
  /** Aggregate: the headers of the columns that differ. */
  columns?: string[];
}

/** An action that did nothing, or did not finish, in plain words. */
export interface Failure {
  ok: false;
  kind: FailureKind;
  /** Plain words; names the failed step or the reason nothing was done. */
  message: string;
  /** `message` as data, one entry per sentence (absent when it holds words of a thrown error). */
  say?: readonly Say[];
  /** Per-row reasons when the engine refused rows. */
  refused?: RefusedRow[];
}

/**
 * What every async `InventoryApp` method answers: the value, or a `Failure`. The app never
 * rejects: anything thrown inside it becomes a `Failure` in one place (`settle`).
 */
export type Result<T> = { ok: true; value: T } | Failure;

/** What a write that finished says. */
export interface ActionDone {
  /** Plain words for the pane or a ribbon notification: "Serialized 2 rows into 24". */
  message: string;
  /** `message` as data, one entry per sentence. */
  say?: readonly Say[];
  /** True when the pane's Undo can restore what this action changed. */
  undoable: boolean;
  /** True when the action is one Ctrl+Z in Excel (ExcelApi 1.20). */
  excelUndo: boolean;
  /** Serialize and generate codes: the units they gave new codes, which `labels("last-created")` labels. */
  newUnits?: number;
}

/** The outcome of anything that writes to the workbook. */
export type ActionResult = Result<ActionDone>;

export interface SerializePreview {
  sheetName: string;
  /** Rows of the selection that would change. */
  rowsAffected: number;
  newRows: number;
  generatedCodes: string[];
  plan: SerializePlan;
  refused: RefusedRow[];
  skipped: RefusedRow[];
  /** True above 1,000 new rows: the pane asks before applying. */
  needsConfirmation: boolean;
  /** Formula cells the plan writes values over (see `FormulaPlan`): refused rows the pane can offer "Use their values" for. */
  formulaCells: number;  /** Formulas elsewhere point into the rows that change (ExcelApi 1.13): the preview's warning. */
  formulaWarning?: string;
  /** `formulaWarning` as data, for the pane's language. */
  formulaWarningSay?: Say;
}

export interface AggregatePreview {
  sheetName: string;
  groups: number;
  rowsMerged: number;
  plan: AggregatePlan;
  refused: RefusedRow[];
  /** Formula cells the plan writes values over or deletes (see `FormulaPlan`). */
  formulaCells: number;
  /** Refused rows that differ from the others only in their status: the pane offers to merge them keeping the counts. */
  statusOnly?: number;
  /** Formulas elsewhere point into the rows that change (ExcelApi 1.13): the preview's warning. */
  formulaWarning?: string;
  /** `formulaWarning` as data, for the pane's language. */
  formulaWarningSay?: Say;
}

/** A summary written: the write's result words and the report itself. */
export interface SummaryOutcome extends ActionDone {
  summary: CategorySummary;
  /** Name of the sheet the report went to (`Inventory summary` or `Inventory summary (2)`). */
  sheetName: string;
}

export type FindOutcome =
  | {
    found: true; row: number; address: string; headers: string[]; record: CellValue[];
    /** With `codesUniqueWithin`, when the code is in rows of several parts: each part and the first cell of its row (issue 13). */
    parts?: { part: string; address: string }[];
    /** The unit's status when the sheet has a status column (issue 16). */
    status?: FoundStatus;
  }
  | { found: false; message: string; say?: readonly Say[] };

/** A found row's status cell as text (`""` when empty) and its class (undefined when empty). */
export interface FoundStatus {
  text: string;
  class: StatusClass | "unknown" | undefined;
}

export interface SettingsOutcome {
  settings: Settings;
  /** Plain-words warnings for stored values that were bad and fell back to defaults. */
  warnings: string[];
  /** `warnings` as data, one per warning, for the pane's language. */
  warningsSay?: readonly Say[];
}

export interface HeaderInfo {
  sheetName: string;
  /** Set when the chosen inventory sheet was deleted and the active sheet was read instead. */
  notice?: string;
  /** `notice` as data, for the pane's language. */
  noticeSay?: readonly Say[];
  /** Header texts of the detected (or best-guess) header row. */
  headers: string[];
  /** Column index per role as detected with the current settings. */
  detected: Partial<Record<Role, number>>;
}

/** A worksheet as the pane's "Inventory sheet" picker shows it. */
export interface SheetRef {
  /** Stays the same when the user renames the sheet. */
  id: string;
  /** Its name when last read (workbook text: render as text only). */
  name: string;
}

export interface SheetList {
  /** Sheets the inventory can be on, in tab order: visible ones, without the add-in's summary sheets. */
  sheets: SheetRef[];
  /** Name of the sheet active in Excel now. */
  activeSheet: string;
  /** The inventory sheet chosen for this session, by its current name; null for "Active sheet". */
  chosen: SheetRef | null;
  /** Set when the chosen sheet was deleted: the choice went back to the active sheet. */
  notice?: string;
  /** `notice` as data, for the pane's language. */
  noticeSay?: readonly Say[];
}

/** A finished stocktake: the result words, the report's sheet and what it found. */
export interface StocktakeFinished extends ActionDone {
  sheetName: string;
  result: StocktakeResult;
}

/**
 * A stocktake under way (docs/design.md §27). `scan` and `undo` answer at once from memory; the
 * scans are saved to the workbook in batches, after a short pause and on `finish`.
 */
export interface StocktakeRun {
  readonly sheetName: string;
  /** Scans found in the workbook and taken up again (0 for a new stocktake). */
  readonly resumed: number;
  /** One scan as the scanner typed it. */
  scan(text: string): StocktakeAnswer;
  /** Takes the last scan back; undefined when there is none. */
  undo(): StocktakeAnswer | undefined;
  progress(): StocktakeProgress;
  /** The answers so far, in scan order. */
  answers(): readonly StocktakeAnswer[];
  /** Writes the scans not saved yet. */
  save(): Promise<Result<void>>;
  /** Saves, writes the report sheet in `displayLocale`'s language and ends the stocktake. */
  finish(options?: SummaryRunOptions): Promise<Result<StocktakeFinished>>;
}

/* Barcode labels (issue 17, docs/design.md §29). */
/** The selected rows, grid rows (as in `Issue.row`), or the units the last serialize or generate codes created. */
export type LabelRows = "selection" | "last-created" | readonly number[];

export interface LabelRunOptions extends RunOptions, LabelOptions {
  /** Default `l7160`. */
  layout?: LayoutId;
  /** The pane's language (BCP 47): the labels sheet's name. */
  displayLocale?: string;
}

export interface LabelsOutcome extends ActionDone {
  sheetName: string;
  labels: number;
  pages: number;
  /** Codes that got no label (the symbology cannot carry them, or they could not be drawn) and rows whose units have no code, with their cells. */
  leftOut: RefusedRow[];
  /** Grid rows with units that have no code: the pane offers to generate codes for them first. */
  uncodedRows: number[];
}

/* Problems where the operator looks (issue 18, docs/design.md §30). */
/** Marking the sheet: the check it ran and what it marked. */
export interface MarksOutcome extends ActionDone {
  check: CheckOutcome;
  /** Cells marked red (an error; a cell with an error and a warning counts here). */
  errorCells: number;
  /** Cells marked amber (warnings only). */
  warningCells: number;
  /** Marked cells that already held the user's own note: it was kept and the mark's note left out. */
  userNotesKept: number;
}

/** Whether the workbook holds the add-in's marks (kept in the workbook, so true again after reopening). */
export interface MarksState {
  /** The sheet the marks are on, by its current name; null when no sheet has marks. */
  sheetName: string | null;
  /** Cells marked. */
  cells: number;
}

/** The add-in's entry rules (data validation) in the workbook. */
export interface EntryProtectionState {
  /** The sheet they are on, by its current name; null when there are none. */
  sheetName: string | null;
  /** The addresses they cover now (`Stock!B2:B1048576`). */
  ranges: string[];
}

/** The owned "Issues" sheet written by Export issues. */
export interface IssuesExportOutcome extends ActionDone {
  sheetName: string;
  /** Issues listed (one line each). */
  issues: number;
}

/** Gets every live re-check: the outcome, or why the sheet could not be re-checked. */
export type LiveCheckListener = (outcome: Result<CheckOutcome>) => void;

/**
 * The inventory sheet (docs/design.md §1) is the active sheet unless one is chosen with
 * `chooseInventorySheet`; from one of the add-in's summary sheets it is that summary's
 * source. Check, fixes, generate codes, find, summary, readHeaders and live check act on the
 * chosen sheet whichever sheet is active. Serialize and aggregate act on the selection, which
 * Excel keeps on the active sheet: with a chosen sheet that is not active they are refused
 * with a message asking to select the rows on it. A chosen sheet that was deleted goes back
 * to the active sheet with a plain message: reads (check, readHeaders, listSheets) then go on
 * with the active sheet; every other action stops with nothing changed (`kind: "sheet-missing"`).
 */
export interface InventoryApp {
  check(options?: RunOptions): Promise<Result<CheckOutcome>>;
  /** Makes the issue's cell the selection in Excel. */
  selectIssue(issue: LocatedIssue): Promise<Result<void>>;
  applyFix(issue: LocatedIssue, options?: RunOptions): Promise<ActionResult>;
  applyFixAll(rule: RuleId, options?: RunOptions): Promise<ActionResult>;
  /** Fills empty code cells of the given rows (all rows missing codes when omitted) with `PREFIX-0001` codes. */
  generateCodes(prefix: string, rows?: number[], options?: RunOptions): Promise<ActionResult>;
  previewSerialize(options?: PlanRunOptions): Promise<Result<SerializePreview>>;
  serializeSelection(options?: PlanRunOptions): Promise<ActionResult>;
  previewAggregate(options?: AggregateRunOptions): Promise<Result<AggregatePreview>>;
  aggregateSelection(options?: AggregateRunOptions): Promise<ActionResult>;
  summarize(options?: SummaryRunOptions): Promise<Result<SummaryOutcome>>;
  /**
   * Finds the row holding `code` and selects it; an unknown code is `found: false`, not a failure.
   * `part` picks among the parts holding it when codes are unique within a part.
   */
  findByCode(code: string, part?: string): Promise<Result<FindOutcome>>;
  /** Restores what the last action changed, while the sheet is unchanged since. */
  undo(): Promise<ActionResult>;
  canUndo(): boolean;
  loadSettings(): Promise<Result<SettingsOutcome>>;
  /** Validates, merges and stores; a bad value is refused with a message, never half-applied. */
  saveSettings(changes: Partial<Settings>): Promise<Result<SettingsOutcome>>;
  readHeaders(): Promise<Result<HeaderInfo>>;
  /**
   * Starts or stops re-checking after edits (debounced; our own writes are ignored). Re-checks
   * pause while the pane is hidden (shared runtime) and run once on showing it if the sheet
   * changed meanwhile; the sheet watched is the one `check` last checked.
   */
  setLiveCheck(enabled: boolean, listener: LiveCheckListener): Promise<Result<void>>;
  /**
   * The page says the pane is shown (`true`: it mounted visible, or `visibilitychange` to
   * visible) or hidden. Live check counts it with Office's own visibility events: hidden to
   * shown by any signal re-checks once (docs/design.md §15).
   */
  paneShown(visible: boolean): void;
  /** True when a signal (Office's event, the page, the pane's mount) says the pane is shown now. */
  isPaneShown(): boolean;
  /** Calls `listener` each time the pane goes from hidden to shown, by any signal; returns a remover. */
  onPaneShown(listener: () => void): () => void;
  /**
   * Asks Office to show the pane; true when it is shown (already, or a signal says so within a
   * moment), false when Office would not (a Marketplace add-in: docs/design.md §15). Never rejects.
   */
  revealPane(): Promise<boolean>;
  /** The workbook's worksheets for the "Inventory sheet" picker, and the current choice (one sync). */
  listSheets(): Promise<Result<SheetList>>;
  /** Chooses the inventory sheet for this session (kept by id), or null for the active sheet. Runs nothing. */
  chooseInventorySheet(sheet: SheetRef | null): void;
  /**
   * Starts a stocktake of the inventory sheet, or resumes the one under way with the scans kept
   * in the workbook (docs/design.md §27). Scans are then answered in memory by the run.
   */
  startStocktake(options?: RunOptions): Promise<Result<StocktakeRun>>;
  /**
   * Barcode labels (issue 17) for the codes of the selected rows, of given grid rows, or of the
   * units the last serialize or generate codes created, on the add-in's labels sheet.
   */
  labels(rows: LabelRows, options?: LabelRunOptions): Promise<Result<LabelsOutcome>>;
  /**
   * Checks the inventory sheet and marks every problem cell on it (red: error, amber: warning)
   * with a note in `displayLocale`'s language; marks from before move with the check (issue 18).
   */
  markIssues(options?: SummaryRunOptions): Promise<Result<MarksOutcome>>;
  /** Takes the add-in's marks away, leaving every cell as the user left it. */
  clearMarks(options?: RunOptions): Promise<ActionResult>;
  /** Whether the workbook holds marks (the Check tab's toggle after reopening). */
  marksState(): Promise<Result<MarksState>>;
  /** Data validation on the quantity and codes columns, with words in `displayLocale`'s language. */
  protectEntry(options?: SummaryRunOptions): Promise<ActionResult>;
  /** Takes exactly the add-in's entry rules away, and no others. */
  removeEntryProtection(options?: RunOptions): Promise<ActionResult>;
  entryProtectionState(): Promise<Result<EntryProtectionState>>;
  /** Writes the owned "Issues" sheet (localized name): each issue with a link to its cell. */
  exportIssues(options?: SummaryRunOptions): Promise<Result<IssuesExportOutcome>>;
}
