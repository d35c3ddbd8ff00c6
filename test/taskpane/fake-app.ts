/** A fake of the app layer for pane and ribbon tests: jest.fn()s with canned results. */
import type {
  ActionResult,
  AggregatePreview,
  CheckOutcome,
  Failure,
  FailureKind,
  FindOutcome,
  HeaderInfo,
  InventoryApp,
  LabelsOutcome,
  Result,
  SheetList,
  LocatedIssue,
  SerializePreview,
  SettingsOutcome,
  SummaryOutcome,
} from "../../src/app";
import { settingsSchema, type Fix, type RowCounts, type RuleId, type Severity, type SummaryLine } from "../../src/core";

const columnLetters = "ABCDEFGHIJ";

/** An issue at grid (row, column) on sheet Inventory, named as the user sees it (`C14`). */
export function issue(rule: RuleId, row: number, column: number, text: string, options: { severity?: Severity; fix?: Fix } = {}): LocatedIssue {
  const cell = `${columnLetters[column]}${row + 1}`;
  return {
    rule,
    severity: options.severity ?? "error",
    row,
    column,
    message: `${cell}: ${text}`,
    fix: options.fix,
    address: `Inventory!${cell}`,
  };
}

export const counts = (over: Partial<RowCounts> = {}): RowCounts => ({
  data: 10,
  blank: 0,
  valid: 7,
  invalid: 3,
  serialized: 5,
  aggregated: 2,
  units: 29,
  ...over,
});

export function checkOutcome(issues: LocatedIssue[], rows: Partial<RowCounts> = {}): CheckOutcome {
  return {
    sheetName: "Inventory",
    report: { table: { headerRow: 0, columns: { quantity: 1, codes: 2 } }, issues, rows: counts(rows) },
    issues,
    headers: ["Name", "Qty", "Stock codes", "Category", "Income", "Expense"],
    checkedAt: new Date(2026, 10, 27, 9, 30),
  };
}

/** The app's answer with `value`: what every async method of the app resolves with when it worked. */
export const success = <T>(value: T): Result<T> => ({ ok: true, value });

/** The app's answer when an action did nothing or did not finish. */
export const failed = (kind: FailureKind, message: string): Failure => ({ ok: false, kind, message });

/** A write that finished with `message`. */
export const ok = (message: string, undoable = true): ActionResult => success({ message, undoable, excelUndo: false });

/** The app refusing a serialize because of one row. */
export const refusedSerialize = (): ActionResult => ({
  ok: false,
  kind: "refused",
  message: "No row was serialized.",
  refused: [{ row: 4, address: "C5", reason: "3 codes but quantity 2" }],
});

export function line(category: string, over: Partial<SummaryLine> = {}): SummaryLine {
  return {
    category,
    records: 2,
    serializedRecords: 1,
    aggregatedRecords: 1,
    units: 5,
    income: 100,
    expense: 40,
    net: 60,
    margin: 0.6,
    incomePerUnit: 20,
    availableUnits: 5,
    outUnits: 0,
    unavailableUnits: 0,
    availability: 1,
    utilisation: 0,
    purchaseValue: 0,
    returnOnPurchase: null,
    ...over,
  };
}

/** A plan's change that touches nothing. */
export const noChange = () => ({ headerRow: 0, inserts: [], deletes: [], writes: [] });

export function serializePreview(over: Partial<SerializePreview> = {}): SerializePreview {
  return {
    sheetName: "Inventory",
    rowsAffected: 1,
    newRows: 11,
    generatedCodes: ["POLE-02", "POLE-03"],
    plan: { replacements: [], skipped: [], refused: [], generated: [], formulasAsValues: 0, change: noChange() },
    refused: [],
    skipped: [],
    needsConfirmation: false,
    formulaCells: 0,
    ...over,
  };
}

export function aggregatePreview(over: Partial<AggregatePreview> = {}): AggregatePreview {
  return { sheetName: "Inventory", groups: 1, rowsMerged: 3, plan: { merges: [], refused: [], formulasAsValues: 0, change: noChange() }, refused: [], formulaCells: 0, ...over };
}

export const defaultSettingsOutcome = (): SettingsOutcome => ({ settings: settingsSchema.parse({}), warnings: [] });

