/**
 * The engine's public API (docs/design.md §10). Other layers import from here only.
 * Pure TypeScript + zod: no Office, no DOM.
 *
 * Every function takes the grid as Office.js `Range.values` gives it (header row
 * included) and optional settings (validated; bad settings throw
 * `InventoryArgumentError`, as does a grid that is not an array of rows). Bad cell
 * data never throws: it comes back as issues and refusals.
 *
 * Reuse: `summarizeByCategory`, `planSerialize`, `planAggregate`, `planFix` and
 * `planGenerateCodes` take the `CheckReport` of the same `values` as an optional
 * last argument and then skip their own check; `codeIndexOf(report)` gives the
 * code index the check built (see check.ts).
 */
export * from "./types";
export { settingsSchema, parseSettings } from "./settings";
export type { Settings, SettingsInput } from "./settings";
export { InventoryArgumentError } from "./errors";
export { checkInventory, codeIndexOf } from "./check";
export type { ScanOutcome, ScanResult, StocktakeRecord, StocktakeCategory, StocktakeResult } from "./stocktake-types";
export { StocktakeSession, planStocktake, cleanScan, type StocktakeTotals } from "./stocktake";
export { InventoryIndex, type IndexUpdate, type FullCheckReason } from "./inventory-index";
export { planSerialize } from "./serialize";
export { planAggregate } from "./aggregate";
export { countBelow, finalRows } from "./sheet-change";
export { summarizeByCategory, UNCATEGORIZED, TOTAL } from "./summary";
export {
  SUMMARY_HEADERS, SUMMARY_MONEY_COLUMNS, SUMMARY_MARGIN_COLUMN, SUMMARY_TABLE_ROW, TITLE_ROWS,
  DEFAULT_MONEY_FORMAT, MARGIN_FORMAT, TIME_FORMAT, SHEET_NAME_MAX, summaryLineCells, titleBlock, moneyFormat, summaryNames, marginText,
  stockValueColumns, summaryHeadersOf, summaryMoneyColumnsOf, summaryHeadings, summaryTableCells, summaryBaseName, summaryNamesInEveryLanguage,
} from "./summary-layout";
export { summaryPercentColumnsOf, availabilityColumnOf } from "./summary-layout";
export { trackedColumnsOf, type TrackedColumn, type TrackedKind } from "./summary-tracked";
export { HEADER_SEARCH_ROWS, headerWindow, isBlankRow, windowRows } from "./header-window";
export { text, textIn, textOf, say, sayIn, valuesIn, type MessageId, type MessageValues, type Say, UI_LANGUAGES, catalogueOf, hasCatalogue, uiLanguageOf, type Translation, type UiLanguage } from "./messages";
export { EN } from "./messages";
export { outsideInventoryNote } from "./report-notes";
export { RULE_TITLES, RULE_ORDER } from "./rule-titles";
export { planFix } from "./fixes";
export { planGenerateCodes } from "./generate-codes";
export { buildCodeIndex, findCodeInCells } from "./find";
export { groupByPart, partColumnOf, type CodePart } from "./find-parts";
export { detectTable } from "./detect-table";
export {
  toAddress, columnLetters, parseAddress, excelRow, isEmpty, isExcelError, EXCEL_ERRORS, EXCEL_MAX_ROWS, EXCEL_MAX_COLUMNS, EXCEL_MAX_CELL_CHARS,
} from "./cells";
export { ROLE_ALIASES, headerKey, headerText } from "./columns";
export { splitCodes, codeKey } from "./codes";
export { decimalsOf, toMinor, fromMinor, splitEvenly, parseNumberText, type NumberText } from "./money";
export { numberSymbols, groupCharacters, cultureTag, cultureName, DEFAULT_LOCALE, type NumberSymbols } from "./locale-numbers";
export {
  LANGUAGES as HEADER_LANGUAGES, CATALOGUES as HEADER_CATALOGUES, languageOf, type Language as HeaderLanguage, type Catalogue as HeaderCatalogue,
} from "./locales";
export { STATUS_CLASSES, classifyStatus, statusWordFor, unitsByClass, type StatusClass, type UnitsByClass, type RowAvailability } from "./availability";
export { statusKey, STATUS_WORDS, type StatusWords } from "./status-words";
export * from "./label-types";
export { LABEL_LAYOUTS, LAYOUT_IDS, DEFAULT_LAYOUT, labelsPerPage, labelPosition, labelSheetGrid, labelCell, labelPageBreaks, mmToPoints, labelPagesOver, MAX_SHEET_PAGES } from "./label-layouts";
export { planLabels, MAX_COPIES } from "./labels";
export { shown as quotedCode } from "./label-symbology";
export { MARK_FORMULAS, MARK_COLOURS, MAX_AREAS_ADDRESS, markLevelOf, markedCells, markNoteText, markNoteEnglish, markRects, markRectAddress, addressChunks, noteHash, type MarkLevel, type MarkedCell, type MarkRect } from "./marks";
