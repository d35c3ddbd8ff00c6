/** How an Issues sheet is known as the add-in's own: its tag (ExcelApi 1.12), else its id in a workbook setting. */

/** Custom-property key on an Issues sheet; its value is the inventory sheet's name. */
export const ISSUES_TAG = "InventoryRowsIssues";
/** Workbook setting mapping each Issues sheet's id to its inventory sheet's name. */
export const ISSUES_IDS_KEY = "inventoryRows.issuesSheets";
