import fc from "fast-check";
import { buildCodeIndex, checkInventory, codeIndexOf, findCodeInCells, summarizeByCategory } from "../../src/core";
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

describe("findCodeInCells (find when only the codes column was read)", () => {
  const cells = ["POLE-01, POLE-02", "Caf\u00e9", 123, "pole-01", "", "XPOLE-01", "POLE-011"];

  test("compares codes as the index does: trimmed, NFC, case, numbers as typed; never part of a code", () => {
    expect(findCodeInCells(cells, "pole-01")).toEqual([0, 3]);
    expect(findCodeInCells(cells, " POLE-02\r\n")).toEqual([0]);
    expect(findCodeInCells(cells, "cafe\u0301")).toEqual([1]);
    expect(findCodeInCells(cells, "123")).toEqual([2]);
    expect(findCodeInCells(cells, "POLE")).toEqual([]);
    expect(findCodeInCells(cells, "")).toEqual([]);
    expect(findCodeInCells(cells, "POLE-01, POLE-02")).toEqual([]);
    expect(findCodeInCells(cells, "pole-01", { caseSensitiveCodes: true })).toEqual([3]);
  });

  test("finds the same rows as the check's code index, for any code of the table", () => {
    // Letters, digits, hyphens, and é both composed and decomposed.
    const code = fc.array(fc.constantFrom("A", "b", "7", "-", "\u00e9", "e\u0301"), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(fc.array(code, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 30 }), fc.nat(), (lists, pick) => {
        const grid = [["Qty", "Code"], ...lists.map((codes) => [codes.length, codes.join(", ")])];
        const wanted = lists[pick % lists.length][0];
        const fromIndex = buildCodeIndex(grid).find(wanted).map((r) => r - 1);
        expect(findCodeInCells(lists.map((codes) => codes.join(", ")), wanted)).toEqual(fromIndex);
      }),
    );
  });
});
