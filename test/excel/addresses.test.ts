import { cellAddress, columnLetters, parseArea, quoteSheetName, rectAddress, sheetCellAddress, splitAreas } from "../../src/excel/addresses";
import { runsFromEdits } from "../../src/excel/apply-edits";
import { selectionOnSheet } from "../../src/excel/read-inventory";

test("column letters follow Excel: A, Z, AA, XFD", () => {
  expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
});

test("cell and range addresses are what Excel shows", () => {
  expect(cellAddress(13, 2)).toBe("C14");
  expect(rectAddress({ row: 6, column: 0, rows: 4, columns: 10 })).toBe("A7:J10");
  expect(rectAddress({ row: 0, column: 0, rows: 1, columns: 1 })).toBe("A1");
});

test("sheet names are quoted when Excel would quote them", () => {
  expect(sheetCellAddress("Stock", 13, 2)).toBe("Stock!C14");
  expect(sheetCellAddress("My stock", 0, 0)).toBe("'My stock'!A1");
  expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  expect(quoteSheetName("AB12")).toBe("'AB12'");
});

test("areas parse with $, sheet prefixes, whole rows and whole columns", () => {
  expect(parseArea("Sheet1!$B$2:$D$4")).toEqual({ row: 1, column: 1, rows: 3, columns: 3 });
  expect(parseArea("'My sheet'!C14")).toEqual({ row: 13, column: 2, rows: 1, columns: 1 });
  expect(parseArea("3:5")).toEqual({ row: 2, column: 0, rows: 3, columns: 16384 });
  expect(parseArea("A:C")).toEqual({ row: 0, column: 0, rows: 1048576, columns: 3 });
  expect(parseArea("not an address")).toBeUndefined();
});

test("a multi-area selection splits on commas outside quoted sheet names", () => {
  expect(splitAreas("'a,b'!A1:B2,'a,b'!A5")).toEqual(["'a,b'!A1:B2", "'a,b'!A5"]);
  expect(selectionOnSheet("Stock!A2:C3,Stock!A6:C6,Other!A1", "Stock")).toEqual([
    { row: 1, column: 0, rows: 2, columns: 3 },
    { row: 5, column: 0, rows: 1, columns: 3 },
  ]);
  expect(selectionOnSheet("'Bob''s, stock'!B4,'Bob''s'!A1", "Bob's, stock")).toEqual([{ row: 3, column: 1, rows: 1, columns: 1 }]);
});

test("cell edits group into vertical runs per column, text runs apart", () => {
  const origin = { row: 2, column: 1, rows: 10, columns: 5 };
  const runs = runsFromEdits(
    [
      { row: 3, column: 1, value: "B", asText: false },
      { row: 1, column: 1, value: "A", asText: true },
      { row: 2, column: 1, value: "C", asText: true },
      { row: 5, column: 0, value: 7, asText: false },
    ],
    origin,
  );
  expect(runs).toEqual([
    { rect: { row: 7, column: 1, rows: 1, columns: 1 }, values: [[7]], asText: false },
    { rect: { row: 5, column: 2, rows: 1, columns: 1 }, values: [["B"]], asText: false },
    { rect: { row: 3, column: 2, rows: 2, columns: 1 }, values: [["A"], ["C"]], asText: true },
  ]);
});

test("blocks start near 10,000 rows and shrink for wide sheets", async () => {
  const { firstBlockRows } = await import("../../src/excel/read-inventory");
  expect(firstBlockRows(10)).toBe(10_000);
  expect(firstBlockRows(60)).toBe(2_500);
  expect(firstBlockRows(16_384)).toBe(9); // a stray value in XFD1: a few rows a block, never a block over the cell limit
  expect(firstBlockRows(200_000)).toBe(1);
});
