/** The streamed sheet's row XML (issue 23 §6): bytes as exceljs writes them, handed to the zip as the rows are made. */
import { statSync } from "node:fs";
import fc from "fast-check";
import type { CellValue } from "../../src/core";
import { streamGridWorkbook } from "../../src/cli/stream-grid";
import { XmlBytes } from "../../src/cli/xml-bytes";
import { readBack, tempDir } from "./support/workbooks";

const utf8 = (xml: XmlBytes) => xml.bytes().toString("utf8");

describe("XmlBytes", () => {
  test("numbers come out as String(n) writes them", () => {
    const numbers = [0, -0, 7, -7, 10, 99, 100, 1_000_001, 999_999_999_999_999, -999_999_999_999_999, 1e15, 1e21, 0.1, -2.5, 1 / 3, 5e-324, 2 ** 53 + 2];
    for (const n of numbers) expect(utf8(new XmlBytes(4).number(n))).toBe(String(n));
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => utf8(new XmlBytes(2).number(n)) === String(n)));
    fc.assert(fc.property(fc.integer({ min: -1e15 + 1, max: 1e15 - 1 }), (n) => utf8(new XmlBytes(2).integer(n)) === String(n)));
  });

  test("text comes out as Buffer's UTF-8, lone surrogates included, past the first buffer's size", () => {
    const texts = ["", "Skis", "Größe 42 – ½", "雪板 🎿", "\ud800 alone", "x".repeat(5000)];
    const xml = new XmlBytes(8);
    for (const text of texts) xml.ascii("<v>").text(text).ascii("</v>");
    expect(xml.bytes()).toEqual(Buffer.from(texts.map((t) => `<v>${t}</v>`).join(""), "utf8"));
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => new XmlBytes(1).text(text).bytes().equals(Buffer.from(text, "utf8"))));
  });

  test("bytes() is a copy: clearing and writing again leaves it as it was", () => {
    const xml = new XmlBytes(16).ascii("<row r=\"").integer(12).ascii("\">");
    const first = xml.bytes();
    xml.clear();
    xml.ascii("overwritten!!");
    expect(first.toString()).toBe('<row r="12">');
    expect(xml.length).toBe(13);
  });
});

describe("streamed sheet", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("rows reach the file while later rows are still being made, not all at the commit", async () => {
    const rows = 20_000;
    const grid: CellValue[][] = [["Name", "Qty", "Codes", "Income"]];
    for (let r = 1; r < rows; r++) grid.push([`Item ${r}`, 1, `C-${r}`, r / 4]);
    const file = tmp.file("growing.xlsx");
    let bytesWhenLastRowRead = -1;
    const last = grid[rows - 1];
    Object.defineProperty(grid, rows - 1, {
      get() {
        bytesWhenLastRowRead = sizeOf(file);
        return last;
      },
    });
    await streamGridWorkbook(file, "Stock", grid, { sources: Int32Array.from(grid.keys()) });
    // Before, the whole sheet waited in memory for the commit and the file was empty here.
    expect(bytesWhenLastRowRead).toBeGreaterThan(sizeOf(file) / 2);
    const sheet = (await readBack(file)).worksheets[0];
    expect(sheet.rowCount).toBe(rows);
    expect(sheet.getCell(`C${rows}`).value).toBe(`C-${rows - 1}`);
    expect(sheet.getCell(`D${rows}`).value).toBe((rows - 1) / 4);
  });
});

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
