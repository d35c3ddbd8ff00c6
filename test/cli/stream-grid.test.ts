/** The streamed copy of a .csv/.json after a plan equals what the whole-workbook path writes (issue 23 §6). */
import ExcelJS from "exceljs";
import { planAggregate, planSerialize, type CellValue, type SheetChange } from "../../src/core";
import { applySheetChange } from "../../src/cli/apply-plans";
import { workbookFromGrid } from "../../src/cli/grid-workbook";
import type { CellFormat } from "../../src/cli/read-csv";
import { changedRows, streamGridWorkbook } from "../../src/cli/stream-grid";
import { readBack, tempDir } from "./support/workbooks";

const grid: CellValue[][] = [
  ["Name", "Qty", "Codes", "Bought", "Income", "Note"],
  ["Poles", 3, "P-1, P-2, P-3", 45000, 30, "=1+1"],
  ["Laptop", 1, "00123", 45001, 0.25, ""],
  ["Helmet", 1, "H-1", 45002, 10, "x"],
  ["Helmet", 1, "H-2", 45002, 10, "x"],
  ["Boots", 2, "B-1, B-2", 45003, 12.5, ""],
];
const formats: CellFormat[] = [
  { row: 1, column: 3, format: "yyyy-mm-dd" },
  { row: 2, column: 3, format: "yyyy-mm-dd" },
  { row: 2, column: 4, format: "0%" },
  { row: 5, column: 4, format: '"$"#,##0.00' },
];

async function both(change: SheetChange, dir: ReturnType<typeof tempDir>): Promise<[ExcelJS.Worksheet, ExcelJS.Worksheet]> {
  const { workbook, sheet } = workbookFromGrid("Stock", grid, formats);
  applySheetChange({ workbook, sheet, grid, originRow: 1, originColumn: 1 }, change);
  await workbook.xlsx.writeFile(dir.file("whole.xlsx"));
  await streamGridWorkbook(dir.file("streamed.xlsx"), "Stock", grid, changedRows(grid, change), formats);
  return [(await readBack(dir.file("whole.xlsx"))).worksheets[0], (await readBack(dir.file("streamed.xlsx"))).worksheets[0]];
}

function cells(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  for (let r = 1; r <= 12; r++) for (let c = 1; c <= 6; c++) {
    const { address, value, numFmt } = sheet.getCell(r, c);
    out.push(`${address}=${JSON.stringify(value)} ${value === null ? "" : (numFmt ?? "General")}`);
  }
  return out;
}

describe("streamed copy of a grid after a plan", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("serialize: unit rows inserted below their record, same values and formats", async () => {
    const plan = planSerialize(grid, [1, 5]);
    expect(plan.change.inserts).toEqual([{ row: 1, count: 2 }, { row: 5, count: 1 }]);
    const [whole, streamed] = await both(plan.change, tmp);
    expect(cells(streamed)).toEqual(cells(whole));
    expect(streamed.getCell("C3").value).toBe("P-2");
  });

  test("aggregate: merged rows removed, the kept row written", async () => {
    const plan = planAggregate(grid, [3, 4]);
    expect(plan.change.deletes.length).toBe(1);
    const [whole, streamed] = await both(plan.change, tmp);
    expect(cells(streamed)).toEqual(cells(whole));
    expect(streamed.getCell("C4").value).toBe("H-1, H-2");
  });

  test("writes over cells: text over a number becomes @, an empty write keeps the format, a number over text stays @", async () => {
    const change: SheetChange = {
      headerRow: 0,
      inserts: [],
      deletes: [],
      writes: [
        { row: 1, column: 1, value: "3 pcs", asText: true },
        { row: 2, column: 5, value: 1.5, asText: false },
        { row: 3, column: 2, value: 7, asText: false },
        { row: 3, column: 5, value: "a<b & \"c\" 'd'\u0001\te", asText: true },
        { row: 4, column: 5, value: true, asText: false },
        { row: 5, column: 4, value: "", asText: false },
      ],
    };
    const [whole, streamed] = await both(change, tmp);
    expect(cells(streamed)).toEqual(cells(whole));
    expect(cells(streamed)).toContain(`F4=${JSON.stringify("a<b & \"c\" 'd'\te")} @`);
    expect(cells(streamed)).toContain("F5=true @");
    expect(cells(streamed)).toContain('B2="3 pcs" @');
    expect(cells(streamed)).toContain("C4=7 @");
  });

  test("changedRows lists each kept row once and its copies directly below it", () => {
    const { sources } = changedRows(grid, { inserts: [{ row: 2, count: 2 }], deletes: [4], writes: [] });
    expect([...sources]).toEqual([0, 1, 2, 2, 2, 3, 5]);
  });
});
