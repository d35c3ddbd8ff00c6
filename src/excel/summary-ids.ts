/** How the add-in recognises its own summary sheets (SPEC §5) and finds their source. */

/** Custom-property key on a summary sheet (ExcelApi 1.12); its value is the source sheet's name. */
export const SUMMARY_TAG = "InventoryRowsSummary";

/**
 * Workbook setting mapping each summary sheet's id to its source sheet's name: the
 * tag where custom properties are missing, and how a rerun from the summary sheet
 * finds its inventory.
 */
export const SUMMARY_IDS_KEY = "inventoryRows.summarySheets";

/** How many names the summary writer tries: `base`, `base (2)` … `base (20)`. */
const MAX_SUMMARY_NAMES = 20;

/**
 * The names the summary writer gives its report, in the order it tries them: `base`, then
 * `base (2)` … `base (20)`, each cut to Excel's 31 characters.
 *
 * @example summaryNames("Inventory summary")[1] // "Inventory summary (2)"
 */
export function summaryNames(base: string): string[] {
  const names = [base];
  for (let i = 2; i <= MAX_SUMMARY_NAMES; i++) {
    const suffix = ` (${i})`;
    names.push(base.slice(0, 31 - suffix.length) + suffix);
  }
  return names;
}

/** The stored id → source map; anything else stored there counts as empty. */
export function summaryMap(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === "string")) as Record<string, string>;
}
