/**
 * What keeps an .xlsx --out on the whole-workbook path (issue 23 §6): each feature the part-by-part
 * copy does not carry along the moving rows is named by packageForCopy, and the command's output is
 * still right, written by the whole path.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isCopyable, packageForCopy } from "../../src/cli/xlsx-package/package-input";
import { readForCopy } from "../../src/cli/xlsx-package/read-for-copy";
import { KEPT_MARK, runIn, samePart } from "./support/package-books";
import { readBack, tempDir } from "./support/workbooks";

type Build = (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void;
type Patch = (zip: JSZip) => Promise<void>;

/** Stock: a header and three rows, the first of two pieces (serialize splits it); core.xml marked. */
async function writeBase(file: string, build?: Build, patch?: Patch): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stock");
  sheet.addRow(["Name", "Qty", "Codes", "Category", "Income"]);
  sheet.addRow(["Poles", 2, "S-1, S-2", "Skis", 20]);
  sheet.addRow(["Helmet", 1, "H-1", "Helmets", 5]);
  sheet.addRow(["Boots", 1, "B-1", "Boots", 7]);
  build?.(workbook, sheet);
  await workbook.xlsx.writeFile(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  zip.file("docProps/core.xml", core.replace("?>", `?>${KEPT_MARK}`));
  await patch?.(zip);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  writeFileSync(file, bytes);
  return bytes;
}

async function editPart(zip: JSZip, name: string, edit: (xml: string) => string): Promise<void> {
  zip.file(name, edit((await zip.file(name)?.async("string")) ?? ""));
}

const SHEET = "xl/worksheets/sheet1.xml";

const CASES: [feature: string, reason: RegExp, build?: Build, patch?: Patch][] = [
  ["a formula on the sheet", /^the sheet has formulas$/, (_, s) => void (s.getCell("G2").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue)],
  ["a formula on another sheet", /^sheet part xl\/worksheets\/sheet2\.xml has formulas$/, (wb) => void (wb.addWorksheet("Calc").getCell("A1").value = { formula: "Stock!B2*2", result: 4 } as ExcelJS.CellFormulaValue)],
  ["a defined name", /^defined names$/, (wb) => wb.definedNames.add("Stock!$A$1:$A$3", "things")],
  ["an Excel table on another sheet", /^Excel tables$/, (wb) => void wb.addWorksheet("T").addTable({ name: "T1", ref: "A1", columns: [{ name: "a" }], rows: [[1]] })],
  ["merged cells", /^the sheet has merged cells$/, (_, s) => s.mergeCells("H1:I1")],
  ["data validation", /^the sheet has data validation$/, (_, s) => void (s.getCell("B2").dataValidation = { type: "whole", operator: "greaterThan", formulae: [0] })],
  ["a conditional format", /^the sheet has conditional formats$/, (_, s) =>
    s.addConditionalFormatting({ ref: "B2:B4", rules: [{ type: "cellIs", operator: "greaterThan", formulae: [1], style: { font: { bold: true } }, priority: 1 }] })],
  ["a hyperlink", /hyperlink/, (_, s) => void (s.getCell("F2").value = { text: "site", hyperlink: "https://example.com" })],
  ["an AutoFilter", /^the sheet has a filter$/, (_, s) => void (s.autoFilter = "A1:E1")],
  ["a page break", /^the sheet has page breaks$/, (_, s) => s.getRow(2).addPageBreak()],
  ["a note", /^the sheet links to (comments|vmlDrawing)$/, (_, s) => void (s.getCell("A2").note = "a note")],
  ["a row style", /^row styles$/, (_, s) => void (s.getRow(3).font = { bold: true })],
  ["a chart part", /charts/, undefined, async (zip) => void zip.file("xl/charts/chart1.xml", "<chartSpace/>")],
  ["a calculation chain", /^a calculation chain$/, undefined, async (zip) => void zip.file("xl/calcChain.xml", "<calcChain/>")],
  ["an extension list (x14)", /^the sheet has extensions/, undefined, (zip) => editPart(zip, SHEET, (x) => x.replace("</worksheet>", '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"/></extLst></worksheet>'))],
  ["a cell without its address", /^a cell without its address$/, undefined, (zip) => editPart(zip, SHEET, (x) => x.replace('<c r="B3"', "<c"))],
  ["a row without its number", /^a row without its number$/, undefined, (zip) => editPart(zip, SHEET, (x) => x.replace('<row r="4"', "<row"))],
  ["an XML comment among the rows", /^XML comments, CDATA or processing instructions in the sheet$/, undefined, (zip) => editPart(zip, SHEET, (x) => x.replace('<row r="3"', '<!-- <row r="9"> --><row r="3"'))],
  ["a processing instruction among the rows", /^XML comments, CDATA or processing instructions in the sheet$/, undefined, (zip) => editPart(zip, SHEET, (x) => x.replace('<row r="3"', '<?mark <row r="9"/>?><row r="3"'))],
  ["a macro-enabled workbook", /macro-enabled/, undefined, (zip) => editPart(zip, "[Content_Types].xml", (x) => x.replace("sheet.main+xml", "sheet.macroEnabled.main+xml"))],
  ["a namespace prefix", /namespace prefix/, undefined, (zip) => editPart(zip, SHEET, (x) => x.replace("<worksheet ", '<x:worksheet xmlns:x="urn:x" ').replace("</worksheet>", "</worksheet></x:worksheet>"))],
];

