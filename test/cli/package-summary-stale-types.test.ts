/**
 * `summary --out` part by part on a package whose [Content_Types].xml keeps overrides for parts
 * that are gone: the new sheet and table take part names no override holds, so the output names
 * each part once, and the workbook reads as the whole path's.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { withOverrides } from "../../src/cli/xlsx-package/summary-workbook";
import { KEPT_MARK, runIn, samePart, snapshot } from "./support/package-books";
import { tempDir } from "./support/workbooks";

const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

async function writeStale(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stock");
  sheet.addRow(["Name", "Qty", "Codes", "Category", "Income"]);
  sheet.addRow(["Poles", 2, "S-1, S-2", "Skis", 20]);
  sheet.addRow(["Helmet", 1, "H-1", "Helmets", 5]);
  await workbook.xlsx.writeFile(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  zip.file("docProps/core.xml", core.replace("?>", `?>${KEPT_MARK}`));
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const stale = `<Override PartName="/XL/Worksheets/Sheet2.xml" ContentType="${SHEET_TYPE}"/><Override PartName="/xl/tables/table1.xml" ContentType="${TABLE_TYPE}"/>`;
  zip.file("[Content_Types].xml", types.replace("</Types>", `${stale}</Types>`));
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const partNames = (types: string): string[] => [...types.matchAll(/<Override\b[^>]*?PartName="([^"]*)"/g)].map((m) => m[1].toLowerCase());

describe("summary with stale content-type overrides", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("the new parts take names no override holds, each named once, and the workbook is the whole path's", async () => {
    await writeStale(tmp.file("stale.xlsx"));
    const part = await runIn(tmp.dir, ["summary", "stale.xlsx", "--out", "part.xlsx"]);
    const whole = await runIn(tmp.dir, ["summary", "stale.xlsx", "--out", "whole.xlsx"], true);
    expect([part.code, part.stderr, whole.code]).toEqual([0, "", 0]);
    expect(await samePart(tmp.file("stale.xlsx"), tmp.file("part.xlsx"), "docProps/core.xml")).toBe(true);
    const out = await JSZip.loadAsync(readFileSync(tmp.file("part.xlsx")));
    const names = partNames((await out.file("[Content_Types].xml")?.async("string")) ?? "");
    expect(names.length).toBe(new Set(names).size);
    expect(Object.keys(out.files).filter((n) => /^xl\/(worksheets|tables)\/[^/]+\.xml$/.test(n)).sort()).toEqual([
      "xl/tables/table2.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml",
    ]);
    expect(names).toEqual(expect.arrayContaining(["/xl/worksheets/sheet3.xml", "/xl/tables/table2.xml"]));
    const [got, want] = [await snapshot(tmp.file("part.xlsx")), await snapshot(tmp.file("whole.xlsx"))];
    expect((got as { name: string }[]).map((s) => s.name)).toEqual(["Stock", "Inventory summary"]);
    expect(got).toEqual(want);
  });

  test("withOverrides replaces an override the part already has (any case) instead of adding a second", () => {
    const types = `<Types><Default Extension="xml" ContentType="application/xml"/><Override PartName="/XL/Tables/Table1.xml" ContentType="text/old"/><Override PartName="/xl/a.xml" ContentType="text/a"/></Types>`;
    expect(withOverrides(types, [{ part: "xl/tables/table1.xml", type: TABLE_TYPE }])).toBe(
      `<Types><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/a.xml" ContentType="text/a"/><Override PartName="/xl/tables/table1.xml" ContentType="${TABLE_TYPE}"/></Types>`,
    );
  });
});
