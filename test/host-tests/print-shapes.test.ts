/**
 * The host's printing and pictures (ExcelApi 1.9): what `pageLayout`, `horizontalPageBreaks`,
 * `shapes.addImage` and column widths / row heights record, and where they fail as Excel does.
 */
import { createTestHost, type TestHost } from "../host";
import { tinyPng } from "../excel/tiny-png";

const hostAt = (maxExcelApi: string): TestHost => createTestHost({ sheets: [{ name: "S" }], maxExcelApi });

test("a picture starts at A1 at its pixel size (96 dpi), moves in points, and its cell follows the column widths", async () => {
  const host = hostAt("1.9");
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A:A").format.columnWidth = 100;
    const shape = sheet.shapes.addImage(tinyPng(40, 20));
    shape.load("left,top,width,height");
    await context.sync();
    expect([shape.left, shape.top, shape.width, shape.height]).toEqual([0, 0, 30, 15]);
    shape.left = 100;
    shape.top = 15;
    await context.sync();
  });
  expect(host.shapes("S").map((s) => s.cell)).toEqual(["B2"]);
});

test("addImage refuses what is not a PNG or JPEG, and the request carries the whole image", async () => {
  const host = hostAt("1.9");
  const refused = host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").shapes.addImage("R0lGODlh");
    await context.sync();
  });
  await expect(refused).rejects.toMatchObject({ code: "InvalidArgument" });
  host.resetStats();
  const big = tinyPng(2, 2, 100_000);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").shapes.addImage(big);
    await context.sync();
  });
  expect(host.stats.requests[0]).toBeGreaterThan(big.length);
});

test("page layout, margins in any unit, page breaks and gridlines are recorded; a break above row 1 is refused", async () => {
  const host = hostAt("1.9");
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
    sheet.pageLayout.setPrintMargins("Inches" as Excel.PrintMarginUnit, { top: 1, left: 0.5 });
    sheet.pageLayout.zoom = { scale: 100 };
    sheet.pageLayout.printGridlines = false;
    sheet.horizontalPageBreaks.add("A8");
    sheet.getRange("3:4").format.rowHeight = 30;
    sheet.showGridlines = false;
    await context.sync();
  });
  expect(host.printSetup("S")).toMatchObject({
    paperSize: "A4", margins: { top: 72, left: 36, bottom: 54 }, zoom: { scale: 100 }, printGridlines: false, showGridlines: false, rowBreaks: [8],
    rowHeights: [15, 15, 30, 30],
  });
  const first = host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").horizontalPageBreaks.add("A1");
    await context.sync();
  });
  await expect(first).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("below ExcelApi 1.9 shapes and page layout fail with ApiNotFound and nothing applies", async () => {
  const host = hostAt("1.8");
  const before = host.snapshot();
  for (const use of [(s: Excel.Worksheet) => s.shapes.addImage(tinyPng(1, 1)), (s: Excel.Worksheet) => { s.pageLayout.printGridlines = false; }]) {
    const run = host.Excel.run(async (context) => {
      use(context.workbook.worksheets.getItem("S"));
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one run per API under test
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  }
  expect(host.snapshot()).toEqual(before);
});

test("a sync that fails takes back the page setup and pictures it added", async () => {
  const host = hostAt("1.9");
  const run = host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.shapes.addImage(tinyPng(1, 1));
    sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
    sheet.getRange("A1").format.columnWidth = 10;
    sheet.horizontalPageBreaks.add("A5");
    sheet.horizontalPageBreaks.add("A1");
    await context.sync();
  });
  await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(host.shapes("S")).toEqual([]);
  expect(host.printSetup("S")).toMatchObject({ paperSize: "Letter", rowBreaks: [], columnWidths: [] });
});
