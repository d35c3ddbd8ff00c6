/**
 * Sheet targets written in a form exceljs's streaming reader does not name (absolute, as openpyxl
 * writes them): it would call the first part "Sheet1" whatever its name, so a grid read from one
 * sheet could be written into, or checked as, another. Such packages take the whole reader.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { streamSheetGrid } from "../../src/cli/read-xlsx-stream";
import { packageForCopy } from "../../src/cli/xlsx-package/package-input";
import { runIn, snapshot } from "./support/package-books";
import { tempDir } from "./support/workbooks";

/** "Summary" first (part sheet1.xml), then "Sheet1" (part sheet2.xml); `absolute` writes the targets as /xl/worksheets/…. */
async function writeTwoSheets(file: string, absolute: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet("Summary");
  summary.addRow(["Name", "Qty", "Codes", "Category", "Income"]);
  summary.addRow(["Zed", "many", "Z-1, Z-2, Z-3", "Z", 9]);
  const stock = workbook.addWorksheet("Sheet1");
  stock.addRow(["Name", "Qty", "Codes", "Category", "Income"]);
  stock.addRow(["Poles", 2, "S-1, S-2", "Skis", 20]);
  stock.addRow(["Helmet", 1, "H-1", "Helmets", 5]);
  await workbook.xlsx.writeFile(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  if (absolute) zip.file("xl/_rels/workbook.xml.rels", rels.replace(/Target="worksheets\//g, 'Target="/xl/worksheets/'));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  writeFileSync(file, bytes);
  return bytes;
}

describe("sheet targets the streaming reader does not name", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("the copy takes the whole path and splits Sheet1's own rows", async () => {
    const bytes = await writeTwoSheets(tmp.file("abs.xlsx"), true);
    expect(await packageForCopy(bytes, "Sheet1", "change")).toEqual({ fallback: expect.stringMatching(/streaming reader does not name/) });
    const part = await runIn(tmp.dir, ["serialize", "abs.xlsx", "--sheet", "Sheet1", "--rows", "2", "--out", "part.xlsx"]);
    const whole = await runIn(tmp.dir, ["serialize", "abs.xlsx", "--sheet", "Sheet1", "--rows", "2", "--out", "whole.xlsx"], true);
    expect([part.code, whole.code]).toEqual([0, 0]);
    const [got, want] = [await snapshot(tmp.file("part.xlsx")), await snapshot(tmp.file("whole.xlsx"))];
    expect(got).toEqual(want);
    const sheet = (got as { name: string; rows: { cells: { value: unknown }[] }[] }[])[1];
    expect([sheet.name, ...[1, 2, 3].map((r) => sheet.rows[r].cells[2].value)]).toEqual(["Sheet1", "S-1", "S-2", "H-1"]);
  });

  test("the streamed read gives way, and check --sheet Sheet1 reads Sheet1's own cells", async () => {
    const bytes = await writeTwoSheets(tmp.file("abs-check.xlsx"), true);
    expect(await streamSheetGrid(bytes, "Sheet1", "abs-check.xlsx")).toBeNull();
    await writeTwoSheets(tmp.file("rel-check.xlsx"), false);
    const absolute = await runIn(tmp.dir, ["check", "abs-check.xlsx", "--sheet", "Sheet1"]);
    const relative = await runIn(tmp.dir, ["check", "rel-check.xlsx", "--sheet", "Sheet1"]);
    expect(absolute.code).toBe(relative.code);
    expect(absolute.stdout.replace(/abs-check/g, "rel-check")).toBe(relative.stdout);
    expect(absolute.stdout).not.toMatch(/many/);
  });
});
