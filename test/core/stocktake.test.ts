import { readFileSync } from "node:fs";
import path from "node:path";
import { checkInventory, cleanScan, planStocktake, StocktakeSession, type CellValue, type ScanOutcome } from "../../src/core";
import { EXAMPLE_ROWS } from "../../scripts/make-example";
import { row, table } from "./helpers";

/** Outcomes of scanning `scans` one after another against `grid`. */
function outcomes(grid: CellValue[][], scans: string[], settings = {}): ScanOutcome[] {
  const session = StocktakeSession.start(grid, settings);
  return scans.map((s) => session.scan(s).outcome);
}

describe("each scan's outcome", () => {
  const grid = table(
    row({ B: 1, C: "SKI-1" }), // 2: a serialized unit
    row({ B: 1, C: "VIN-1, PLATE-1", D: "Cars" }), // 3: one car, two codes
    row({ B: 3, C: "H-1, H-2, H-3", D: "Helmets" }), // 4: a code per unit
    row({ B: 3, C: "POLE", D: "Poles" }), // 5: a pool sharing one code
    row({ B: 1, C: "DUP" }), // 6 and 7: a duplicate
    row({ B: 1, C: "DUP" }),
    row({ B: 2.5, C: "HALF" }), // 8: invalid
    row({ B: 0, C: "NONE" }), // 9: quantity 0
    row({ B: 1, C: "00123" }), // 10: a code with leading zeros, as text
  );

  test.each<[string, string[], ScanOutcome]>([
    ["a unit's code", ["SKI-1"], { kind: "matched", row: 1, code: "SKI-1" }],
    ["case, CR/LF, tab and spaces as the duplicate check ignores them", [" ski-1\t\r\n"], { kind: "matched", row: 1, code: "SKI-1" }],
    ["a unit scanned twice", ["SKI-1", "SKI-1"], { kind: "scanned-again", row: 1, code: "SKI-1" }],
    ["a unit scanned by its other code", ["VIN-1", "plate-1"], { kind: "scanned-again", row: 2, code: "PLATE-1" }],
    ["a code per unit: each code one unit", ["H-1", "H-2"], { kind: "matched", row: 3, code: "H-2" }],
    ["a code per unit: one code twice", ["H-1", "H-1"], { kind: "scanned-again", row: 3, code: "H-1" }],
    ["a pool's shared code up to its quantity", ["POLE", "POLE", "POLE"], { kind: "matched", row: 4, code: "POLE" }],
    ["a pool's shared code past its quantity", ["POLE", "POLE", "POLE", "pole"], { kind: "more-than-quantity", row: 4, code: "POLE" }],
    ["a code on two rows", ["DUP"], { kind: "on-several-rows", rows: [5, 6], code: "DUP" }],
    ["a code of an invalid row", ["HALF"], { kind: "on-invalid-row", row: 7, code: "HALF" }],
    ["a code of a row of quantity 0", ["NONE"], { kind: "more-than-quantity", row: 8, code: "NONE" }],
    ["an unknown code, as scanned but trimmed", [" Nope\r"], { kind: "unknown", code: "Nope" }],
    ["leading zeros are kept: 123 is not 00123", ["123"], { kind: "unknown", code: "123" }],
    ["leading zeros are kept: 00123 is", ["00123"], { kind: "matched", row: 9, code: "00123" }],
    ["an invisible character is part of the code", ["SKI\u200b-1"], { kind: "unknown", code: "SKI\u200b-1" }],
    ["nothing but a line end", ["\r\n"], { kind: "empty" }],
    ["nothing but a tab and spaces", [" \t "], { kind: "empty" }],
  ])("%s", (_, scans, expected) => {
    expect(outcomes(grid, scans).at(-1)).toEqual(expected);
  });

  test("case counts with caseSensitiveCodes", () => {
    expect(outcomes(grid, ["ski-1"], { caseSensitiveCodes: true })).toEqual([{ kind: "unknown", code: "ski-1" }]);
  });

  test("NFC: an accent typed as two characters finds the composed code", () => {
    expect(outcomes(table(row({ C: "CAF\u00c9-1" })), ["cafe\u0301-1"])).toEqual([{ kind: "matched", row: 1, code: "CAF\u00c9-1" }]);
  });

  test("the scanner's prefix and suffix from the settings are taken off", () => {
    const settings = { scanPrefix: "\u0002", scanSuffix: "#" };
    expect(outcomes(grid, ["\u0002SKI-1#\r\n", "\u0002#", "SKI-1#"], settings)).toEqual([
      { kind: "matched", row: 1, code: "SKI-1" },
      { kind: "empty" },
      { kind: "scanned-again", row: 1, code: "SKI-1" },
    ]);
    expect(cleanScan("]C1POLE\r", "]C1", "")).toBe("POLE");
  });

  test("the settings refuse a prefix that is not text", () => {
    expect(() => StocktakeSession.start(grid, { scanPrefix: 5 as unknown as string })).toThrow(/scanPrefix/);
  });
});

