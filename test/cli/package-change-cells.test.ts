/**
 * What the part-by-part .xlsx change reads from the package instead of the workbook model
 * (issue 23 §6): a numeric code's number format (fix), the sheet's last row (serialize's row
 * limit), and the text format written on only the cells written.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { KEPT_MARK, runIn, samePart } from "./support/package-books";
import { readBack, tempDir } from "./support/workbooks";

async function write(file: string, build: (sheet: ExcelJS.Worksheet) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stock");
  sheet.addRow(["Name", "Qty", "Codes", "Category", "Income"]);
  build(sheet);
  await workbook.xlsx.writeFile(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  zip.file("docProps/core.xml", core.replace("?>", `?>${KEPT_MARK}`));
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("the part-by-part change reads from the package", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("fix: a numeric code shown through a format is refused, a plain one becomes text, as on the whole path", async () => {
    await write(tmp.file("codes.xlsx"), (sheet) => {
      sheet.addRow(["Helmet", 1, 12345, "Helmets", 5]);
      sheet.addRow(["Padded", 1, 123, "Cards", 5]);
      sheet.addRow(["Dated", 1, 45000, "Cards", 5]);
      sheet.getCell("C3").numFmt = "00000";
      sheet.getCell("C4").numFmt = "mm-dd-yy";
    });
    const part = await runIn(tmp.dir, ["fix", "codes.xlsx", "--out", "codes-out.xlsx"]);
    const whole = await runIn(tmp.dir, ["fix", "codes.xlsx", "--out", "codes-whole.xlsx"], true);
    expect(await samePart(tmp.file("codes.xlsx"), tmp.file("codes-out.xlsx"), "docProps/core.xml")).toBe(true);
    expect(part.code).toBe(1);
    expect(part.stdout).toBe(whole.stdout.replace("codes-whole.xlsx", "codes-out.xlsx"));
    expect(part.stdout).toContain('  row 3: C3: the code is a number shown with the format "00000"');
    expect(part.stdout).toContain('  row 4: C4: the code is a number shown with the format "mm-dd-yy"');
    const sheet = (await readBack(tmp.file("codes-out.xlsx"))).getWorksheet("Stock") as ExcelJS.Worksheet;
    expect(["C2", "C3"].map((a) => [sheet.getCell(a).value, sheet.getCell(a).numFmt])).toEqual([["12345", "@"], [123, "00000"]]);
    expect(sheet.getCell("C4").numFmt).toBe("mm-dd-yy");
  });

  test("serialize counts its row limit from the sheet's last row, a row of the package with no value in it", async () => {
    await write(tmp.file("last.xlsx"), (sheet) => {
      sheet.addRow(["Poles", 2, "P-1, P-2", "Skis", 20]);
      sheet.getRow(1_048_576).height = 20;
    });
    const part = await runIn(tmp.dir, ["serialize", "last.xlsx", "--rows", "2", "--out", "last-out.xlsx"]);
    const whole = await runIn(tmp.dir, ["serialize", "last.xlsx", "--rows", "2", "--out", "last-whole.xlsx"], true);
    expect(part).toEqual({ ...whole, stdout: whole.stdout.replace("last-whole.xlsx", "last-out.xlsx") });
    expect(part.code).toBe(1);
    expect(part.stdout).toContain("Refused 1:");
  });

  test("a code written as text makes only its own cell @, not the others of its style", async () => {
    await write(tmp.file("style.xlsx"), (sheet) => {
      sheet.addRow(["Helmet", 1, null, "Helmets", 5]);
      sheet.addRow(["Boots", 1, "B-1", "Boots", 7]);
      for (const a of ["B2", "C2", "E2", "B3"]) sheet.getCell(a).font = { bold: true };
    });
    for (const [out, whole] of [["style-out.xlsx", false], ["style-whole.xlsx", true]] as const) {
      expect((await runIn(tmp.dir, ["generate-codes", "style.xlsx", "--out", out], whole)).code).toBe(0);
      const sheet = (await readBack(tmp.file(out))).getWorksheet("Stock") as ExcelJS.Worksheet;
      expect(["B2", "C2", "E2", "B3"].map((a) => [sheet.getCell(a).numFmt ?? null, Boolean(sheet.getCell(a).font?.bold)])).toEqual([
        [null, true], ["@", true], [null, true], [null, true],
      ]);
    }
    expect(await samePart(tmp.file("style.xlsx"), tmp.file("style-out.xlsx"), "docProps/core.xml")).toBe(true);
  });
});
