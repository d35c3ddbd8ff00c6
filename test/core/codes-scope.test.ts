/** Issue 13 points 5 and 6: the duplicate check scoped to a part; a whole cell as one code. */
import { buildCodeIndex, checkInventory, findCodeInCells, groupByPart, partColumnOf, planSerialize, summarizeByCategory } from "../../src/core";

const STOCK = [["Part", "Serial", "Quantity"], ["Drill", "1", 1], ["Drill", "2", 1], ["Saw", "1", 1], ["saw ", "2", 1], ["Saw", "2", 1]];

test("codesUniqueWithin: serial 1 of two parts is two units; a repeat within one part is still a duplicate", () => {
  expect(checkInventory(STOCK).issues.filter((i) => i.rule === "codes-duplicate").map((i) => i.row)).toEqual([1, 2, 3, 4, 5]);
  const scoped = checkInventory(STOCK, { codesUniqueWithin: "Part" });
  expect(scoped.issues.filter((i) => i.rule === "codes-duplicate").map((i) => i.message)).toEqual([
    'B5: code "2" is also in row 6', 'B6: code "2" is also in row 5',
  ]);
  expect(summarizeByCategory(STOCK, { codesUniqueWithin: "Part" }).countedRows).toBe(3);
});

test("a scope column that is not there keeps the whole-sheet check and says so", () => {
  const report = checkInventory(STOCK, { codesUniqueWithin: "SKU" });
  expect(report.issues.filter((i) => i.rule === "codes-duplicate")).toHaveLength(5);
  expect(report.notes?.map((n) => n.message)).toEqual([
    'Codes should be unique within "SKU", but no column has that header: duplicates were looked for over the whole sheet.',
  ]);
});

test("find returns every row holding the code, one per part", () => {
  expect(buildCodeIndex(STOCK, { codesUniqueWithin: "Part" }).find("1")).toEqual([1, 3]);
});

test("oneCodePerCell: a SKU with commas is one code, found whole, and serialize continues its number", () => {
  const grid = [["SKU", "Qty"], ["SZF 0-0,4X2,5", 2], ["SZF 0-0,4X2,5", 1]];
  expect(checkInventory(grid).issues.map((i) => i.rule)).toContain("codes-space");
  const one = checkInventory(grid, { oneCodePerCell: true, ignoredRules: [] });
  expect(one.issues.map((i) => `${i.rule}@${i.row}`)).toEqual(["codes-duplicate@1", "codes-duplicate@2"]);
  const single = [["SKU", "Qty"], ["SZF 0-0,4X2,5", 2]];
  expect(checkInventory(single, { oneCodePerCell: true }).issues).toEqual([]);
  expect(findCodeInCells(["SZF 0-0,4X2,5", "X"], "szf 0-0,4x2,5", { oneCodePerCell: true })).toEqual([0]);
  expect(planSerialize(single, [1], { oneCodePerCell: true }).replacements[0].rows.map((r) => r[0])).toEqual(["SZF 0-0,4X2,5", "SZF 0-0,4X2,6"]);
});

test("find by code groups its rows by part, so the pane can ask which part was meant", () => {
  const table = { headerRow: 0, columns: { quantity: 2, codes: 1 }, headers: ["Part", "Serial", "Quantity"] };
  expect(partColumnOf(table, { codesUniqueWithin: "part" })).toBe(0);
  expect(partColumnOf(table, { codesUniqueWithin: "SKU" })).toBeUndefined();
  expect(partColumnOf(table)).toBeUndefined();
  const parts = STOCK.slice(1).map((r) => r[0]);
  expect(groupByPart(parts, findCodeInCells(STOCK.slice(1).map((r) => r[1]), "2"))).toEqual([
    { part: "Drill", rows: [1] }, { part: "saw", rows: [3, 4] },
  ]);
});
