/** A category summary written by hand, with and without the availability and return columns (issue 16). */
import type { CategorySummary, SummaryLine } from "../../src/core";

function line(category: string, over: Partial<SummaryLine>): SummaryLine {
  return {
    category, records: 1, serializedRecords: 1, aggregatedRecords: 0, units: 0, income: 0, expense: 0, net: 0, margin: null, incomePerUnit: null,
    availableUnits: 0, outUnits: 0, unavailableUnits: 0, availability: null, utilisation: null, purchaseValue: 0, returnOnPurchase: null,
    ...over,
  };
}

/**
 * Cars: 4 units, 1 available, 2 out, 1 in repair; bought for 20 000, netting 1 500.
 * Poles: 10 units, all available, no purchase value (return null), utilisation 0.
 * Tents: 0 units (every ratio null). `tracks` null: a summary without them (as before issue 16).
 */
export function fleetSummary(tracks: CategorySummary["tracks"] | null = { availability: true, purchase: true }): CategorySummary {
  const cars = line("Cars", {
    records: 4, units: 4, income: 2000, expense: 500, net: 1500, margin: 0.75, incomePerUnit: 500,
    availableUnits: 1, outUnits: 2, unavailableUnits: 1, availability: 0.25, utilisation: 2 / 3, purchaseValue: 20000, returnOnPurchase: 0.075,
  });
  const poles = line("Poles", {
    records: 2, serializedRecords: 0, aggregatedRecords: 2, units: 10, income: 100, expense: 0, net: 100, margin: 1, incomePerUnit: 10,
    availableUnits: 10, availability: 1, utilisation: 0,
  });
  const tents = line("Tents", { records: 1 });
  const totals = line("Total", {
    records: 7, serializedRecords: 5, aggregatedRecords: 2, units: 14, income: 2100, expense: 500, net: 1600, margin: 1600 / 2100, incomePerUnit: 150,
    availableUnits: 11, outUnits: 2, unavailableUnits: 1, availability: 11 / 14, utilisation: 2 / 13, purchaseValue: 20000, returnOnPurchase: 0.08,
  });
  return { categories: [cars, poles, tents], totals, countedRows: 7, excludedRows: 0, ...(tracks ? { tracks } : {}) };
}
