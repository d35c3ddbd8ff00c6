/**
 * The Excel, Office and OfficeExtension namespaces the host installs: Excel.run, the
 * enums our adapter uses (string values as in @types/office-js), Office.onReady,
 * requirement sets, ribbon/add-in calls, and OfficeExtension.Error.
 */
import { ClientResult, HostRequestContext, type RunOptions } from "./context";
import { ErrorCode, HostOfficeError, officeError } from "./errors";
import { versionAtLeast, type HostCore } from "./host-core";
import { attachPaneVisibility, PaneVisibility, type VisibilityEvents, type VisibilityMode } from "./pane-visibility";
import type { Ribbon } from "./ribbon";
import type { OfficeCalls } from "./types";
import { Workbook } from "./workbook";

export const ExcelEnums = {
  InsertShiftDirection: { down: "Down", right: "Right" },
  DeleteShiftDirection: { up: "Up", left: "Left" },
  RangeCopyType: { all: "All", formulas: "Formulas", values: "Values", formats: "Formats" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks", resetContents: "ResetContents" },
  ChartType: {
    columnClustered: "ColumnClustered", columnStacked: "ColumnStacked", barClustered: "BarClustered", barStacked: "BarStacked",
    line: "Line", pie: "Pie", area: "Area", xyscatter: "XYScatter", doughnut: "Doughnut",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
  EventSource: { local: "Local", remote: "Remote" },
  EventType: { worksheetChanged: "WorksheetChanged", worksheetSelectionChanged: "WorksheetSelectionChanged" },
  DataChangeType: {
    unknown: "Unknown", rangeEdited: "RangeEdited", rowInserted: "RowInserted", rowDeleted: "RowDeleted",
    columnInserted: "ColumnInserted", columnDeleted: "ColumnDeleted", cellInserted: "CellInserted", cellDeleted: "CellDeleted",
  },
  RangeValueType: { unknown: "Unknown", empty: "Empty", string: "String", integer: "Integer", double: "Double", boolean: "Boolean", error: "Error", richValue: "RichValue" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  SpecialCellType: {
    conditionalFormats: "ConditionalFormats", dataValidations: "DataValidations", blanks: "Blanks", constants: "Constants",
    formulas: "Formulas", sameConditionalFormat: "SameConditionalFormat", sameDataValidation: "SameDataValidation", visible: "Visible",
  },
  ErrorCodes: {
    accessDenied: "AccessDenied", apiNotFound: "ApiNotFound", generalException: "GeneralException",
    insertDeleteConflict: "InsertDeleteConflict", invalidArgument: "InvalidArgument", invalidOperation: "InvalidOperation",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode", invalidReference: "InvalidReference",
    invalidSelection: "InvalidSelection", itemAlreadyExists: "ItemAlreadyExists", itemNotFound: "ItemNotFound",
    nonBlankCellOffSheet: "NonBlankCellOffSheet", notImplemented: "NotImplemented", undoNotSupported: "UndoNotSupported",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded", unsupportedOperation: "UnsupportedOperation",
  },
} as const;

type Batch<T> = (context: HostRequestContext & { workbook: Workbook }) => Promise<T>;

export function createExcelNamespace(core: HostCore) {
  const newContext = (options: RunOptions = {}) => {
    const ctx = new HostRequestContext(core, options) as HostRequestContext & { workbook: Workbook };
    ctx.workbook = new Workbook(ctx);
    ctx.application = ctx.workbook.application;
    return ctx;
  };
  /** Excel.run(batch), Excel.run(options, batch), or Excel.run(objectOrContext, batch) to reuse a context. */
  async function run<T>(a: RunOptions | Batch<T> | { context?: unknown }, b?: Batch<T>): Promise<T> {
    const batch = typeof a === "function" ? a : b;
    if (typeof batch !== "function") throw officeError(ErrorCode.invalidArgument, "Excel.run needs a batch function.");
    const previous = a instanceof HostRequestContext ? a
      : a && typeof a === "object" && (a as { context?: unknown }).context instanceof HostRequestContext
        ? ((a as { context: HostRequestContext }).context) : null;
    const options = typeof a === "function" || previous ? {} : (a as RunOptions);
    core.stats.runs += 1;
    if (options.mergeUndoGroup) core.stats.mergeUndoGroupRuns += 1;
    const ctx = (previous as (HostRequestContext & { workbook: Workbook }) | null) ?? newContext(options);
    ctx.finished = false;
    core.openContexts.add(ctx);
    try {
      const pending = batch(ctx) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== "function") {
        throw officeError(ErrorCode.runMustReturnPromise, "The batch function passed to Excel.run must return a promise.");
      }
      const value = await (pending as Promise<T>);
      if (ctx.queue.length) await ctx.sync();
      return value;
    } finally {
      ctx.finished = true;
      core.openContexts.delete(ctx);
    }
  }
  class RequestContext extends HostRequestContext {
    constructor() {
      super(core);
      const wb = new Workbook(this);
      this.workbook = wb;
      this.application = wb.application;
    }
  }
  return { ...ExcelEnums, run, RequestContext, ClientResult };
}

export function createOfficeExtensionNamespace() {
  return {
    Error: HostOfficeError,
    ErrorCodes: {
      accessDenied: "AccessDenied", generalException: "GeneralException", activityLimitReached: "ActivityLimitReached",
      invalidObjectPath: "InvalidObjectPath", propertyNotLoaded: "PropertyNotLoaded", valueNotLoaded: "ValueNotLoaded",
      invalidRequestContext: "InvalidRequestContext", invalidArgument: "InvalidArgument", runMustReturnPromise: "RunMustReturnPromise",
      cannotRegisterEvent: "CannotRegisterEvent", apiNotFound: "ApiNotFound", connectionFailure: "ConnectionFailure",
    },
    ClientResult,
    config: { extendedErrorLogging: false },
  };
}

export interface OfficeOptions {
  platform: string;
  requirementSets: Record<string, string>;
  calls: OfficeCalls;
  ribbon: Ribbon;
  pane?: { startsAs?: VisibilityMode; events?: VisibilityEvents };
  showAsTaskpaneIgnored?: boolean;
  /** `Office.context.contentLanguage` (the editing language): the seeded culture's name. */
  contentLanguage?: string;
}

export function createOfficeNamespace(options: OfficeOptions) {
  const info = { host: "Excel", platform: options.platform };
  const visibility = new PaneVisibility(options.pane?.startsAs, options.pane?.events);
  const office = {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: "Excel",
      platform: options.platform,
      displayLanguage: "en-US",
      contentLanguage: options.contentLanguage ?? "en-US",
      diagnostics: { host: "Excel", platform: options.platform, version: "16.0.0.0" },
      ui: {
        /** DialogApi 1.1: records the URL and answers with a dialog that can be closed. */
        displayDialogAsync(url: string, _options: unknown, callback?: (result: { status: string; value: unknown }) => void): void {
          options.calls.dialogs.push(url);
          const dialog = { close: () => undefined, addEventHandler: () => undefined, messageChild: () => undefined };
          queueMicrotask(() => callback?.({ status: "succeeded", value: dialog }));
        },
      },
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          const have = options.requirementSets[name];
          return have !== undefined && versionAtLeast(have, version ?? "1.1");
        },
      },
    },
    actions: {
      associate(id: string, fn: (event: unknown) => void): void {
        options.ribbon.associate(id, fn);
      },
    },
    addin: {
      showAsTaskpane(): Promise<void> {
        options.calls.showAsTaskpane += 1;
        // Marketplace add-ins: Office ignores the call ("Show or hide the task pane", since 2026-02-23).
        if (!options.showAsTaskpaneIgnored) void visibility.set("Taskpane");
        return Promise.resolve();
      },
      hide(): Promise<void> {
        options.calls.hide += 1;
        void visibility.set("Hidden");
        return Promise.resolve();
      },
      // SharedRuntime 1.1; see pane-visibility.ts.
      onVisibilityModeChanged(handler: (message: { visibilityMode: "Hidden" | "Taskpane" }) => void): Promise<() => Promise<void>> {
        return visibility.add(handler);
      },
      setStartupBehavior(): Promise<void> {
        return Promise.resolve();
      },
      getStartupBehavior(): Promise<string> {
        return Promise.resolve("None");
      },
    },
  };
  attachPaneVisibility(office, visibility);
  return office;
}
