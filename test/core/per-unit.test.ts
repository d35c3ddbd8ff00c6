/** Issue 13 point 3: per-unit amounts are copied on serialize, must agree on aggregate, and show as stock value. */
import { planAggregate, planSerialize, summarizeByCategory, type CellValue } from "../../src/core";

const HEAD: CellValue[] = ["Name", "Qty", "SKU", "Category", "List price", "Purchase cost"];

test("serialize copies a detected per-unit price to every unit and still splits a total cost", () => {
  const plan = planSerialize([HEAD, ["Frame", 3, "F-1", "Frames", 89.9, 30]], [1]);
  expect(plan.replacements[0].rows.map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
    [1, "F-1", 89.9, 10], [1, "F-2", 89.9, 10], [1, "F-3", 89.9, 10],
  ]);
});

test("aggregate merges units that agree on the price and refuses, naming the column, when they differ", () => {
  const same = planAggregate([HEAD, ["Frame", 1, "F-1", "Frames", 89.9, 10], ["Frame", 1, "F-2", "Frames", 89.9, 12]], [1, 2]);
  expect(same.merges[0].row).toEqual(["Frame", 2, "F-1, F-2", "Frames", 89.9, 22]);
  const differ = planAggregate([HEAD, ["Frame", 1, "F-1", "Frames", 89.9, 10], ["Frame", 1, "F-2", "Frames", 79.9, 10]], [1, 2]);
  expect(differ.merges).toEqual([]);
  expect(differ.refused.map((r) => r.columns)).toEqual([["List price"], ["List price"]]);
  expect(differ.refused[0].reason).toContain("List price");
});

test("the summary shows stock value = Σ price × units per category, and the per-unit price is not summed as income", () => {
  const s = summarizeByCategory([
    HEAD, ["Frame", 3, "F-1", "Frames", 89.9, 30], ["Lens", 2, "L-1", "Lenses", 12.5, 0], ["Frame B", 1, "F-9", "Frames", 100, 0],
  ]);
  expect(s.categories.map((c) => [c.category, c.stockValue, c.income])).toEqual([
    ["Frames", { "List price": 369.7 }, 0], ["Lenses", { "List price": 25 }, 0],
  ]);
  expect(s.totals.stockValue).toEqual({ "List price": 394.7 });
});

test("a per-unit cell that is not a number makes that stock value unknown (null), never a guess", () => {
  const s = summarizeByCategory([["Qty", "SKU", "Daily rate"], [2, "A", 10], [1, "B", "call us"]]);
  expect(s.totals.stockValue).toEqual({ "Daily rate": null });
  expect(summarizeByCategory([["Qty", "SKU", "Daily rate"], [2, "A", 10], [1, "B", "7.5"]]).totals.stockValue).toEqual({ "Daily rate": 27.5 });
});

test("perUnitColumns names the columns instead of detection; [] turns it off", () => {
  const grid: CellValue[][] = [["Qty", "SKU", "Deposit", "List price"], [2, "A", 50, 10]];
  expect(summarizeByCategory(grid, { perUnitColumns: ["deposit"] }).totals.stockValue).toEqual({ Deposit: 100 });
  expect(summarizeByCategory(grid, { perUnitColumns: [] }).totals.stockValue).toBeUndefined();
  expect(summarizeByCategory([["Qty", "Code", "Income"], [2, "A", 10]]).totals.stockValue).toBeUndefined();
});
