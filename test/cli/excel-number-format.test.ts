import { writeFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { excelNumberFormat } from "../../src/cli/excel-number-format";
import { parseCsvLikeExcel, type CellFormat } from "../../src/cli/read-csv";
import { captureIO, readBack, tempDir } from "./support/workbooks";

describe("the number format Excel (en-US) gives a typed CSV cell", () => {
  test.each<[string, string | undefined]>([
    ["2024-01-01", "m/d/yyyy"],
    ["8/24/22", "m/d/yyyy"],
    ["3-4", "d-mmm"],
    ["4/2024", "mmm-yy"],
    ["10:30", "h:mm"],
    ["10:30:15", "h:mm:ss"],
    ["6:00 PM", "h:mm AM/PM"],
    ["2024-01-01 12:00", "m/d/yyyy h:mm"],
    ["15%", "0%"],
    ["12.5%", "0.00%"],
    ["$5", '"$"#,##0'],
    ["$1,234.50", '"$"#,##0.00'],
    ["1,234", "#,##0"],
    ["6.37702E+15", "0.00E+00"],
    ["1 1/2", "# ?/?"],
    ["00123", undefined],
    ["-73.96", undefined],
    ["Shelf A", undefined],
  ])("%s → %p", (text, format) => {
    expect(excelNumberFormat(text, 2026)).toBe(format);
  });

  test("the CSV reader reports the formats of the cells it typed, by 0-based row and column", () => {
    const formats: CellFormat[] = [];
    parseCsvLikeExcel("Qty,Bought,Cost\n2,2024-01-01,$5.27\n", { today: new Date(2026, 0, 1), onFormat: (f) => formats.push(f) });
    expect(formats).toEqual([
      { row: 1, column: 1, format: "m/d/yyyy" },
      { row: 1, column: 2, format: '"$"#,##0.00' },
    ]);
  });
});

describe("a workbook written from a CSV shows dates and amounts as Excel showed them", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("serialize of a CSV keeps the purchase date a formatted date in every new row", async () => {
    writeFileSync(tmp.file("parts.csv"), "Item,Bought,Cost,Serial number,Quantity\r\nGPU,2024-01-01,\"$5,000.00\",SN-1,2\r\n");
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "parts.csv", "--rows", "2", "--out", "parts.xlsx"], run.io)).toBe(0);
    const sheet = (await readBack(tmp.file("parts.xlsx"))).getWorksheet("parts") as ExcelJS.Worksheet;
    for (const r of [2, 3]) {
      expect(sheet.getCell(`B${r}`).numFmt).toBe("m/d/yyyy");
      expect(sheet.getCell(`C${r}`).numFmt).toBe('"$"#,##0.00');
    }
    expect(sheet.getCell("C3").value).toBe(2500);
  });
});
