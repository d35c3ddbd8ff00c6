/** The Excel adapter: the only code that calls Office.js. `src/app` imports from here only. */
export * from "./addresses";
export * from "./errors";
export { ExcelActionError } from "./excel-action-error";
export { ActionRefusedError } from "./action-refused-error";
export { sayOfError, spoken, type Spoken } from "./spoken";
export { problemsOf, type ParseProblems } from "./settings-problems";
export type { UndoLabel } from "./undo";
export { runExcel, isExcelApiSupported, StepFailure, syncStep, UngroupedRunNeeded, type ExcelContext, type StepId } from "./office-run";
export { readInventory, inventorySheet, selectionOnSheet, FIRST_BLOCK_ROWS, type InventoryRead, type ReadOptions } from "./read-inventory";
export { applyCellEdits, runsFromEdits, type CellRun } from "./apply-edits";
export { applySerialize } from "./apply-serialize";
export { applyAggregate } from "./apply-aggregate";
export { writeSummarySheet, SUMMARY_TAG, SUMMARY_IDS_KEY, type SummaryWrite } from "./summary-sheet";
export { applyUndo, type UndoRecord } from "./undo";
export { settingsFromStored, loadStoredSettings, storeSettings, SETTINGS_KEY, type StoredSettings } from "./settings-store";
export { watchSheet, isUserChange, type LiveSubscription, type LiveCheckHooks, type UserChange } from "./live-check";
export { canProbeFormulas, queueFormulaProbe } from "./formula-probe";
export { readChangedRows, maxChangedRows, isTooLargeToRead, type ChangedRowsRead, type ChangedRowsRequest } from "./read-changed-rows";
export { watchPaneVisibility, showTaskpane, openDialog, type PaneVisibilityListener } from "./pane-visibility";
export { readColumn } from "./read-column";
export { readRowFormulas } from "./read-formulas";
export { dependentsOutside } from "./read-dependents";
export { listWorksheets, isMissingSheet, type WorksheetInfo, type WorksheetList } from "./worksheet-list";
export { selectCell, selectRow } from "./select";
export { readCodesColumn } from "./find-code";
export { queueExcelCulture } from "./excel-culture";
export { readStoredStocktake, saveScans, addScansSheet, removeStoredStocktake, SCANS_TAG, STOCKTAKE_KEY, type StoredStocktake } from "./stocktake-scans";
export { writeStocktakeSheet, type StocktakeSheetWrite } from "./stocktake-sheet";
export { STOCKTAKE_REPORT_TAG, STOCKTAKE_REPORT_IDS_KEY, stocktakeReportSource } from "./stocktake-target";
export {
  writeLabelsSheet, requireLabelsApi, labelBlocks, LABELS_TAG, LABELS_IDS_KEY, LABEL_BLOCK_BYTES, LABELS_PROGRESS_FROM,
  type LabelsSheetWrite, type SheetLabel,
} from "./labels-sheet";
export { pictureAreaMm } from "./labels-geometry";
export type { LabelPicture } from "./labels-block";
export { activeIssuesSheetSource } from "./issues-sheet-source";
export { writeIssuesSheet, ISSUES_TAG, ISSUES_IDS_KEY, ISSUES_PROGRESS_FROM, type IssueLine, type IssuesSheetWrite } from "./issues-sheet";
export {
  applyEntryValidation, readEntryRecord, readEntryState, ENTRY_RULES_KEY, type EntryTarget, type EntryApply,
} from "./entry-validation";
export { removeEntryValidation, type EntryRemoval } from "./entry-validation-remove";
export { writeMarks, clearMarksIn, MarksNeedNewerExcel, MARKS_PROGRESS_FROM, type MarkOptions, type MarksWritten, type MarkTarget } from "./marks-apply";
export { MARKS_KEY, MAX_MARK_NOTES, queueMarksRecord, recordFromStored, type MarksRecord, type MarkNoteKind } from "./marks-store";
export { readMarksState } from "./marks-store";
