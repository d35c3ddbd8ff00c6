/**
 * The engine's public API (SPEC §10). Other layers import from here only.
 * Pure TypeScript + zod: no Office, no DOM.
 */
export * from "./types";
export { settingsSchema, parseSettings } from "./settings";
export type { Settings, SettingsInput } from "./settings";
export { InventoryArgumentError } from "./errors";
export { checkInventory, codeIndexOf } from "./check";
export { planSerialize } from "./serialize";
export { planAggregate } from "./aggregate";
export { summarizeByCategory, UNCATEGORIZED, TOTAL } from "./summary";
export { planFix } from "./fixes";
export { planGenerateCodes } from "./generate-codes";
export { buildCodeIndex } from "./find";
export { detectTable } from "./detect-table";
export { toAddress, columnLetters, parseAddress, excelRow, isEmpty, isExcelError, EXCEL_ERRORS, EXCEL_MAX_ROWS } from "./cells";
export { ROLE_ALIASES, headerKey } from "./columns";
export { splitCodes, codeKey } from "./codes";
export { decimalsOf, toMinor, fromMinor, splitEvenly, parseNumberText } from "./money";
