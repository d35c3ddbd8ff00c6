import ExcelJS from "exceljs";
import { closeRows, copyRow, openRows, writeCell } from "../../src/cli/workbook-rows";
import { rowRanges } from "../../src/cli/run-plans";

function sheetWith(rows: number): ExcelJS.Worksheet {
  const sheet = new ExcelJS.Workbook().addWorksheet("S");
  for (let r = 1; r <= rows; r++) {
    sheet.getRow(r).values = [`r${r}`, r];
    sheet.getRow(r).height = 10 + r;
  }
  sheet.getCell("C4").numFmt = "0.00"; // a formatted empty cell moves too
  return sheet;
}

const column = (sheet: ExcelJS.Worksheet, to: number) => Array.from({ length: to }, (_, i) => sheet.getCell(i + 1, 1).value);

describe("moving rows in one pass", () => {
  test("openRows leaves the asked number of empty rows below each point and keeps everything else in order", () => {
    const sheet = sheetWith(6);
    openRows(sheet, [{ after: 4, count: 1 }, { after: 1, count: 2 }, { after: 6, count: 1 }]);
    expect(column(sheet, 10)).toEqual(["r1", null, null, "r2", "r3", "r4", null, "r5", "r6", null]);
    expect(sheet.getRow(8).height).toBe(15);
    expect(sheet.getCell("C6").numFmt).toBe("0.00");
    expect(sheet.getCell("C4").numFmt).toBeUndefined();
  });

  test("closeRows removes rows and closes the gaps", () => {
    const sheet = sheetWith(7);
    closeRows(sheet, [2, 5, 6]);
    expect(column(sheet, 7)).toEqual(["r1", "r3", "r4", "r7", null, null, null]);
    expect(sheet.getRow(4).height).toBe(17);
  });

  test("copyRow copies values, styles and height and moves relative formula rows", () => {
    const sheet = sheetWith(3);
    sheet.getCell("C2").value = { formula: "B2*2+$B$1", result: 5 } as ExcelJS.CellFormulaValue;
    sheet.getCell("A2").font = { bold: true };
    copyRow(sheet, 2, 5);
    expect(sheet.getCell("C5").value).toEqual({ formula: "B5*2+$B$1", result: 5 });
    expect(sheet.getCell("A5").font).toEqual({ bold: true });
    expect(sheet.getRow(5).height).toBe(12);
  });
});

test("row lists print as ranges", () => {
  expect(rowRanges([9, 4, 5, 6, 12, 13])).toBe("4-6, 9, 12-13");
  expect(rowRanges([7])).toBe("7");
});

test("writeCell formats a cell as text only when the write says so, and clears it for an empty value", () => {
  const sheet = new ExcelJS.Workbook().addWorksheet("S");
  sheet.getCell("A1").numFmt = "0.00";
  writeCell(sheet.getCell("A1"), { value: "12", asText: false });
  writeCell(sheet.getCell("B1"), { value: "00042", asText: true });
  writeCell(sheet.getCell("C1"), { value: 7, asText: false });
  sheet.getCell("D1").value = "old";
  writeCell(sheet.getCell("D1"), { value: "", asText: false });
  expect(["A1", "B1", "C1", "D1"].map((a) => [sheet.getCell(a).value, sheet.getCell(a).numFmt])).toEqual([
    ["12", "0.00"],
    ["00042", "@"],
    [7, undefined],
    [null, undefined],
  ]);
});
