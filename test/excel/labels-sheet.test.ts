/**
 * The labels sheet on the strict host: pictures at the label cells, the page set up as the label
 * stock needs, blocks under the payload limit, ExcelApi 1.9 required, rerun replaces, a failure
 * leaves the workbook as it was.
 */
import { LABEL_LAYOUTS, labelSheetGrid, mmToPoints } from "../../src/core";
import { ActionRefusedError, ExcelActionError, labelBlocks, LABELS_IDS_KEY, writeLabelsSheet, type SheetLabel } from "../../src/excel";
import { createTestHost, FIVE_MB, type HostSeed, type TestHost } from "../host";
import { tinyPng } from "./tiny-png";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

function install(seed: Partial<HostSeed> = {}): TestHost {
  host = createTestHost({ sheets: [{ name: "Stock", values: [["Name", "Codes"], ["Ski pole", "POLE-01"]] }], maxExcelApi: "1.20", ...seed });
  host.install();
  return host;
}

const picture = { base64: tinyPng(4, 2), widthPx: 4, heightPx: 2 };
const labelsOf = (count: number, base64 = picture.base64): SheetLabel[] =>
  Array.from({ length: count }, (_, i) => {
    const code = `POLE-${String(i + 1).padStart(2, "0")}`;
    return { code, lines: [code, "Ski pole"], picture: { ...picture, base64 } };
  });

const write = (h: TestHost, labels: SheetLabel[], layout = LABEL_LAYOUTS.l7160, onProgress?: (done: number, total: number) => void) =>
  h.Excel.run((context) => writeLabelsSheet(context, labels, { layout, locale: "en-US", sourceName: "Stock", onProgress }));

test("each barcode picture lands on its label's cell, inside the label, and the cell holds the text lines as text", async () => {
  const h = install();
  const done = await write(h, labelsOf(4));
  expect(done).toEqual({ sheetName: "Labels", replaced: false, pages: 1, blocks: 1 });
  const shapes = h.shapes("Labels");
  // L7160: three labels across with a gap column between them, so labels sit in A, C and E.
  expect(shapes.map((s) => s.cell)).toEqual(["A1", "C1", "E1", "A2"]);
  expect(shapes.map((s) => s.altTextDescription)).toEqual(["POLE-01", "POLE-02", "POLE-03", "POLE-04"]);
  const grid = labelSheetGrid(LABEL_LAYOUTS.l7160);
  const labelLeft = grid.columnWidthsPt[0] + grid.columnWidthsPt[1];
  const second = shapes[1];
  expect(second.left).toBeGreaterThanOrEqual(labelLeft + mmToPoints(2) - 0.01);
  expect(second.left + second.width).toBeLessThanOrEqual(labelLeft + mmToPoints(63.5) - mmToPoints(2) + 0.01);
  // The picture keeps the drawn proportions (4 × 2 pixels).
  expect(second.width / second.height).toBeCloseTo(2, 6);
  expect(shapes[3].top).toBeCloseTo(mmToPoints(38.1) + mmToPoints(2), 6);
  expect(h.sheetValues("Labels")[0][2]).toBe("POLE-02\nSki pole");
  expect(h.sheetFormats("Labels")[0][0]).toBe("@");
});

test("200 roll labels: rows are whole pixels as Excel stores them, and every picture's top stays within its own label row", async () => {
  const h = install();
  await write(h, labelsOf(200), LABEL_LAYOUTS.roll57x32);
  const heights = h.printSetup("Labels").rowHeights;
  // Excel keeps a row height in whole pixels (0.75 pt): a height it would snap is a drift waiting to add up.
  expect(heights.every((pt) => Number.isInteger(pt / 0.75))).toBe(true);
  // Where Excel draws each row: the heights as it snaps them.
  const snapped = heights.map((pt) => Math.round(pt / 0.75) * 0.75);
  const shapes = h.shapes("Labels");
  expect(shapes).toHaveLength(200);
  shapes.forEach((shape, i) => {
    const rowTop = snapped.slice(0, i).reduce((a, b) => a + b, 0);
    expect(shape.top).toBeGreaterThanOrEqual(rowTop);
    expect(shape.top + shape.height).toBeLessThanOrEqual(rowTop + snapped[i]);
  });
});

