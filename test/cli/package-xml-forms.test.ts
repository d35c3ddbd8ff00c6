/**
 * XML written in forms other than exceljs's own (single-quoted attributes, processing
 * instructions): the part-by-part copy either reads them as the whole path does or gives way to
 * it, and the output is the whole path's either way.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellFormats } from "../../src/cli/xlsx-package/cell-formats";
import { isCopyable, packageForCopy } from "../../src/cli/xlsx-package/package-input";
import { runIn, snapshot } from "./support/package-books";
import { tempDir } from "./support/workbooks";

const SHEET = "xl/worksheets/sheet1.xml";

/** Stock: a header and three rows, the sheet's XML edited by `edit`. */
async function writeEdited(file: string, edit: (xml: string) => string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stock");
  sheet.addRow(["Name", "Qty", "Codes", "Category", "Income"]);
  sheet.addRow(["Poles", 2, "S-1, S-2", "Skis", 20]);
  sheet.addRow(["Helmet", 1, "H-1", "Helmets", 5]);
  sheet.addRow(["Boots", 1, "B-1", "Boots", 7]);
  sheet.getCell("E3").numFmt = "0.00";
  await workbook.xlsx.writeFile(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file(SHEET)?.async("string")) ?? "";
  const edited = edit(xml);
  expect(edited).not.toBe(xml);
  zip.file(SHEET, edited);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  writeFileSync(file, bytes);
  return bytes;
}

type Sheet = { name: string; rows: { r: number; cells: { value: unknown; numFmt: unknown }[] }[] };

/** Serializes on both paths; returns the part-by-part output's first sheet after checking it equals the whole path's. */
async function bothPaths(dir: string, name: string): Promise<Sheet> {
  const part = await runIn(dir, ["serialize", name, "--rows", "2-4", "--out", `part-${name}`]);
  const whole = await runIn(dir, ["serialize", name, "--rows", "2-4", "--out", `whole-${name}`], true);
  expect([part.code, part.stderr, whole.code]).toEqual([0, "", 0]);
  const got = (await snapshot(`${dir}/part-${name}`)) as Sheet[];
  expect(got).toEqual(await snapshot(`${dir}/whole-${name}`));
  return got[0];
}

const codes = (sheet: Sheet): unknown[] => sheet.rows.slice(1, 6).map((row) => row.cells[2].value);

describe("XML forms of the sheet", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test.each([
    ["a row in the middle", (x: string) => x.replace('<row r="3"', "<row r='3'")],
    ["the first row that moves", (x: string) => x.replace('<row r="2"', "<row r='2'")],
    ["cells and the dimension", (x: string) => x.replace(/<c r="([A-Z]+3)"/g, "<c r='$1'").replace(/<dimension ref="([^"]*)"/, "<dimension ref='$1'")],
  ])("single-quoted addresses (%s) are copied part by part, each row once", async (label, edit) => {
    const name = `${label.replace(/\W+/g, "-")}.xlsx`;
    const bytes = await writeEdited(tmp.file(name), edit);
    expect(isCopyable(await packageForCopy(bytes, undefined, "change"))).toBe(true);
    const sheet = await bothPaths(tmp.dir, name);
    expect(codes(sheet)).toEqual(["S-1", "S-2", "H-1", "B-1", null]);
    const out = await JSZip.loadAsync(readFileSync(tmp.file(`part-${name}`)));
    const rows = [...((await out.file(SHEET)?.async("string")) ?? "").matchAll(/<row\b[^>]*?\sr=["'](\d+)["']/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([1, 2, 3, 4, 5]);
  });

  test("a single-quoted row's cell formats are read (fix refuses by them)", async () => {
    const bytes = await writeEdited(tmp.file("formats.xlsx"), (x) => x.replace('<row r="3"', "<row r='3'"));
    const pkg = await packageForCopy(bytes, undefined, "change");
    if (!isCopyable(pkg)) throw new Error(pkg.fallback);
    const formatOf = await cellFormats(pkg, [{ row: 3, column: 5 }, { row: 2, column: 5 }]);
    expect([formatOf(3, 5), formatOf(2, 5)]).toEqual(["0.00", undefined]);
  });
});
