import { checkInventory, planSerialize, type CellValue } from "../../src/core";
import { row, table } from "./helpers";

describe("planSerialize", () => {
  test("a pool of 10 becomes 10 rows: existing codes first, then c1-k zero-padded to the digits of N", () => {
    const grid = table(row({ A: "Pole", B: 10, C: "POLE", D: "Poles", E: 100, F: 10.01 }));
    const plan = planSerialize(grid, [1]);
    expect(plan.refused).toEqual([]);
    expect(plan.replacements).toHaveLength(1);
    const rows = plan.replacements[0].rows;
    expect(rows.map((r) => r[2])).toEqual(["POLE", "POLE-02", "POLE-03", "POLE-04", "POLE-05", "POLE-06", "POLE-07", "POLE-08", "POLE-09", "POLE-10"]);
    expect(rows.every((r) => r[1] === 1 && r[0] === "Pole" && r[3] === "Poles")).toBe(true);
    expect(rows.map((r) => r[4])).toEqual(Array(10).fill(10));
    expect(rows.map((r) => r[5])).toEqual([1.01, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(plan.change.writes.filter((w) => w.column === 2).map((w) => [w.value, w.asText])).toEqual(rows.slice(1).map((r) => [r[2], true]));
  });

  test("generated codes skip codes used anywhere in the table and earlier in the plan", () => {
    const grid = table(
      row({ B: 3, C: "P" }),
      row({ C: "p-2" }),
      row({ B: 3, C: "P-3, Q" }),
    );
    const plan = planSerialize(grid, [1, 3]);
    expect(plan.replacements.map((r) => r.rows.map((x) => x[2]))).toEqual([["P", "P-4", "P-5"], ["P-3", "Q", "P-3-3"]]);
    const rep = planSerialize(table(row({ B: 2, C: "A" }), row({ B: 2, C: "A-2x" }), row({ C: "A-2" })), [1]);
    expect(rep.replacements[0].rows.map((x) => x[2])).toEqual(["A", "A-3"]);
  });

  test("leftover cents go to the first rows and totals are unchanged to the cent", () => {
    const plan = planSerialize(table(row({ B: 3, C: "X", E: 10, F: 0.02 })), [1]);
    const rows = plan.replacements[0].rows;
    expect(rows.map((r) => r[4])).toEqual([3.34, 3.33, 3.33]);
    expect(rows.map((r) => r[5])).toEqual([0.01, 0.01, 0]);
  });

  test("more decimals than the currency are split exactly at their own precision", () => {
    const rows = planSerialize(table(row({ B: 2, C: "X", E: 10.005 })), [1]).replacements[0].rows;
    expect(rows.map((r) => r[4])).toEqual([5.003, 5.002]);
  });

  test("additive columns from settings are split; others are copied; ragged rows are padded", () => {
    const grid: CellValue[][] = [["Qty", "Codes", "Hours", "Location", "Notes"], [2, "H", 3.01, "Depot"]];
    const rows = planSerialize(grid, [1], { additiveColumns: ["hours"] }).replacements[0].rows;
    expect(rows).toEqual([[1, "H", 1.51, "Depot", ""], [1, "H-2", 1.5, "Depot", ""]]);
  });

  test("an additive amount too large to split exactly is refused, not rounded", () => {
    const grid: CellValue[][] = [["Qty", "Codes", "Km"], [3, "K", 1e20], [3, "L", 9e13]];
    const plan = planSerialize(grid, [1, 2], { additiveColumns: ["Km"] });
    expect(plan.refused).toEqual([{ row: 1, reason: 'row 2: "Km" is split between the new rows but 100000000000000000000 is too large to split exactly' }]);
    expect(plan.replacements[0].rows.map((r) => r[2])).toEqual([3e13, 3e13, 3e13]);
    const text = planSerialize([["Qty", "Codes", "Km"], [2, "M", "far"]], [1], { additiveColumns: ["Km"] });
    expect(text.refused[0].reason).toBe('row 2: "Km" is split between the new rows but does not hold a number');
  });

  test("quantity-1 rows are skipped; rows with errors and M > N are refused saying why", () => {
    const grid = table(row({ C: "A" }), row({ B: 2, C: "B, C, D" }), row({ B: 2, C: "E", E: "ten" }), row({ B: 2, C: "F" }), ["", "", "", "", "", ""]);
    const plan = planSerialize(grid, [1, 2, 3, 4, 5, 0]);
    expect(plan.skipped).toEqual([
      { row: 0, reason: "this is the header row" },
      { row: 1, reason: "already serialized (quantity 1)" },
      { row: 5, reason: "the row is blank" },
    ]);
    expect(plan.refused.map((r) => r.row)).toEqual([2, 3]);
    expect(plan.refused[0].reason).toMatch(/row 3 has 3 codes for quantity 2/);
    expect(plan.refused[1].reason).toBe('the row has an error: E4: income "ten" is not a number');
    expect(plan.replacements.map((r) => r.row)).toEqual([4]);
  });

  test("refused when the sheet would pass 1,048,576 rows, counting the origin row", () => {
    const grid = table(row({ B: 5, C: "A" }));
    expect(planSerialize(grid, [1], { origin: "A1048571" }).replacements).toHaveLength(1);
    const plan = planSerialize(grid, [1], { origin: "A1048572" });
    expect(plan.replacements).toEqual([]);
    expect(plan.refused[0].reason).toMatch(/4 new rows and the sheet would end at row 1,048,577, past Excel's limit of 1,048,576/);
  });

  test("a report of the same values is reused and gives the same plan", () => {
    const grid = table(row({ B: 4, C: "R" }), row({ C: "R-2" }));
    const report = checkInventory(grid);
    expect(planSerialize(grid, [1], undefined, report)).toEqual(planSerialize(grid, [1]));
  });

  test("a numeric code keeps its digits as the first code", () => {
    const grid: CellValue[][] = [["Quantity", "Serial number"], [3, 123456789]];
    expect(planSerialize(grid, [1]).replacements[0].rows.map((r) => r[1])).toEqual(["123456789", "123456789-2", "123456789-3"]);
  });
});

test("a code list that is probably several codes, or holds invisible characters, is refused until fixed, so c1 is right", () => {
  const plan = planSerialize(table(row({ B: 3, C: "A1 A2" }), row({ B: 3, C: "B1;B2" }), row({ B: 3, C: "C1\u200b" })), [1, 2, 3]);
  expect(plan.replacements).toEqual([]);
  expect(plan.refused.map((r) => r.reason)).toEqual([
    'fix the code list first: C2: a code in "A1 A2" contains a space: probably two codes',
    'fix the code list first: C3: "B1;B2" looks like several codes separated by ";" instead of commas',
    'fix the code list first: C4: a code in "C1?" contains invisible or control characters (U+200B)',
  ]);
});

test("refused when the generated codes would pass the code length limit", () => {
  const grid = table(row({ B: 10, C: "X".repeat(62) }), row({ B: 10, C: "Y".repeat(61) }));
  const plan = planSerialize(grid, [1, 2]);
  expect(plan.refused.map((r) => r.row)).toEqual([1]);
  expect(plan.refused[0].reason).toMatch(/would be longer than 64 characters/);
  expect(plan.replacements[0].rows[9][2]).toBe(`${"Y".repeat(61)}-10`);
});
