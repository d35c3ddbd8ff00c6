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
    // "P" has no digits: P-2, P-3 are taken, so P-4, P-5. "P-3" goes on after 3, past P-4 and P-5 made above.
    expect(plan.replacements.map((r) => r.rows.map((x) => x[2]))).toEqual([["P", "P-4", "P-5"], ["P-3", "Q", "P-6"]]);
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
    expect(plan.refused).toMatchObject([{ row: 1, reason: 'row 2: "Km" is split between the new rows but 100000000000000000000 is too large to split exactly' }]);
    expect(plan.replacements[0].rows.map((r) => r[2])).toEqual([3e13, 3e13, 3e13]);
    const text = planSerialize([["Qty", "Codes", "Km"], [2, "M", "far"]], [1], { additiveColumns: ["Km"] });
    expect(text.refused[0].reason).toBe('row 2: "Km" is split between the new rows but does not hold a number');
  });

  test("quantity-1 rows are skipped; rows with errors and M > N are refused saying why", () => {
    const grid = table(row({ C: "A" }), row({ B: 2, C: "B, C, D" }), row({ B: 2, C: "E", E: "ten" }), row({ B: 2, C: "F" }), ["", "", "", "", "", ""]);
    const plan = planSerialize(grid, [1, 2, 3, 4, 5, 0]);
    expect(plan.skipped.map(({ row, reason }) => ({ row, reason }))).toEqual([
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

  test("a numeric code keeps its digits as the first code, and the serials go on from it", () => {
    const grid: CellValue[][] = [["Quantity", "Serial number"], [3, 123456789]];
    expect(planSerialize(grid, [1]).replacements[0].rows.map((r) => r[1])).toEqual(["123456789", "123456790", "123456791"]);
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

describe("generated codes continue the pool's own sequence", () => {
  const codesOf = (grid: CellValue[][], rows: number[], settings = {}) =>
    planSerialize(grid, rows, settings).replacements.map((r) => r.rows.map((x) => x[2]));

  test("POLE-01, POLE-02 with quantity 10 go on POLE-03 … POLE-10; A7 with quantity 3 goes on A8, A9", () => {
    expect(codesOf(table(row({ B: 10, C: "POLE-01, POLE-02" })), [1])).toEqual([
      ["POLE-01", "POLE-02", "POLE-03", "POLE-04", "POLE-05", "POLE-06", "POLE-07", "POLE-08", "POLE-09", "POLE-10"],
    ]);
    expect(codesOf(table(row({ B: 3, C: "A7" })), [1])).toEqual([["A7", "A8", "A9"]]);
  });

  test("numbering goes on from the highest of the row's codes with c1's prefix (compared like codes), at c1's width", () => {
    expect(codesOf(table(row({ B: 5, C: "POLE-01, pole-07, X9" })), [1])).toEqual([["POLE-01", "pole-07", "X9", "POLE-08", "POLE-09"]]);
    expect(codesOf(table(row({ B: 4, C: "POLE-01, pole-07" })), [1], { caseSensitiveCodes: true })).toEqual([["POLE-01", "pole-07", "POLE-02", "POLE-03"]]);
    expect(codesOf(table(row({ B: 3, C: "B-0009, B-12" })), [1])).toEqual([["B-0009", "B-12", "B-0013"]]);
  });

  test("the number grows past its width rather than wrap (POLE-99 → POLE-100), long serials exactly", () => {
    expect(codesOf(table(row({ B: 3, C: "POLE-98" })), [1])).toEqual([["POLE-98", "POLE-99", "POLE-100"]]);
    expect(codesOf(table(row({ B: 2, C: "SN99999999999999999999" })), [1])).toEqual([["SN99999999999999999999", "SN100000000000000000000"]]);
    expect(codesOf(table(row({ B: 2, C: "000" })), [1])).toEqual([["000", "001"]]);
  });

  test("codes used anywhere in the table or made earlier in the plan are skipped", () => {
    const grid = table(row({ B: 3, C: "POLE-01" }), row({ C: "pole-02" }), row({ B: 2, C: "POLE-04" }), row({ C: "POLE-06" }));
    expect(codesOf(grid, [1, 3])).toEqual([["POLE-01", "POLE-03", "POLE-05"], ["POLE-04", "POLE-07"]]);
  });

  test("many pools on one sequence each get the next free codes (C1…C20000 with quantity 2: C20001 on)", () => {
    const grid: CellValue[][] = [["Qty", "Code"], ...Array.from({ length: 20_000 }, (_, i): CellValue[] => [2, `C${i + 1}`])];
    const plan = planSerialize(grid, grid.map((_, i) => i).slice(1));
    expect(plan.refused).toEqual([]);
    expect(plan.generated).toEqual(Array.from({ length: 20_000 }, (_, i) => `C${20_001 + i}`));
    // A pool whose sequence starts below the run found so far still walks into it and past it.
    const again = planSerialize([...grid, [3, "C0"]], [1, 2, 20_001]);
    expect(again.generated).toEqual(["C20001", "C20002", "C20003", "C20004"]);
  });

  test("the length limit is checked on the codes actually made, after skipping", () => {
    const fits = `${"A".repeat(61)}98`; // 63 characters: …99 and …100 (64) fit
    expect(codesOf(table(row({ B: 3, C: fits })), [1])[0]).toEqual([fits, `${"A".repeat(61)}99`, `${"A".repeat(61)}100`]);
    const skipped = `${"B".repeat(62)}98`; // …99 is taken, so the code made would be …100: 65 characters
    const plan = planSerialize(table(row({ B: 2, C: skipped }), row({ C: `${"B".repeat(62)}99` })), [1]);
    expect(plan.replacements).toEqual([]);
    expect(plan.refused[0].reason).toMatch(/^row 2: codes made from "B{40}…" would be longer than 64 characters/);
  });

  test("a row refused for a code too long gives back the codes it made: the next pool on the sequence takes them", () => {
    const a = "A".repeat(62);
    const plan = planSerialize(table(row({ B: 3, C: `${a}98` }), row({ B: 2, C: `${a}97` })), [1, 2]);
    expect(plan.refused.map((r) => r.row)).toEqual([1]);
    expect(plan.generated).toEqual([`${a}99`]);
  });
});

describe("a pool without codes serializes with codes from the settings' prefix", () => {
  test("all N codes are made, numbered after the highest PREFIX-n in the table; the first row gets its code too", () => {
    const grid = table(row({ B: 3, C: "" }), row({ C: "item-0007" }), row({ C: "ITEM-9" }));
    const plan = planSerialize(grid, [1]);
    expect(plan.refused).toEqual([]);
    expect(plan.generated).toEqual(["ITEM-0010", "ITEM-0011", "ITEM-0012"]);
    expect(plan.change.writes.filter((w) => w.column === 2)).toEqual([
      { row: 1, column: 2, value: "ITEM-0010", asText: true },
      { row: 2, column: 2, value: "ITEM-0011", asText: true },
      { row: 3, column: 2, value: "ITEM-0012", asText: true },
    ]);
    expect(planSerialize(grid, [1], { codePrefix: "POLE", codeDigits: 2 }).generated).toEqual(["POLE-01", "POLE-02", "POLE-03"]);
  });

  test("codes made earlier in the plan, by a pool's own sequence or another pool, are skipped", () => {
    const grid = table(row({ B: 2, C: "ITEM-0003" }), row({ B: 3, C: "" }), row({ B: 2, C: " , " }));
    const plan = planSerialize(grid, [1, 2, 3]);
    expect(plan.refused).toEqual([]);
    expect(plan.replacements.map((r) => r.rows.map((x) => x[2]))).toEqual([
      ["ITEM-0003", "ITEM-0004"], ["ITEM-0005", "ITEM-0006", "ITEM-0007"], ["ITEM-0008", "ITEM-0009"],
    ]);
  });

  test("rows with another error besides the missing codes, and codeless quantity-1 rows, are still refused", () => {
    const grid = table(row({ B: 2, C: "", E: "ten" }), row({ C: "" }), row({ B: 2.5, C: "" }));
    const plan = planSerialize(grid, [1, 2, 3]);
    expect(plan.replacements).toEqual([]);
    expect(plan.refused.map((r) => [r.row, r.reason])).toEqual([
      [1, 'the row has 2 errors: C2: no stock code; E2: income "ten" is not a number'],
      [2, "the row has an error: C3: no stock code"],
      [3, expect.stringMatching(/^the row has 2 errors: B4: /)],
    ]);
  });

  test("refused, saying why, when the prefix codes would pass the code length limit", () => {
    const plan = planSerialize(table(row({ B: 2, C: "" })), [1], { maxCodeLength: 8 });
    expect(plan.replacements).toEqual([]);
    expect(plan.refused).toMatchObject([{
      row: 1,
      reason: 'row 2: codes made from the prefix "ITEM" with 4 digits would be longer than 8 characters; choose a shorter prefix in the settings or enter the codes',
    }]);
  });
});
