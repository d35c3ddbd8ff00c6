/** `inventory-rows labels` (issue 17): a PDF with the right pages, the Labels sheet with pictures in the label cells, what was not labelled. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { PDFDocument } from "pdf-lib";
import { LABEL_LAYOUTS, labelSheetGrid, mmToPoints } from "../../src/core";
import { main } from "../../src/cli/main";
import { helpText } from "../../src/cli/help";
import { columnChars } from "../../src/cli/write-labels-xlsx";
import { captureIO, readBack, tempDir } from "./support/workbooks";

const codes = (n: number, prefix = "POLE-"): string => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`).join(", ");

/** Rows 2-5: a pool of 25 coded poles; 2 helmets with 1 code; a code Code 128 cannot print; a duplicate pair. */
const STOCK = [
  ["Name", "Qty", "Codes", "Category"],
  ["Ski pole", 25, codes(25), "Poles"],
  ["Helmet", 2, "0042", "Helmets"],
  ["Skíd", 1, "SKÍ-1", "Skis"],
  ["Boot", 1, "B-1", "Boots"],
];

describe("inventory-rows labels", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(() => writeFileSync(tmp.file("stock.json"), JSON.stringify(STOCK)));

  async function run(...args: string[]) {
    const io = captureIO(tmp.dir);
    const code = await main(["labels", "stock.json", ...args], io.io);
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  }

  test("a PDF with one A4 page per 21 labels, exit 0 when every code got its label", async () => {
    const { code, stdout } = await run("--rows", "2", "--out", "poles.pdf");
    expect(stdout).toBe("stock.json:\n25 labels on 2 pages (Avery L7160 (A4, 21 per sheet), Code 128).\nWrote poles.pdf.\n");
    expect(code).toBe(0);
    const pdf = await PDFDocument.load(readFileSync(tmp.file("poles.pdf")));
    expect(pdf.getPageCount()).toBe(2);
    expect(pdf.getPage(0).getWidth()).toBeCloseTo(mmToPoints(210), 1);
  });

  test("copies and the US Letter layout change the page count", async () => {
    const { stdout } = await run("--rows", "2", "--copies", "2", "--layout", "5160", "--out", "copies.pdf");
    expect(stdout).toContain("50 labels on 2 pages (Avery 5160 (US Letter, 30 per sheet), Code 128).");
    expect((await PDFDocument.load(readFileSync(tmp.file("copies.pdf")))).getPage(0).getHeight()).toBeCloseTo(792, 1);
  });

  test("refused codes are listed with their cells, uncoded units and skipped rows too, exit 1; the other labels are written", async () => {
    const { code, stdout } = await run("--rows", "1,3-5", "--out", "mixed.pdf");
    expect(stdout).toBe(
      "stock.json:\n" +
        "2 labels on 1 page (Avery L7160 (A4, 21 per sheet), Code 128).\n" +
        "Skipped 1:\n  row 1: this is the header row\n" +
        "Codes left without a label (1):\n" +
        '  C4: "SKÍ-1" holds Í (U+00CD), which Code 128 cannot print (it takes letters A–Z, digits, spaces and ASCII punctuation); use QR or change the code\n' +
        "Units without a code (1); serialize the row, or generate codes for a row without any, then print their labels:\n" +
        "  row 3: 1 unit has no code\n" +
        "Wrote mixed.pdf.\n",
    );
    expect(code).toBe(1);
    expect(existsSync(tmp.file("mixed.pdf"))).toBe(true);
  });

  test("nothing to label writes nothing and says what to choose", async () => {
    const { code, stdout } = await run("--rows", "4", "--symbology", "ean13", "--out", "none.pdf");
    expect(stdout).toContain("No labels: choose rows of the inventory table whose codes can be printed");
    expect(code).toBe(1);
    expect(existsSync(tmp.file("none.pdf"))).toBe(false);
  });

  test("--json lists every label with its cell and Excel row", async () => {
    const { stdout } = await run("--rows", "3", "--json", "--lines", "name,code", "--symbology", "qr", "--out", "one.pdf");
    const json = JSON.parse(stdout);
    expect(json.labels).toEqual([{ code: "0042", excelRow: 3, cell: "C3", lines: ["Helmet", "0042"] }]);
    expect(json.uncoded).toEqual([{ row: 2, units: 1, quantity: 2, excelRow: 3 }]);
    expect(json).toMatchObject({ layout: "l7160", symbology: "qr", pages: 1 });
  });

  test("--lang prints the frame and the reasons in the language", async () => {
    const { stdout } = await run("--rows", "4", "--lang", "de-DE", "--out", "de.pdf");
    expect(stdout).toContain('C4: "SKÍ-1" enthält Í (U+00CD), das Code 128 nicht drucken kann');
    expect(stdout).toContain("Keine Etiketten");
  });

  describe("a code too long for the roll", () => {
    const long = "ABCDEFGHIJ".repeat(4);
    beforeAll(() => writeFileSync(tmp.file("long.json"), JSON.stringify([["Name", "Qty", "Codes"], ["Cable", 2, `SHORT-1, ${long}`]])));
    const refusal = `  C2: "${long}" is too long for this label: its narrowest bars would print 0.1 mm wide, and scanners need at least 0.19 mm; use QR or a wider label\n`;

    test.each(["long.pdf", "long.xlsx"])("is listed as refused with its cell in %s; the other label is still written, exit 1", async (out) => {
      const io = captureIO(tmp.dir);
      const code = await main(["labels", "long.json", "--rows", "2", "--layout", "roll57x32", "--out", out], io.io);
      expect(io.stdout()).toBe(
        "long.json:\n1 label on 1 page (Roll label 57 × 32 mm (Dymo, Zebra), Code 128).\nCodes left without a label (1):\n" + refusal + `Wrote ${out}.\n`,
      );
      expect(code).toBe(1);
      if (out.endsWith(".pdf")) expect((await PDFDocument.load(readFileSync(tmp.file(out)))).getPageCount()).toBe(1);
      else expect(((await readBack(tmp.file(out))).getWorksheet("Labels") as ExcelJS.Worksheet).getImages()).toHaveLength(1);
    });
  });

  test("an .xlsx of more than 1,000 roll labels is refused before anything is drawn: Excel keeps 1,026 page breaks in a sheet", async () => {
    const { code, stdout } = await run("--rows", "2", "--copies", "41", "--layout", "roll57x32", "--out", "many.xlsx");
    expect(stdout).toBe(
      "No workbook: 1,025 labels make 1,025 pages, and Excel keeps at most 1,026 page breaks in a sheet. Make at most 1,000 labels at a time: " +
        "choose fewer rows with --rows ranges (for example --rows 2-500, then --rows 501-1000), or write a PDF; many.xlsx was not written.\n",
    );
    expect(code).toBe(1);
    expect(existsSync(tmp.file("many.xlsx"))).toBe(false);
  });

  describe("the .xlsx", () => {
    let sheet: ExcelJS.Worksheet;
    beforeAll(async () => {
      expect((await run("--rows", "2", "--out", "labels.xlsx")).code).toBe(0);
      sheet = (await readBack(tmp.file("labels.xlsx"))).getWorksheet("Labels") as ExcelJS.Worksheet;
    });

    test("puts one picture in each label cell: three across with gap columns, a page every 7 rows", () => {
      const cells = sheet.getImages().map((image) => [image.range.tl.nativeRow, image.range.tl.nativeCol]);
      expect(cells).toHaveLength(25);
      expect(cells.slice(0, 4)).toEqual([[0, 0], [0, 2], [0, 4], [1, 0]]);
      expect(cells[21]).toEqual([7, 0]);
      expect(cells[24]).toEqual([8, 0]);
    });

    test("writes the text lines into the label cell", () => {
      expect(sheet.getCell("A1").value).toBe("POLE-01\nSki pole\nPoles");
      expect(sheet.getCell("E1").value).toBe("POLE-03\nSki pole\nPoles");
      expect(sheet.getCell("A1").alignment).toMatchObject({ wrapText: true, vertical: "bottom" });
    });

    test("lays the sheet out as the layout: widths, heights, margins, A4, no gridlines", () => {
      const grid = labelSheetGrid(LABEL_LAYOUTS.l7160);
      expect([1, 2, 3, 4, 5].map((c) => sheet.getColumn(c).width)).toEqual(grid.columnWidthsPt.map(columnChars));
      expect(sheet.getRow(1).height).toBeCloseTo(grid.pageRowHeightsPt[0], 5);
      expect(sheet.getRow(14).height).toBeCloseTo(grid.pageRowHeightsPt[6], 5);
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.pageSetup.margins?.left).toBeCloseTo(grid.marginsIn.left, 6);
      expect(sheet.pageSetup.margins?.top).toBeCloseTo(grid.marginsIn.top, 6);
      expect(sheet.views[0].showGridLines).toBe(false);
    });
  });

  test.each([
    [["--rows", "2", "--out", "x.csv"], /labels writes \.pdf .* or \.xlsx/],
    [["--out", "x.pdf"], /labels needs --rows/],
    [["--rows", "2"], /labels needs --out/],
    [["--rows", "2", "--copies", "0", "--out", "x.pdf"], /--copies 0: give a whole number from 1 to 100/],
    [["--rows", "2", "--layout", "a4", "--out", "x.pdf"], /--layout a4: use 5160, l7160, roll57x32/],
    [["--rows", "2", "--lines", "code,price", "--out", "x.pdf"], /--lines price: use code, name, category/],
    [["--rows", "2", "--out", "poles.pdf"], /already exists; add --force/],
  ])("usage errors exit 2: %j", async (args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  test("help names the command, its layouts and exit codes", () => {
    expect(helpText()).toContain("inventory-rows labels    FILE --rows 5,7-9");
    expect(helpText("labels")).toContain("roll57x32  Roll label 57 × 32 mm (Dymo, Zebra)");
    expect(helpText("labels")).toContain("Exit code: 0 when every code of the chosen rows got a label");
  });
});
