/** The Excel adapter: the only code that calls Office.js. `src/app` imports from here only. */
export * from "./addresses";
export * from "./errors";
export { ExcelActionError } from "./excel-action-error";
export { ActionRefusedError } from "./action-refused-error";
export { runExcel, isExcelApiSupported, StepFailure, syncStep, UngroupedRunNeeded, type ExcelContext, type StepId } from "./office-run";
export { readInventory, inventorySheet, selectionOnSheet, FIRST_BLOCK_ROWS, type InventoryRead, type ReadOptions } from "./read-inventory";
export { applyCellEdits, runsFromEdits, type CellRun } from "./apply-edits";
export { applySerialize } from "./apply-serialize";
export { applyAggregate } from "./apply-aggregate";
export { writeSummarySheet, SUMMARY_TAG, SUMMARY_IDS_KEY, type SummaryWrite } from "./summary-sheet";
export { applyUndo, type UndoRecord } from "./undo";
export { settingsFromStored, loadStoredSettings, storeSettings, SETTINGS_KEY, type StoredSettings } from "./settings-store";
export { watchSheet, isUserChange, type LiveSubscription, type LiveCheckHooks } from "./live-check";
export { watchPaneVisibility, showTaskpane, openDialog, type PaneVisibilityListener } from "./pane-visibility";
export { readColumn } from "./read-column";
export { listWorksheets, isMissingSheet, type WorksheetInfo, type WorksheetList } from "./worksheet-list";
export { selectCell, selectRow } from "./select";
export { readCodesColumn } from "./find-code";