describe("packageForCopy falls back to the whole workbook", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("a plain inventory is copied part by part, with its last row", async () => {
    const pkg = await packageForCopy(await writeBase(tmp.file("plain.xlsx")), undefined, "change");
    expect(isCopyable(pkg) && { sheetName: pkg.sheetName, sheetPart: pkg.sheetPart, stylesPart: pkg.stylesPart, lastRow: pkg.lastRow }).toEqual({
      sheetName: "Stock", sheetPart: SHEET, stylesPart: "xl/styles.xml", lastRow: 4,
    });
  });

  test.each(CASES.map(([feature, reason, build, patch]) => ({ feature, reason, build, patch })))("$feature", async ({ feature, reason, build, patch }) => {
    const name = `${feature.replace(/\W+/g, "-")}.xlsx`;
    const bytes = await writeBase(tmp.file(name), build, patch);
    expect(await packageForCopy(bytes, undefined, "change")).toEqual({ fallback: expect.stringMatching(reason) });
    // exceljs itself does not read these sheets: the whole path's error is the answer, tested elsewhere.
    if (feature === "a namespace prefix" || feature === "a row without its number") return;
    const run = await runIn(tmp.dir, ["serialize", name, "--rows", "2", "--out", `out-${name}`]);
    expect(run.code).toBe(0);
    expect(await samePart(tmp.file(name), tmp.file(`out-${name}`), "docProps/core.xml")).toBe(false);
    const sheet = (await readBack(tmp.file(`out-${name}`))).getWorksheet("Stock") as ExcelJS.Worksheet;
    expect([2, 3, 4, 5].map((r) => sheet.getCell(`C${r}`).value)).toEqual(["S-1", "S-2", "H-1", "B-1"]);
  });

  test("a value far outside the inventory keeps the whole path (it moves with the rows there)", async () => {
    const bytes = await writeBase(tmp.file("stray.xlsx"), (_, s) => void (s.getCell("XFD100").value = "leftover"));
    expect(isCopyable(await packageForCopy(bytes, undefined, "change"))).toBe(true);
    expect(await readForCopy(bytes, "stray.xlsx", "change", {})).toBeNull();
    const run = await runIn(tmp.dir, ["serialize", "stray.xlsx", "--rows", "2", "--out", "out-stray.xlsx"]);
    expect(run.code).toBe(0);
    expect(await samePart(tmp.file("stray.xlsx"), tmp.file("out-stray.xlsx"), "docProps/core.xml")).toBe(false);
    expect((await readBack(tmp.file("out-stray.xlsx"))).getWorksheet("Stock")?.getCell("XFD101").value).toBe("leftover");
  });

  test("a sheet the workbook does not have is the whole path's usage error", async () => {
    const bytes = await writeBase(tmp.file("named.xlsx"));
    expect(await packageForCopy(bytes, "Missing", "change")).toEqual({ fallback: "no such sheet" });
    const run = await runIn(tmp.dir, ["serialize", "named.xlsx", "--sheet", "Missing", "--rows", "2", "--out", "out-named.xlsx"]);
    expect([run.code, run.stderr]).toEqual([2, 'inventory-rows: named.xlsx has no sheet "Missing"; its sheets are: Stock\n']);
  });
});
