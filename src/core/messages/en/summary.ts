/**
 * The summary sheet's words (issue 15, design.md §23): its default name, the title block's
 * labels and the table's headings, as src/core/summary-layout.ts lays them out. The chart title,
 * the temporary sheet name (excel.ts), the totals line (engine.ts) and the stock value heading
 * (real-shapes.ts) live in their own areas.
 */
export const SUMMARY = {
  // Excel's limit is 31 characters, and `summaryNames` adds ` (20)`: keep a name to 26.
  "summary-sheet-name": "Inventory summary",
  "summary-label-source-sheet": "Source sheet",
  "summary-label-rows-counted": "Rows counted",
  "summary-label-rows-excluded": "Rows excluded (errors)",
  "summary-label-created": "Created",
  // The table's headings, left to right (an Excel table needs them distinct).
  "summary-heading-category": "Category",
  "summary-heading-income": "Income",
  "summary-heading-expense": "Expense",
  "summary-heading-net": "Net",
  "summary-heading-margin": "Margin",
  "summary-heading-records": "Records",
  "summary-heading-serialized-records": "Serialized records",
  "summary-heading-aggregated-records": "Aggregated records",
  "summary-heading-units": "Units",
  "summary-heading-income-per-unit": "Income per unit",
} as const;
