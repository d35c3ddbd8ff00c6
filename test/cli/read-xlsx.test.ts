import { readFile } from "node:fs/promises";
import { loadWorkbook, pickWorksheet, readSheetGrid } from "../../src/cli/read-xlsx";
import { streamSheetGrid } from "../../src/cli/read-xlsx-stream";
import { tempDir, writeStockWorkbook } from "./support/workbooks";

describe("reading an .xlsx as Office.js Range.values would give it", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  async function stockGrid(sheet?: string) {
    const file = tmp.file("stock.xlsx");
    await writeStockWorkbook(file, { errorRow: true });
    const workbook = await loadWorkbook(await readFile(file), "stock.xlsx");
    return readSheetGrid(pickWorksheet(workbook, sheet, "stock.xlsx"), false);
  }

  test("the active sheet is read by default, from its top-left used cell", async () => {
    const read = await stockGrid();
    expect(read.sheetName).toBe("Stock");
    expect(read.originRow).toBe(1);
    expect(read.originColumn).toBe(1);
    expect(read.grid[0][0]).toBe("Stock list");
    expect(read.grid[2]).toEqual(["Name", "Qty", "Codes", "Category", "Income", "Expense", "Double", "Bought"]);
  });

  test("formulas give their cached result, dates their serial, rich text its text, errors their literal", async () => {
    const { grid } = await stockGrid();
    expect(grid[3][6]).toBe(241);
    expect(grid[3][7]).toBe(45292);
    expect(grid[5][2]).toBe("H1, H2");
    expect(grid[7][2]).toBe("#N/A");
    expect(grid[4][2]).toBe("00123");
    expect(grid[4][3]).toBe("=1+1");
  });

  test("--sheet picks a sheet by name, case-insensitively, and names the sheets when it is missing", async () => {
    const file = tmp.file("stock2.xlsx");
    await writeStockWorkbook(file);
    const workbook = await loadWorkbook(await readFile(file), "stock2.xlsx");
    expect(pickWorksheet(workbook, "notes", "x").name).toBe("Notes");
    expect(() => pickWorksheet(workbook, "Nope", "stock2.xlsx")).toThrow('stock2.xlsx has no sheet "Nope"; its sheets are: Notes, Stock');
  });

  test("the grid starts at the first used cell, as getUsedRange does", async () => {
    const read = await stockGrid("Notes");
    expect(read.grid).toEqual([["Total income", 730.5]]);
  });

  test.each([undefined, "Stock", "notes"])("the streaming reader gives exactly the same grid (sheet %s)", async (sheet) => {
    const file = tmp.file("stream.xlsx");
    await writeStockWorkbook(file, { errorRow: true });
    const bytes = await readFile(file);
    const whole = readSheetGrid(pickWorksheet(await loadWorkbook(bytes, "x"), sheet, "x"), false);
    expect(await streamSheetGrid(bytes, sheet, "x")).toEqual(whole);
  });

  test("the streaming reader names the sheets when --sheet is wrong", async () => {
    const file = tmp.file("stream2.xlsx");
    await writeStockWorkbook(file);
    await expect(streamSheetGrid(await readFile(file), "Nope", "s.xlsx")).rejects.toThrow('s.xlsx has no sheet "Nope"; its sheets are: Notes, Stock');
  });

  test("a workbook in the 1904 date system gives 1904 serials, whole or streamed", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("D");
    ws.getCell("A1").value = "Bought";
    ws.getCell("A2").value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell("A2").numFmt = "yyyy-mm-dd";
    const file = tmp.file("d1904.xlsx");
    await wb.xlsx.writeFile(file);
    const bytes = await readFile(file);
    const workbook = await loadWorkbook(bytes, "x");
    const whole = readSheetGrid(pickWorksheet(workbook, undefined, "x"), Boolean(workbook.properties.date1904));
    expect(whole.grid[1][0]).toBe(45292 - 1462);
    expect((await streamSheetGrid(bytes, undefined, "x"))?.grid).toEqual(whole.grid);
  });
});

