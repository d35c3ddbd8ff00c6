/**
 * Public types of the strict Office.js test host (test/host). Tests and the browser
 * bundle import these through `test/host/index.ts` only.
 */

import type { HostCultureSeed } from "./culture";

export type { HostCultureSeed } from "./culture";

/** A cell value as Office.js `Range.values` returns it. */
export type CellValue = string | number | boolean | null | undefined;

/** One worksheet in a seed workbook. Arrays are row-major and may be ragged. */
export interface SeedSheet {
  name: string;
  values?: CellValue[][];
  /** Number formats; missing or `""` means "General". */
  formats?: (string | null | undefined)[][];
  /** Formulas (`"=B2*C2"`); `null` leaves the cell's value from `values`. */
  formulas?: (string | null | undefined)[][];
  protected?: boolean;
  /** Worksheet custom properties (ExcelApi 1.12). */
  customProperties?: Record<string, string>;
  /** Excel tables on this sheet, header row included in `address` (`"A1:D20"`); `hiddenRows` (sheet row
   *  numbers, 1-based) turns the table's filter on, hiding them. */
  tables?: { name?: string; address: string; showTotals?: boolean; style?: string; hiddenRows?: number[] }[];
  /** The sheet's AutoFilter over `address`, hiding `hiddenRows` (sheet row numbers, 1-based). */
  autoFilter?: { address: string; hiddenRows?: number[] };
  /** Cell styles (bold, font colour, fill); `null` = none. Same shape as `WorkbookSnapshot` styles. */
  styles?: (CellStyle | null | undefined)[][];
  /** Charts on this sheet, as `TestHost.charts()` reports them (`sheet` and `id` may be left out). */
  charts?: (Omit<ChartInfo, "sheet" | "id" | "name" | "seriesBy" | "title" | "position" | "series"> &
    Partial<Omit<ChartInfo, "series">> & { series?: Pick<ChartSeriesInfo, "name" | "values" | "xValues">[] })[];
  /** Notes (ExcelApi 1.18), threaded comments (1.10) and hyperlinks (1.7) by cell: `{ "C5": "text" }`. */
  notes?: SheetAnnotations["notes"];
  comments?: SheetAnnotations["comments"];
  hyperlinks?: SheetAnnotations["hyperlinks"];
  /** Conditional formats, top priority first, as `TestHost.conditionalFormats()` reports them (`id` may be left out). */
  conditionalFormats?: (Omit<ConditionalFormatInfo, "id" | "type"> & { id?: string; type?: "Custom" })[];
}