export const headerInfo = (): HeaderInfo => ({
  sheetName: "Inventory",
  headers: ["Name", "Qty", "Stock codes", "Category", "Income", "Expense", "Mileage", "Deposit"],
  detected: { name: 0, quantity: 1, codes: 2, category: 3, income: 4, expense: 5 },
});

/** Three sheets, the first active, none chosen (the pane's "Inventory sheet" shows "Active sheet"). */
export const sheetList = (over: Partial<SheetList> = {}): SheetList => ({
  sheets: [
    { id: "{S1}", name: "Inventory" },
    { id: "{S2}", name: "Stock 2026" },
    { id: "{S3}", name: "Notes" },
  ],
  activeSheet: "Inventory",
  chosen: null,
  ...over,
});

export type FakeApp = { [K in keyof InventoryApp]: jest.Mock } & InventoryApp;

/** Every method resolves with something plausible; tests override what they look at. */
/** Labels made: 2 labels on sheet Labels, nothing left out. */
export function labelsOutcome(over: Partial<LabelsOutcome> = {}): LabelsOutcome {
  return {
    message: "2 labels written to Labels on 1 page. Print the sheet with File > Print.", undoable: false, excelUndo: false,
    sheetName: "Labels", labels: 2, pages: 1, leftOut: [], uncodedRows: [], ...over,
  };
}

export function fakeApp(): FakeApp {
  const summary: SummaryOutcome = {
    message: "Category summary written to sheet Inventory summary.",
    undoable: false,
    excelUndo: false,
    summary: { categories: [line("Poles")], totals: line("Total"), countedRows: 2, excludedRows: 0 },
    sheetName: "Inventory summary",
  };
  const notFound: FindOutcome = { found: false, message: "No row holds that code." };
  const app = {
    check: jest.fn(async () => success(checkOutcome([]))),
    selectIssue: jest.fn(async () => success(undefined)),
    applyFix: jest.fn(async () => ok("Fixed 1 cell.")),
    applyFixAll: jest.fn(async () => ok("Fixed 2 cells.")),
    generateCodes: jest.fn(async () => ok("Generated 1 code.")),
    previewSerialize: jest.fn(async () => success(serializePreview())),
    serializeSelection: jest.fn(async () => ok("Serialized 1 row into 12.")),
    previewAggregate: jest.fn(async () => success(aggregatePreview())),
    aggregateSelection: jest.fn(async () => ok("Merged 3 rows into 1.")),
    summarize: jest.fn(async () => success(summary)),
    findByCode: jest.fn(async () => success(notFound)),
    undo: jest.fn(async () => ok("Undid the last action.", false)),
    canUndo: jest.fn(() => true),
    loadSettings: jest.fn(async () => success(defaultSettingsOutcome())),
    saveSettings: jest.fn(async () => success(defaultSettingsOutcome())),
    readHeaders: jest.fn(async () => success(headerInfo())),
    setLiveCheck: jest.fn(async () => success(undefined)),
    paneShown: jest.fn(),
    isPaneShown: jest.fn(() => true),
    onPaneShown: jest.fn(() => () => undefined),
    revealPane: jest.fn(async () => {
      try {
        await Office.addin.showAsTaskpane();
        return true;
      } catch {
        return false;
      }
    }),
    listSheets: jest.fn(async () => success(sheetList())),
    chooseInventorySheet: jest.fn(() => undefined),
    startStocktake: jest.fn(async () => failed("refused", "There is no inventory on sheet Inventory.")),
    labels: jest.fn(async () => success(labelsOutcome())),
    markIssues: jest.fn(async () => success({ message: "Marked 0 cells.", undoable: false, excelUndo: true, check: checkOutcome([]), errorCells: 0, warningCells: 0, userNotesKept: 0 })),
    clearMarks: jest.fn(async () => ok("Cleared the marks.")),
    marksState: jest.fn(async () => success({ sheetName: null, cells: 0 })),
    protectEntry: jest.fn(async () => ok("Protected entry in 2 columns.")),
    removeEntryProtection: jest.fn(async () => ok("Removed entry protection.")),
    entryProtectionState: jest.fn(async () => success({ sheetName: null, ranges: [] })),
    exportIssues: jest.fn(async () => success({ message: "Listed 0 issues on sheet Issues.", undoable: false, excelUndo: true, sheetName: "Issues", issues: 0 })),
  };
  return app as FakeApp;
}
