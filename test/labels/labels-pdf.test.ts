/** The labels PDF: pages of the layout's size, one per sheet of labels, text that never crashes the standard font. */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { LABEL_LAYOUTS, mmToPoints, planLabels, type CellValue, type LayoutId, type Symbology } from "../../src/core";
import { labelsPdf } from "../../src/labels/labels-pdf";
import { encodable, fitLine } from "../../src/labels/pdf-text";
import { labelBox } from "../../src/labels/label-box";

const pool = (count: number, name: CellValue = "Ski pole"): CellValue[][] => [
  ["Name", "Qty", "Codes", "Category"],
  [name, count, Array.from({ length: count }, (_, i) => `P-${i + 1}`).join(", "), "Poles"],
];

async function pdfOf(count: number, layout: LayoutId, name?: CellValue, symbology: Symbology = "code128"): Promise<PDFDocument> {
  const plan = planLabels(pool(count, name), [1], { symbology });
  return PDFDocument.load((await labelsPdf(plan, LABEL_LAYOUTS[layout], { codeLine: true })).file);
}

test.each([
  ["l7160", 21, 1],
  ["l7160", 22, 2],
  ["5160", 31, 2],
  ["roll57x32", 3, 3],
] as const)("%s: %i labels give %i pages of the layout's size", async (layout, count, pages) => {
  const doc = await pdfOf(count, layout);
  expect(doc.getPageCount()).toBe(pages);
  const { width, height } = doc.getPage(0).getSize();
  expect(width).toBeCloseTo(mmToPoints(LABEL_LAYOUTS[layout].pageWidthMm), 1);
  expect(height).toBeCloseTo(mmToPoints(LABEL_LAYOUTS[layout].pageHeightMm), 1);
});

test("a name outside the standard font's characters still makes the PDF", async () => {
  const doc = await pdfOf(2, "l7160", "滑雪杖 Łódź Ąžuolas", "qr");
  expect(doc.getPageCount()).toBe(1);
});

describe("text for the standard font", () => {
  let font: Awaited<ReturnType<PDFDocument["embedFont"]>>;
  beforeAll(async () => {
    font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  });

  test("keeps what WinAnsi holds, takes the base letter of a missing accented one, else ?", () => {
    expect(encodable(font, "Ski pole – Åre, Müller €5")).toBe("Ski pole – Åre, Müller €5");
    expect(encodable(font, "Ąžuolas Łódź 滑雪")).toBe("Ažuolas Lódz ??");
  });

  test("stroked letters lose the stroke: Ł ł Đ đ ı print as L l D d i", () => {
    expect(encodable(font, "Łł Đđ ı")).toBe("Ll Dd i");
  });

  test("decomposed text is put in NFC first; a combining mark without a precomposed letter is dropped, not ?", () => {
    expect(encodable(font, "Mu\u0308ller Ore\u0301")).toBe("Müller Oré");
    expect(encodable(font, "q\u0301x\u0323")).toBe("qx");
  });

  test("line breaks and tabs print as spaces", () => {
    expect(encodable(font, "Ski\npole\r\nset\tB")).toBe("Ski pole set B");
  });

  test("a long line shrinks to 5 pt, then is cut with …", () => {
    const short = fitLine(font, "POLE-01", 8, 100);
    expect(short).toEqual({ text: "POLE-01", sizePt: 8 });
    const long = fitLine(font, "A very long product name that never fits on a small label", 8, 60);
    expect(long.sizePt).toBe(5);
    expect(long.text.endsWith("…")).toBe(true);
    expect(font.widthOfTextAtSize(long.text, 5)).toBeLessThanOrEqual(60);
  });
});

test.each(Object.keys(LABEL_LAYOUTS) as LayoutId[])("%s: the barcode and the text stay inside the label", (id) => {
  const layout = LABEL_LAYOUTS[id];
  for (const symbology of ["code128", "qr"] as const) {
    for (const lines of [0, 3]) {
      const box = labelBox(layout, symbology, lines);
      for (const b of [box.barcode, box.text]) {
        expect(b.xMm).toBeGreaterThanOrEqual(1.5);
        expect(b.yMm).toBeGreaterThanOrEqual(1.5);
        expect(b.xMm + b.widthMm).toBeLessThanOrEqual(layout.labelWidthMm - 1.5 + 1e-9);
        expect(b.yMm + b.heightMm).toBeLessThanOrEqual(layout.labelHeightMm - 1.5 + 1e-9);
      }
      expect(box.barcode.heightMm).toBeGreaterThan(8);
    }
  }
});
