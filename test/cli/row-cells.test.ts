/** The reader's compact row store: exact values, dense or sparse, handed to the grid without a copy. */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core";
import { readSheetGrid } from "../../src/cli/read-xlsx";
import { denseRow, eachCell, rowCells } from "../../src/cli/row-cells";

const cellsOf = (row: ReturnType<typeof rowCells>) => {
  const seen: [number, CellValue][] = [];
  eachCell(row, (c, v) => seen.push([c, v]));
  return seen;
};

describe("rowCells", () => {
  test("keeps values close together as one array from the first column, holes as \"\"", () => {
    const row = rowCells([3, 4, 6], ["a", 2, true]);
    expect(row).toEqual({ first: 3, values: ["a", 2, "", true] });
    expect(cellsOf(row)).toEqual([[3, "a"], [4, 2], [6, true]]);
  });

  test("keeps a few values far apart as column/value pairs, not a padded array", () => {
    const row = rowCells([1, 16384], ["note", "leftover"]);
    expect(row).toEqual({ first: 1, values: ["note", "leftover"], columns: [1, 16384] });
    expect(cellsOf(row)).toEqual([[1, "note"], [16384, "leftover"]]);
    expect(denseRow(row, 1, 3)).toEqual(["note", "", ""]);
    expect(denseRow(row, 16383, 16384)).toEqual(["", "leftover"]);
  });

  test("does not keep the caller's arrays, which the reader reuses from row to row", () => {
    const columns = [1, 2];
    const values: CellValue[] = ["x", 1];
    const row = rowCells(columns, values);
    columns.length = 0;
    values.length = 0;
    expect(cellsOf(row)).toEqual([[1, "x"], [2, 1]]);
  });
});

describe("denseRow", () => {
  test("hands over a row that spans exactly the columns asked for, and copies any other", () => {
    const row = rowCells([2, 3, 4], ["a", "b", "c"]);
    expect(denseRow(row, 2, 4)).toBe(row.values);
    expect(denseRow(row, 1, 4)).toEqual(["", "a", "b", "c"]);
    expect(denseRow(row, 3, 5)).toEqual(["b", "c", ""]);
    expect(denseRow(row, 3, 5)).not.toBe(row.values);
    expect(denseRow(undefined, 1, 2)).toEqual(["", ""]);
  });
});

describe("readSheetGrid over the compact store", () => {
  function sheet(rows: Record<string, CellValue>): ExcelJS.Worksheet {
    const ws = new ExcelJS.Workbook().addWorksheet("Stock");
    for (const [address, value] of Object.entries(rows)) ws.getCell(address).value = value as ExcelJS.CellValue;
    return ws;
  }

  test("a row with a value far to its right keeps its inventory cells and names the far one", () => {
    const ws = sheet({ A1: "Name", B1: "Qty", A2: "Skis", B2: 2, A3: "Boots", B3: 1, CV3: "far" });
    const read = readSheetGrid(ws, false);
    expect(read.grid).toEqual([["Name", "Qty"], ["Skis", 2], ["Boots", 1]]);
    expect(read.outside).toEqual({ address: "CV3", more: 0 });
  });

  test("rows starting right of the inventory's first column, or with gaps, come out padded", () => {
    const ws = sheet({ A1: "Name", B1: "Qty", C1: "Codes", B2: 2, C2: "A-1", A3: "Boots", C3: "A-2", A4: "Helmets", B4: 1, C4: "A-3" });
    const read = readSheetGrid(ws, false);
    expect(read.grid).toEqual([["Name", "Qty", "Codes"], ["", 2, "A-1"], ["Boots", "", "A-2"], ["Helmets", 1, "A-3"]]);
    expect(read.outside).toBeUndefined();
  });

  test("a blank row inside the inventory is a row of \"\"", () => {
    const ws = sheet({ A1: "Name", B1: "Qty", A2: "Skis", B2: 2, A4: "Boots", B4: 1 });
    expect(readSheetGrid(ws, false).grid).toEqual([["Name", "Qty"], ["Skis", 2], ["", ""], ["Boots", 1]]);
  });
});
