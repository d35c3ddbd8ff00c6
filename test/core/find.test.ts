import { buildCodeIndex, checkInventory, codeIndexOf, summarizeByCategory } from "../../src/core";
import { row, table } from "./helpers";

describe("code index", () => {
  const grid = table(row({ C: "POLE-01, POLE-02" }), row({ C: "Caf\u00e9" }), row({ C: 123 }), row({ C: "pole-01" }));

  test("find returns the rows holding a code, compared as codes are (trimmed, NFC, case)", () => {
    const index = buildCodeIndex(grid);
    expect(index.find("pole-01")).toEqual([1, 4]);
    expect(index.find(" POLE-02\r\n")).toEqual([1]);
    expect(index.find("cafe\u0301")).toEqual([2]);
    expect(index.find("123")).toEqual([3]);
    expect(index.find("unknown")).toEqual([]);
    expect(index.size).toBe(4);
  });

  test("case-sensitive by setting", () => {
    expect(buildCodeIndex(grid, { caseSensitiveCodes: true }).find("pole-01")).toEqual([4]);
  });

  test("the check's own index is reusable", () => {
    const report = checkInventory(grid);
    expect(codeIndexOf(report)?.find("POLE-02")).toEqual([1]);
    expect(codeIndexOf(JSON.parse(JSON.stringify(report)))).toBeUndefined();
    expect(Object.keys(report)).toEqual(["table", "issues", "rows"]);
  });

  test("holds 100,000 distinct codes", () => {
    const big = table(...Array.from({ length: 100_000 }, (_, i) => row({ C: `C${i}` })));
    const index = buildCodeIndex(big);
    expect(index.size).toBe(100_000);
    expect(index.find("c99999")).toEqual([100_000]);
  });
});

test("a report is only reused for the very values it was made from", () => {
  const a = table(row({ C: "A", D: "Skis" }));
  const b = table(row({ C: "B", D: "Boots" }));
  const reportOfA = checkInventory(a);
  expect(summarizeByCategory(b, undefined, reportOfA).categories.map((c) => c.category)).toEqual(["Boots"]);
  expect(summarizeByCategory(a, { currencyDecimals: 3 }, reportOfA).totals.income).toBe(10);
});

test("the index grows past a low estimate of the number of codes", () => {
  // Every other row is sampled for the size estimate; the others hold 50 codes each.
  const rows = Array.from({ length: 4000 }, (_, i) =>
    row({ B: i % 2 ? 50 : 1, C: i % 2 ? Array.from({ length: 50 }, (_, k) => `R${i}-${k}`).join(",") : `R${i}` }));
  rows.push(row({ C: "R3-49" }));
  const grid = table(...rows);
  const report = checkInventory(grid);
  const index = codeIndexOf(report);
  expect(index?.size).toBe(2000 + 2000 * 50);
  expect(index?.find("r3999-49")).toEqual([4000]);
  expect(report.issues.filter((i) => i.rule === "codes-duplicate").map((i) => i.row)).toEqual([4, 4001]);
});