test("the page is the label stock: paper, margins, column widths and row heights in points, no gridlines, 100 %, a break per page", async () => {
  const h = install();
  await write(h, labelsOf(30));
  const setup = h.printSetup("Labels");
  expect(setup.paperSize).toBe("A4");
  expect(setup.margins.top).toBeCloseTo(mmToPoints(LABEL_LAYOUTS.l7160.marginTopMm), 6);
  expect(setup.margins.left).toBeCloseTo(mmToPoints(LABEL_LAYOUTS.l7160.marginLeftMm), 6);
  expect(setup.margins.header).toBe(0);
  expect(setup.printGridlines).toBe(false);
  expect(setup.showGridlines).toBe(false);
  expect(setup.zoom).toEqual({ scale: 100 });
  // Whole pixels as Excel stores them: the 2.54 mm gaps (7.2 pt) become 10 and 9 pixels, so each label edge is the nearest pixel.
  expect(setup.columnWidths).toEqual([180, 7.5, 180, 6.75, 180]);
  expect(setup.rowHeights).toHaveLength(14);
  expect(new Set(setup.rowHeights.map((r) => r.toFixed(4)))).toEqual(new Set([mmToPoints(38.1).toFixed(4)]));
  // 30 labels: 21 on page 1, 9 on page 2, which starts at row 8.
  expect(setup.rowBreaks).toEqual([8]);
  expect(h.shapes("Labels")[21].cell).toBe("A8");
});

test("US Letter 5160 sets Letter paper; a roll label is one page each and leaves the paper to the printer", async () => {
  const h = install();
  await write(h, labelsOf(3), LABEL_LAYOUTS["5160"]);
  expect(h.printSetup("Labels").paperSize).toBe("Letter");
  await write(h, labelsOf(3), LABEL_LAYOUTS.roll57x32);
  const roll = h.printSetup("Labels");
  expect(roll.rowBreaks).toEqual([2, 3]);
  expect(h.shapes("Labels").map((s) => s.cell)).toEqual(["A1", "A2", "A3"]);
  expect(roll.paperSize).toBe("Letter"); // the new sheet's default, untouched
});

test("600 labels go in blocks whose requests stay under the 5 MB payload limit, with progress", async () => {
  const h = install();
  const heavy = tinyPng(4, 2, 20_000);
  const labels = labelsOf(600, heavy);
  const progress: [number, number][] = [];
  h.resetStats();
  const done = await write(h, labels, LABEL_LAYOUTS.l7160, (n, total) => progress.push([n, total]));
  expect(done.blocks).toBe(labelBlocks(labels).length);
  expect(done.blocks).toBeGreaterThanOrEqual(4);
  expect(Math.max(...h.stats.requests)).toBeLessThan(FIVE_MB);
  expect(h.shapes("Labels")).toHaveLength(600);
  expect(progress[progress.length - 1]).toEqual([600, 600]);
  expect(progress).toHaveLength(done.blocks);
});

test("fewer than 500 labels report no progress", async () => {
  const h = install();
  const progress: number[] = [];
  await write(h, labelsOf(40), LABEL_LAYOUTS.l7160, (n) => progress.push(n));
  expect(progress).toEqual([]);
});

test("without ExcelApi 1.9 the action says so and writes nothing", async () => {
  const h = install({ maxExcelApi: "1.8" });
  const before = h.snapshot();
  const error = await write(h, labelsOf(2)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionRefusedError);
  expect((error as ActionRefusedError).message).toMatch(/ExcelApi 1\.9/);
  expect((error as ActionRefusedError).say?.map((s) => s.id)).toEqual(["labels-pane-needs-api", "nothing-changed"]);
  expect(h.snapshot()).toEqual(before);
});

test("a rerun replaces the labels sheet of ours; a user's sheet called Labels is never taken", async () => {
  const h = install({ sheets: [{ name: "Stock" }, { name: "Labels", values: [["mine"]] }] });
  const first = await write(h, labelsOf(5));
  expect(first.sheetName).toBe("Labels (2)");
  const second = await write(h, labelsOf(2));
  expect(second).toMatchObject({ sheetName: "Labels (2)", replaced: true });
  expect(h.sheetNames()).toEqual(["Stock", "Labels", "Labels (2)"]);
  expect(h.shapes("Labels (2)")).toHaveLength(2);
  expect(h.sheetValues("Labels")).toEqual([["mine"]]);
  expect(Object.values(h.settings()[LABELS_IDS_KEY] as Record<string, string>)).toEqual(["Stock"]);
});

test("a failure while placing labels removes the half-built sheet: the workbook is as before", async () => {
  const h = install();
  await write(h, labelsOf(3));
  const before = h.snapshot();
  const shapesBefore = h.shapes("Labels");
  // The second block of a run of 600 fails after some of its operations ran.
  let blocks = 0;
  h.failSync(({ operations }) => operations.includes("ShapeCollection.addImage") && ++blocks === 2, "GeneralException", { afterOperations: 40 });
  const error = await write(h, labelsOf(600)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExcelActionError);
  expect((error as ExcelActionError).restored).toBe(true);
  expect(h.snapshot()).toEqual(before);
  expect(h.shapes("Labels")).toEqual(shapesBefore);
});
