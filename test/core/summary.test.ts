import { checkInventory, planSerialize, summarizeByCategory, type CellValue } from "../../src/core";
import { row, table } from "./helpers";

describe("summarizeByCategory", () => {
  const grid = table(
    row({ D: "skis", B: 1, C: "A", E: 100.1, F: 20.05 }),
    row({ D: "  Skis ", B: 4, C: "B", E: 0.2, F: 0 }),
    row({ D: "Helmets", B: 1, C: "C", E: 0, F: 5 }),
    row({ D: "", B: 2, C: "D", E: 10, F: 1 }),
    row({ D: "alpine  touring", B: 1, C: "E", E: 3, F: 1 }),
    row({ D: "Alpine touring", B: 1, C: "F", E: 1, F: "" }),
    row({ D: "Skis", B: -1, C: "G", E: 1000, F: 0 }),
  );

  test("lines per category A→Z ignoring case, first spelling shown, (uncategorized) last", () => {
    const s = summarizeByCategory(grid);
    expect(s.categories.map((c) => c.category)).toEqual(["alpine touring", "Helmets", "skis", "(uncategorized)"]);
    expect(s.countedRows).toBe(6);
    expect(s.excludedRows).toBe(1);
  });

  test("records, units and money per category; margin null when income is 0", () => {
    const s = summarizeByCategory(grid);
    expect(s.categories[2]).toEqual({
      category: "skis", records: 2, serializedRecords: 1, aggregatedRecords: 1, units: 5,
      income: 100.3, expense: 20.05, net: 80.25, margin: 8025 / 10030, incomePerUnit: 100.3 / 5,
      // Without a status or available column every unit is available (design.md §28).
      availableUnits: 5, outUnits: 0, unavailableUnits: 0, availability: 1, utilisation: 0, purchaseValue: 0, returnOnPurchase: null,
    });
    expect(s.categories[1]).toMatchObject({ category: "Helmets", income: 0, expense: 5, net: -5, margin: null, incomePerUnit: 0 });
  });

  test("a totals line that adds up exactly in minor units", () => {
    const s = summarizeByCategory(grid);
    expect(s.totals).toEqual({
      category: "Total", records: 6, serializedRecords: 4, aggregatedRecords: 2, units: 10,
      income: 114.3, expense: 27.05, net: 87.25, margin: 8725 / 11430, incomePerUnit: 11.43,
      availableUnits: 10, outUnits: 0, unavailableUnits: 0, availability: 1, utilisation: 0, purchaseValue: 0, returnOnPurchase: null,
    });
  });

  test("no category column: everything is (uncategorized); empty table gives an empty summary", () => {
    const s = summarizeByCategory([["Qty", "Code", "Income"], [1, "A", 0.1], [1, "B", 0.2]]);
    expect(s.categories.map((c) => [c.category, c.income])).toEqual([["(uncategorized)", 0.3]]);
    const empty = summarizeByCategory([["Qty", "Code"]]);
    expect(empty).toEqual({ categories: [], countedRows: 0, excludedRows: 0, totals: expect.objectContaining({ records: 0, margin: null, incomePerUnit: null }) });
  });

  test("reusing the check gives the same summary", () => {
    expect(summarizeByCategory(grid, undefined, checkInventory(grid))).toEqual(summarizeByCategory(grid));
  });

  test("an income too large to add up exactly leaves its row out instead of spoiling the totals", () => {
    const s = summarizeByCategory([["Qty", "Code", "Income"], [1, "A", 1e20], [1, "B", 1234567890123.45], [1, "C", 0.01]]);
    expect(s.excludedRows).toBe(1);
    expect(s.totals).toMatchObject({ records: 2, income: 1234567890123.46 });
  });

  test("a report is not reused once rows were appended to its values: the new rows are checked and counted", () => {
    const values: CellValue[][] = [["Qty", "Code", "Income"], [1, "A", 5]];
    const report = checkInventory(values);
    values.push([1, "B", 7], [3, "C", 1]);
    expect(summarizeByCategory(values, undefined, report).totals).toMatchObject({ records: 3, units: 5, income: 13 });
    const plan = planSerialize(values, [3], undefined, report);
    expect(plan.replacements[0].rows.map((r) => r[1])).toEqual(["C", "C-2", "C-3"]);
  });

  test("a category typed with composed or decomposed accents is one category", () => {
    const s = summarizeByCategory([["Qty", "Code", "Group"], [1, "A", "Caf\u00e9"], [1, "B", "CAFE\u0301 "]] as CellValue[][]);
    expect(s.categories.map((c) => [c.category, c.records])).toEqual([["Caf\u00e9", 2]]);
  });

  test("numbers and text with the same spelling are one category", () => {
    const s = summarizeByCategory([["Qty", "Code", "Group"], [1, "A", 2024], [1, "B", "2024"]] as CellValue[][]);
    expect(s.categories.map((c) => [c.category, c.records])).toEqual([["2024", 2]]);
  });
});