describe("the result", () => {
  const grid = table(
    row({ B: 1, C: "S-1", D: "Skis" }),
    row({ B: 1, C: "S-2", D: " skis " }),
    row({ B: 4, C: "P", D: "Poles", A: "Pole" }),
    row({ B: 1, C: "X", D: "" }),
    row({ B: "one", C: "BAD" }),
  );

  test("records are the valid rows with expected, counted and missing; categories as the summary groups them", () => {
    const result = planStocktake(grid, ["S-1", "P", "P", "S-1", "?", "BAD", "??", "S-1"]);
    expect(result.records.map((r) => [r.row, r.category, r.expected, r.counted, r.missing])).toEqual([
      [1, "Skis", 1, 1, 0], [2, "Skis", 1, 0, 1], [3, "Poles", 4, 2, 2], [4, "(uncategorized)", 1, 0, 1],
    ]);
    expect(result.records[2]).toMatchObject({ name: "Pole", codes: "P" });
    expect(result.categories).toEqual([
      { category: "Poles", expected: 4, counted: 2, missing: 2 },
      { category: "Skis", expected: 2, counted: 1, missing: 1 },
      { category: "(uncategorized)", expected: 1, counted: 0, missing: 1 },
    ]);
    expect(result.missingUnits).toBe(4);
    expect(result.unknown).toEqual(["?", "??"]);
    expect(result.scannedTwice).toEqual(["S-1"]);
    expect(result.scans.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(result.scans[5]).toEqual({ index: 5, scanned: "BAD", outcome: { kind: "on-invalid-row", row: 5, code: "BAD" } });
  });

  test("undo takes the last scan back with its count; the running totals follow", () => {
    const session = StocktakeSession.start(grid);
    session.scan("S-1");
    session.scan("P");
    expect(session.totals()).toEqual({ expected: 7, counted: 2, missing: 5 });
    expect(session.undo()).toEqual({ index: 1, scanned: "P", outcome: { kind: "matched", row: 3, code: "P" } });
    expect(session.totals()).toEqual({ expected: 7, counted: 1, missing: 6 });
    expect(session.scans).toHaveLength(1);
    expect(session.scan("S-1").outcome.kind).toBe("scanned-again");
    session.undo();
    session.undo();
    expect(session.undo()).toBeUndefined();
    expect(session.scan("S-1").outcome).toEqual({ kind: "matched", row: 1, code: "S-1" });
  });

  test("a check report of the same grid is reused", () => {
    const report = checkInventory(grid);
    expect(planStocktake(grid, ["P"], undefined, report).records[2].counted).toBe(1);
  });
});

test("the example workbook with its scans file: two units missing, one scanned twice, one unknown code", () => {
  const grid: CellValue[][] = [["Name", "Quantity", "Stock codes", "Category", "Income", "Expense", "Location"], ...EXAMPLE_ROWS.map((r) => [...r])];
  const text = readFileSync(path.join(__dirname, "..", "fixtures", "stocktake", "example-scans.txt"), "utf8").replace(/^\uFEFF/, "");
  const scans = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const result = planStocktake(grid, scans);
  expect(result.missingUnits).toBe(2);
  expect(result.records.filter((r) => r.missing > 0).map((r) => [r.row, r.codes, r.missing])).toEqual([[3, "HLM-L-1", 1], [6, "SHOE-1, SHOE-2, SHOE-3, SHOE-4", 1]]);
  expect(result.scannedTwice).toEqual(["SKI-178-A"]);
  expect(result.unknown).toEqual(["HLM-XL-9"]);
  expect(result.scans.filter((s) => !["matched", "scanned-again", "unknown"].includes(s.outcome.kind))).toEqual([]);
});
