/**
 * How the add-in recognises its own summary sheets (docs/design.md §5) and finds
 * their source. The names a report may take are the engine's `summaryNames`.
 */

/** Custom-property key on a summary sheet (ExcelApi 1.12); its value is the source sheet's name. */
export const SUMMARY_TAG = "InventoryRowsSummary";

/**
 * Workbook setting mapping each summary sheet's id to its source sheet's name: the
 * tag where custom properties are missing, and how a rerun from the summary sheet
 * finds its inventory.
 */
export const SUMMARY_IDS_KEY = "inventoryRows.summarySheets";

/** The stored id → source map; anything else stored there counts as empty. */
export function summaryMap(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === "string")) as Record<string, string>;
}
