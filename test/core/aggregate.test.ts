import { checkInventory, planAggregate, planFix, planSerialize, type CellValue } from "../../src/core";
import { row, table } from "./helpers";

describe("planAggregate", () => {
  test("rows agreeing on every other column merge at the first row: quantity summed, codes joined, money exact", () => {
    const grid = table(row({ C: "A", E: 0.1, F: 1 }), row({ C: "B", E: 0.2, F: "" }), row({ B: 2, C: "C, D", E: 0.3, F: 2.5 }));
    const plan = planAggregate(grid, [1, 2, 3]);
    expect(plan.refused).toEqual([]);
    expect(plan.merges).toEqual([{ rows: [1, 2, 3], row: ["Ski", 4, "A, B, C, D", "Skis", 0.6, 3.5] }]);
    expect(plan.change.writes.filter((w) => w.column === 2)).toEqual([{ row: 1, column: 2, value: "A, B, C, D", asText: true }]);
  });

  test("separate groups merge separately; a row that differs is refused naming the differing columns", () => {
    const grid = table(
      row({ C: "A" }), row({ C: "B", D: "Poles" }), row({ C: "C" }), row({ C: "D", D: "Poles" }), row({ A: "Boot", C: "E", D: "Boots" }),
    );
    const plan = planAggregate(grid, [1, 2, 3, 4, 5]);
    expect(plan.merges.map((m) => m.rows)).toEqual([[1, 3], [2, 4]]);
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0]).toMatchObject({ row: 5, columns: ["Name", "Category"] });
    expect(plan.refused[0].reason).toBe("row 6 differs from row 2 in Name, Category: merging would lose them");
  });

  test("empty, null and undefined count as the same; text and numbers compare exactly", () => {
    const grid: CellValue[][] = [["Qty", "Code", "Notes", "Size"], [1, "A", "", 42], [1, "B", null, 42], [1, "C", undefined, "42"]];
    const plan = planAggregate(grid, [1, 2, 3]);
    expect(plan.merges.map((m) => m.rows)).toEqual([[1, 2]]);
    expect(plan.refused[0]).toMatchObject({ row: 3, columns: ["Size"] });
  });

  test("rows with errors are refused", () => {
    const plan = planAggregate(table(row({ C: "A" }), row({ C: "B", B: -1 }), row({ C: "C" })), [1, 2, 3]);
    expect(plan.merges.map((m) => m.rows)).toEqual([[1, 3]]);
    expect(plan.refused.map(({ row, reason }) => ({ row, reason }))).toEqual([{ row: 2, reason: "the row has an error: B3: quantity -1 is below 1" }]);
  });

  test("refused when the joined codes pass 32,767 characters", () => {
    const long = (p: string) => Array.from({ length: 300 }, (_, i) => `${p}${String(i).padStart(50, "0")}`).join(", ");
    const grid = table(row({ B: 300, C: long("A") }), row({ B: 300, C: long("B") }), row({ B: 300, C: long("C") }));
    const plan = planAggregate(grid, [1, 2, 3]);
    expect(plan.merges).toEqual([]);
    expect(plan.refused.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(plan.refused[0].reason).toMatch(/more than the 32,767 an Excel cell holds/);
  });

  test("refused, naming the cell, when an additive cell holds no number: the sum would lose it", () => {
    const grid: CellValue[][] = [["Qty", "Code", "Hours"], [1, "A", 5], [1, "B", "n/a"], [1, "C", ""]];
    const plan = planAggregate(grid, [1, 2, 3], { additiveColumns: ["Hours"] });
    expect(plan.merges).toEqual([]);
    expect(plan.refused).toMatchObject([1, 2, 3].map((row) => ({ row, reason: '"Hours" is added up when rows merge, but C3 holds "n/a", not a number' })));
    expect(planAggregate(grid, [1, 3], { additiveColumns: ["Hours"] }).merges[0].row).toEqual([2, "A, C", 5]);
  });

  test("refused when an additive sum is too large to keep exact to the cent", () => {
    const grid: CellValue[][] = [["Qty", "Code", "Km"], [1, "A", 5e13], [1, "B", 5e13]];
    const plan = planAggregate(grid, [1, 2], { additiveColumns: ["Km"] });
    expect(plan.merges).toEqual([]);
    expect(plan.refused[0].reason).toBe('"Km" is added up when rows merge, but the sum is too large to add up exactly');
  });

  test("a group holding a unit with several codes (VIN and plate) is refused whole, naming the multi-code rows", () => {
    const grid: CellValue[][] = [
      ["Qty", "Codes", "Model"],
      [1, "VIN1, PLATE1", "Car"], [1, "VIN2", "Car"], [1, "VIN3, PLATE3", "Car"], [1, "H-1", "Helmet"], [1, "H-2", "Helmet"],
    ];
    const plan = planAggregate(grid, [1, 2, 3, 4, 5]);
    expect(plan.merges).toEqual([{ rows: [4, 5], row: [2, "H-1, H-2", "Helmet"] }]);
    const reason = "2 rows (2, 4) are units with more than one code each: a pooled row could not say which codes belong to which unit, so the rows are not merged";
    expect(plan.refused).toMatchObject([1, 2, 3].map((row) => ({ row, reason })));
    expect(plan.change.deletes).toEqual([5]);
    const one = planAggregate(grid, [1, 2]);
    expect(one.merges).toEqual([]);
    expect(one.refused[0].reason).toMatch(/^row 2 is one unit with more than one code: /);
  });

  test("a pool with several codes still merges with units: only unit rows must carry one code", () => {
    const grid: CellValue[][] = [["Qty", "Codes"], [2, "A, B"], [1, "C"]];
    expect(planAggregate(grid, [1, 2]).merges).toEqual([{ rows: [1, 2], row: [3, "A, B, C"] }]);
  });

  test("a refusal names at most ten multi-code rows and counts them all", () => {
    const grid: CellValue[][] = [["Qty", "Codes"], ...Array.from({ length: 12 }, (_, i): CellValue[] => [1, `V${i}, P${i}`])];
    const plan = planAggregate(grid, grid.map((_, i) => i).slice(1));
    expect(plan.refused).toHaveLength(12);
    expect(plan.refused[0].reason).toMatch(/^12 rows \(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …\) are units/);
  });

  test("additive columns by header text are summed; a lone row is refused", () => {
    const grid: CellValue[][] = [["Qty", "Code", "Km"], [1, "A", 10.5], [1, "B", 0.25]];
    expect(planAggregate(grid, [1, 2], { additiveColumns: ["KM"] }).merges[0].row).toEqual([2, "A, B", 10.75]);
    expect(planAggregate(grid, [1]).refused[0].reason).toMatch(/nothing to merge with/);
  });
});

test("selections and fixes of 200,000 rows are planned (no limits from spreading arguments)", () => {
  const grid: CellValue[][] = [["Qty", "Code", "Loc"], ...Array.from({ length: 200_000 }, (_, i): CellValue[] => [String(1 + (i % 2)), `X${i}`, "Depot"])];
  const all = grid.map((_, i) => i);
  const report = checkInventory(grid);
  expect(planSerialize(grid, all, undefined, report).replacements).toHaveLength(100_000);
  expect(planAggregate(grid, all.slice(0, 3001), undefined, report).merges[0].row[0]).toBe(4500);
  expect(planFix(grid, report.issues, undefined, report).change.writes).toHaveLength(200_000);
});