/** A hyperlink as `Range.hyperlink` reads it (Excel.RangeHyperlink). */
export interface HyperlinkInfo {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/** Notes, threaded comments (content, or content and replies) and hyperlinks of a sheet, by cell address ("C5"). */
export interface SheetAnnotations {
  notes?: Record<string, string>;
  comments?: Record<string, string | { content: string; replies?: string[] }>;
  hyperlinks?: Record<string, HyperlinkInfo>;
}

/** The workbook a test host starts with. */
export interface HostSeed {
  sheets?: SeedSheet[];
  /** Name of the active sheet; default: the first. */
  active?: string;
  /** Selected cells: `"Sheet1!A5:D7"`, `"A5"` (on the active sheet) or a list of areas. */
  selection?: string | string[];
  /** Highest ExcelApi requirement set reported as supported; every call above it fails with ApiNotFound
   *  (api-sets.ts). Default "1.20", or the test run's `__HOST_EXCEL_API__` global. */
  maxExcelApi?: string;
  /** Platform reported by Office.onReady; default "OfficeOnline". */
  platform?: "PC" | "Mac" | "OfficeOnline" | "iOS" | "Android" | "Universal";
  /** `context.workbook.settings` at start (JSON-able values). */
  settings?: Record<string, unknown>;
  /** Payload limit per sync, request and response each; default 5 MB (5 * 1024 * 1024). */
  payloadLimitBytes?: number;
  /** Code of the error a write to a protected sheet fails with; default "AccessDenied". */
  protectedSheetErrorCode?: "AccessDenied" | "InvalidOperation";
  /** The task pane's visibility (SharedRuntime 1.1): how it starts (default "Taskpane") and which changes
   *  `onVisibilityModeChanged` reports (default "all"); both are undocumented in Office (issue 11). */
  pane?: { startsAs?: "Hidden" | "Taskpane"; events?: "all" | "hide-only" | "show-only" | "none" };
  /** Office ignores `Office.addin.showAsTaskpane()` (an add-in from the Marketplace, since 2026-02-23):
   *  the call resolves and the pane stays as it was. */
  showAsTaskpaneIgnored?: boolean;
  /** The culture Excel runs in (default en-US): text written to cells is read with its separators
   *  (`12,50` is 12.5 in fi-FI), `Application.cultureInfo` answers it, `Office.context.contentLanguage`
   *  is its name. `decimal`/`group` are Excel's own separators when the user turned off "Use system separators". */
  culture?: HostCultureSeed;
  /** "Today" for date coercion (`3-4` → March 4 of this year); default: the real clock. */
  today?: Date;
}

/** Per-sync record kept by the host. Inspection helpers never add to it. */
export interface HostStats {
  /** Number of `context.sync()` round trips that reached the host (failed ones included). */
  syncs: number;
  /** Request bytes of each sync, in order (UTF-8 JSON of queued writes and calls). */
  requests: number[];
  /** Response bytes of each sync, in order (UTF-8 JSON of loaded data). */
  responses: number[];
  /** Number of `Excel.run` calls made with `{ mergeUndoGroup: true }`. */
  mergeUndoGroupRuns: number;
  /** Number of `Excel.run` calls. */
  runs: number;
}

export interface TableInfo {
  name: string;
  id: string;
  sheet: string;
  /** Whole table: header, body and totals row (`"A1:D20"`, no sheet name). */
  address: string;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  headers: string[];
}

export interface ChartInfo {
  name: string;
  id: string;
  sheet: string;
  type: string;
  /** Source range as given to `charts.add` (`"Sheet1!A1:C5"`). */
  source: string;
  seriesBy: string;
  title: string;
  /** Top-left / bottom-right cells given to `setPosition`, or null. */
  position: { start: string; end: string | null } | null;
  /**
   * What the chart plots, series by series: the name, the addresses of its values and category
   * labels (null: none), and those cells' current values.
   */
  series: ChartSeriesInfo[];
}

export interface ChartSeriesInfo {
  name: string;
  values: string | null;
  xValues: string | null;
  valueCells: CellValue[];
  categories: CellValue[];
}

/** Deep-equal-friendly copy of everything the add-in could change. */
export interface WorkbookSnapshot {
  /** A sheet's `notes`, `comments`, `hyperlinks` appear only when it has some. */
  sheets: ({
    name: string;
    protected: boolean;
    values: CellValue[][];
    formulas: (string | null)[][];
    formats: string[][];
    styles: (CellStyle | null)[][];
    customProperties: Record<string, string>;
    /** Present when the sheet has any. */
    conditionalFormats?: ConditionalFormatInfo[];
  } & SheetAnnotations)[];
  active: string;
  selection: string[];
  tables: TableInfo[];
  charts: ChartInfo[];
  settings: Record<string, unknown>;
}

/** A conditional format (only `Custom` is modelled), top priority first in lists. */
export interface ConditionalFormatInfo {
  id: string;
  type: "Custom";
  /** The rule formula as set (`custom.rule.formula`). */
  formula: string;
  /** `custom.format.fill.color` / `custom.format.font.color` as set, null when not set. */
  fill: string | null;
  fontColor: string | null;
  /** The cells it applies to, in reading order: `"B5:B9, D7"`. */
  areas: string;
  /** Only when set to true. */
  stopIfTrue?: boolean;
}

/** Cell formatting beyond the number format. */
export interface CellStyle {
  bold?: boolean;
  fontColor?: string;
  fill?: string;
}

/** A change event as the host delivered it to an onChanged handler. */
export interface HostChangeEvent {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";
  source: "Local" | "Remote";
  triggerSource: "ThisLocalAddin" | "Unknown";
}

/** Decides whether a sync should fail; gets the 1-based number of that sync. */
export type SyncPredicate = (sync: { index: number; operations: string[]; grouped: boolean }) => boolean;

/** Calls recorded from the Office namespace. */
export interface OfficeCalls {
  associated: string[];
  /** Ribbon presses dropped because no function was associated with the id yet. */
  dropped: string[];
  /** Ribbon functions that called `event.completed()`, in order. */
  completed: string[];
  /** URLs given to `Office.context.ui.displayDialogAsync`, in order. */
  dialogs: string[];
  showAsTaskpane: number;
  hide: number;
}

/** The strict Office.js test host. */
export interface TestHost {
  /** Namespaces to install: typed as the real ones so adapter code compiles unchanged. */
  readonly Excel: typeof Excel;
  readonly Office: typeof Office;
  readonly OfficeExtension: typeof OfficeExtension;
  /** Puts Excel, Office and OfficeExtension on `globalObject` (default globalThis). */
  install(globalObject?: object): void;
  /** Restores what install() replaced. */
  uninstall(): void;

