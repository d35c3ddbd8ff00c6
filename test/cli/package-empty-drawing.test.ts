/**
 * Google Sheets exports give every sheet a `<drawing>` whose part draws nothing (no anchors): the
 * copy keeps it as it is, part by part, since no row move touches it; the cells and styles are the
 * whole path's, and the sheet's relationship still finds its drawing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isCopyable, packageForCopy } from "../../src/cli/xlsx-package/package-input";
import { KEPT_MARK, runIn, samePart, snapshot } from "./support/package-books";
import { tempDir } from "./support/workbooks";

const SHEET = "xl/worksheets/sheet1.xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const EMPTY = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>';
const ANCHORED = EMPTY.replace("/>", '><xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="1" cy="1"/><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>');

/** Stock, its sheet given a drawing part holding `drawing`, linked the way Google Sheets links it. */
async function writeWithDrawing(file: string, drawing: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stock");
  sheet.addRow(["Name", "Qty", "Codes", "Category", "Income"]);
  sheet.addRow(["Poles", 2, "S-1, S-2", "Skis", 20]);
  sheet.addRow(["Helmet", 1, "H-1", "Helmets", 5]);
  sheet.getCell("E2").numFmt = "0.00";
  await workbook.xlsx.writeFile(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  zip.file("docProps/core.xml", core.replace("?>", `?>${KEPT_MARK}`));
  const xml = (await zip.file(SHEET)?.async("string")) ?? "";
  zip.file(SHEET, xml.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'));
  zip.file("xl/worksheets/_rels/sheet1.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${DRAWING_REL}" Target="../drawings/drawing1.xml"/></Relationships>`);
  zip.file("xl/drawings/drawing1.xml", drawing);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_TYPE}"/></Types>`));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  writeFileSync(file, bytes);
  return bytes;
}

describe("a drawing with nothing in it", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("is copied part by part; cells and styles are the whole path's and the drawing stays linked", async () => {
    const bytes = await writeWithDrawing(tmp.file("empty.xlsx"), EMPTY);
    expect(isCopyable(await packageForCopy(bytes, undefined, "change"))).toBe(true);
    const part = await runIn(tmp.dir, ["serialize", "empty.xlsx", "--rows", "2", "--out", "part.xlsx"]);
    const whole = await runIn(tmp.dir, ["serialize", "empty.xlsx", "--rows", "2", "--out", "whole.xlsx"], true);
    expect([part.code, part.stderr, whole.code]).toEqual([0, "", 0]);
    expect(await samePart(tmp.file("empty.xlsx"), tmp.file("part.xlsx"), "docProps/core.xml")).toBe(true);
    const got = (await snapshot(tmp.file("part.xlsx"))) as { rows: { cells: { value: unknown }[] }[] }[];
    expect(got).toEqual(await snapshot(tmp.file("whole.xlsx")));
    expect(got[0].rows.slice(1, 4).map((row) => row.cells[2].value)).toEqual(["S-1", "S-2", "H-1"]);
    const out = await JSZip.loadAsync(readFileSync(tmp.file("part.xlsx")));
    expect(await out.file("xl/worksheets/sheet1.xml")?.async("string")).toContain('<drawing r:id="rId1"/>');
    expect(await out.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")).toContain('Target="../drawings/drawing1.xml"');
    expect(await out.file("xl/drawings/drawing1.xml")?.async("string")).toBe(EMPTY);
  });

  test("a drawing with an anchor keeps the whole path", async () => {
    const bytes = await writeWithDrawing(tmp.file("anchored.xlsx"), ANCHORED);
    expect(await packageForCopy(bytes, undefined, "change")).toEqual({ fallback: "the sheet links to drawing" });
  });
});
