/** `summary --out` of a .csv/.json streamed (issue 23 §6): the same workbook as the whole-workbook path, cell by cell and table by table. */
import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { summarizeByCategory, type CellValue } from "../../src/core";
import { main } from "../../src/cli/main";
import { workbookFromGrid } from "../../src/cli/grid-workbook";
import type { CellFormat } from "../../src/cli/read-csv";
import type { LoadedInput } from "../../src/cli/read-input";
import { streamSummaryWorkbook } from "../../src/cli/stream-summary";
import { writeSummarySheet, type SummarySheetInput } from "../../src/cli/write-summary";
import { captureIO, readBack, tempDir } from "./support/workbooks";
import { cellsOf, tablesOf } from "./package-summary-compare";

const grid: CellValue[][] = [
  ["Name", "Category", "Qty", "Codes", "Bought", "Income", "Expense"],
  ["Poles", "Skis & <poles>", 3, "P-1, P-2, P-3", 45000, 30, 4],
  ["Laptop", "=1+1", 1, "00123", 45001, 0.25, ""],
  ["Helmet", "Helmets", 1, "H-1", 45002, 10, 2.5],
  ["Boots", "Boots", 2, "B-1, B-2", 45003, 12.5, 1],
];
const formats: CellFormat[] = [
  { row: 1, column: 4, format: "yyyy-mm-dd" },
  { row: 4, column: 5, format: '"$"#,##0.00' },
];

function inputOf(sheetName: string): LoadedInput {
  return { kind: "csv", path: "/x/stock.csv", sheetName, grid, originRow: 1, originColumn: 1, bytes: 1, notKept: [], formats, changes: [] };
}

function summaryInput(sheetName: string, source: string): SummarySheetInput {
  return { summary: summarizeByCategory(grid), sheetName, source, moneyFormat: "#,##0.00 €", now: new Date(2026, 0, 2, 3, 4, 5) };
}

async function both(dataSheet: string, dir: ReturnType<typeof tempDir>): Promise<{ whole: ExcelJS.Workbook; streamed: ExcelJS.Workbook; name: string }> {
  const { workbook } = workbookFromGrid(dataSheet, grid, formats);
  const wholeName = writeSummarySheet(workbook, summaryInput("Inventory summary", dataSheet));
  const [wholeFile, streamedFile] = [dir.file(`${dataSheet}-whole.xlsx`), dir.file(`${dataSheet}-streamed.xlsx`)];
  await workbook.xlsx.writeFile(wholeFile);
  const name = await streamSummaryWorkbook(inputOf(dataSheet), grid, streamedFile, summaryInput("Inventory summary", dataSheet));
  expect(name).toBe(wholeName);
  return { whole: await readBack(wholeFile), streamed: await readBack(streamedFile), name };
}

describe("summary --out of a .csv, streamed", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("the data sheet and the summary sheet hold the cells, formats, widths, table and marker of the whole-workbook path", async () => {
    const { whole, streamed, name } = await both("stock", tmp);
    expect(streamed.worksheets.map((ws) => ws.name)).toEqual(["stock", "Inventory summary"]);
    expect(cellsOf(streamed.worksheets[0], 7, 8)).toEqual(cellsOf(whole.worksheets[0], 7, 8));
    const [summaryWhole, summaryStreamed] = [whole.getWorksheet(name)!, streamed.getWorksheet(name)!];
    expect(cellsOf(summaryStreamed, 14, 12)).toEqual(cellsOf(summaryWhole, 14, 12));
    expect(summaryStreamed.getCell("A8").value).toBe("=1+1");
    expect(tablesOf(summaryStreamed)).toEqual(tablesOf(summaryWhole));
    expect((tablesOf(summaryStreamed) as { tableRef: string }[])[0].tableRef).toBe("A7:J12");
    const widths = (ws: ExcelJS.Worksheet) => [1, 2, 10].map((c) => ws.getColumn(c).width);
    expect(widths(summaryStreamed)).toEqual([30, 15, 15]);
    expect(widths(summaryStreamed)).toEqual(widths(summaryWhole));
    expect(streamed.definedNames.model).toEqual(whole.definedNames.model);
  });

  test("a data sheet named like the summary puts the summary on the next name, as the whole path does", async () => {
    const { streamed, name } = await both("Inventory summary", tmp);
    expect(name).toBe("Inventory summary (2)");
    expect(streamed.worksheets.map((ws) => ws.name)).toEqual(["Inventory summary", "Inventory summary (2)"]);
  });

  test("the command writes a .csv's summary with the streaming writer (text inline, no shared strings part)", async () => {
    writeFileSync(tmp.file("inv.csv"), "Name,Category,Qty,Codes,Income,Expense\nA,Skis,1,C-1,10,1\nB,Boots,2,\"C-2, C-3\",12.5,2\n");
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "inv.csv", "--out", "inv-summary.xlsx"], run.io)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(tmp.file("inv-summary.xlsx")));
    expect(zip.file("xl/sharedStrings.xml")).toBeNull();
    expect(zip.file("xl/tables/table1.xml")).not.toBeNull();
    const out = await readBack(tmp.file("inv-summary.xlsx"));
    expect(out.getWorksheet("Inventory summary")?.getCell("B10").value).toBe(22.5);
    expect(out.getWorksheet("inv")?.getCell("D3").value).toBe("C-2, C-3");
  });
});