  // Inspection: never counts as a sync, never needs load().
  sheetNames(): string[];
  sheetValues(sheet: string): CellValue[][];
  sheetFormulas(sheet: string): (string | null)[][];
  sheetFormats(sheet: string): string[][];
  tables(sheet?: string): TableInfo[];
  charts(sheet?: string): ChartInfo[];
  /** Selected areas, each with its sheet (`"Sheet1!A5:D7"`). */
  selection(): string[];
  activeSheet(): string;
  settings(): Record<string, unknown>;
  customProperties(sheet: string): Record<string, string>;
  /** Pictures on the sheet (`shapes.addImage`), with the cell their top-left corner lies in. */
  shapes(sheet: string): ShapeInfo[];
  /** Conditional formats of the sheet, top priority first. */
  conditionalFormats(sheet: string): ConditionalFormatInfo[];
  /** Page layout, manual page breaks, gridlines, column widths and row heights (points). */
  printSetup(sheet: string): PrintSetupInfo;
  snapshot(): WorkbookSnapshot;
  /** Notes of the sheet: cell address ("C5") → content. */
  notes(sheet: string): Record<string, string>;
  /** Threaded comments of the sheet: cell address → content (replies left out). */
  comments(sheet: string): Record<string, string>;
  /** Office namespace calls (actions.associate, addin.showAsTaskpane …). */
  officeCalls(): OfficeCalls;
  /** The user presses the ribbon button running `functionId`: delivered at once; resolves "completed" when its
   *  function calls `event.completed()`, or "dropped" when no function is associated with it yet. */
  pressRibbon(functionId: string): Promise<"completed" | "dropped">;
  /** Every change event delivered so far, in order. */
  deliveredEvents(): HostChangeEvent[];

  readonly stats: HostStats;
  resetStats(): void;

  /** The user types or pastes `values` at `address` (General-format coercion applies);
   *  fires onChanged with triggerSource "Unknown". */
  userEdit(sheet: string, address: string, values: CellValue[][]): void;
  /** The user selects `address` (`"Sheet1!A5"` or on the active sheet). */
  userSelect(address: string | string[]): void;
  /** The user writes, edits or (`null`) deletes the note on one cell; fires no onChanged. */
  userNote(sheet: string, address: string, content: string | null): void;
  /** The user writes, edits or (`null`) deletes the threaded comment on one cell; fires no onChanged. */
  userComment(sheet: string, address: string, content: string | null): void;
  /** The user inserts entire rows (`"5:7"`) or deletes them: cells, tables, formulas, tracked ranges and the
   *  selection move as for the API; fires onChanged (RowInserted / RowDeleted, triggerSource "Unknown"). */
  userInsertRows(sheet: string, rows: string): void;
  userDeleteRows(sheet: string, rows: string): void;
  /** While on, every sync throws InvalidOperationInCellEditMode and applies nothing. */
  setCellEditMode(on: boolean): void;
  /** Fails the n-th following sync (1 = the next one), or every sync the predicate picks
   *  (once each), with `code` (default "GeneralException"); the failed sync applies nothing.
   *  With `afterOperations: k` the first k queued operations apply and the one after fails,
   *  as when one operation of a batch fails in Excel (a batch is not a transaction). */
  failSync(when: number | SyncPredicate, code?: string, options?: { afterOperations?: number }): void;
  /** Runs `hook` once, just before the n-th following sync (1 = the next one), or the first sync the predicate
   *  picks, is applied: the user acting between two syncs of a run (e.g. `() => host.userEdit(...)`). */
  beforeSync(when: number | SyncPredicate, hook: () => void): void;
  protect(sheet: string, on?: boolean): void;
  /** Delivers pending change events now, waits for their handlers, and rethrows the first error a handler threw. */
  flushEvents(): Promise<void>;
}

export interface ShapeInfo {
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The cell holding the top-left corner, by the sheet's column widths and row heights (`"C5"`). */
  cell: string;
  altTextDescription: string;
  /** The image as given to `addImage` (base64). */
  base64: string;
}

export interface PrintSetupInfo {
  paperSize: string;
  orientation: string;
  /** In points. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  printGridlines: boolean;
  showGridlines: boolean;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** 1-based row numbers with a manual page break above them. */
  rowBreaks: number[];
  /** Width (points) of columns A, B, … up to the last one set. */
  columnWidths: number[];
  /** Height (points) of rows 1, 2, … up to the last one set. */
  rowHeights: number[];
}
