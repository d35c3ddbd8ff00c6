import { createTestHost, type HostSeed } from "../host";

const seed = (extra: Partial<HostSeed> = {}) =>
  createTestHost({
    sheets: [
      { name: "Issues", values: [["Cell"], ["old"]], hyperlinks: { A2: { documentReference: "'Stock'!B7", textToDisplay: "old" } } },
      { name: "Stock", values: [["Qty"], [1]] },
    ],
    ...extra,
  });

const codeOf = async (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code);

test("setting Range.hyperlink stores the link and writes textToDisplay as the cell's text; load reads it back", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Issues");
    const cell = sheet.getRange("A3");
    cell.hyperlink = { documentReference: "'Stock'!B2", textToDisplay: "0012", screenTip: "Go to B2" };
    await context.sync();
    cell.load("hyperlink,values");
    const none = sheet.getRange("B3").load("hyperlink");
    await context.sync();
    expect(cell.hyperlink).toEqual({ documentReference: "'Stock'!B2", textToDisplay: "0012", screenTip: "Go to B2" });
    expect(cell.values).toEqual([["0012"]]);
    expect(none.hyperlink).toBeNull();
  });
  expect(host.hyperlinks("Issues")).toEqual({
    A2: { documentReference: "'Stock'!B7", textToDisplay: "old" },
    A3: { documentReference: "'Stock'!B2", textToDisplay: "0012", screenTip: "Go to B2" },
  });
  expect(host.sheetValues("Issues")[2]).toEqual(["0012"]);
});

test("a link without address or documentReference fails with InvalidArgument; a protected sheet with AccessDenied", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Issues").getRange("A3").hyperlink = { textToDisplay: "nowhere" };
    expect(await codeOf(context.sync())).toBe("InvalidArgument");
  });
  host.protect("Issues");
  const before = host.snapshot();
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Issues").getRange("A3").hyperlink = { address: "https://example.com" };
    expect(await codeOf(context.sync())).toBe("AccessDenied");
  });
  expect(host.snapshot()).toEqual(before);
});

test("clear(Hyperlinks) removes the link and keeps the text; clear(Contents) keeps the link", async () => {
  const host = seed({ sheets: [{ name: "S", values: [["a", "b"]], hyperlinks: { A1: { address: "https://a" }, B1: { address: "https://b" } } }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").clear(host.Excel.ClearApplyTo.hyperlinks);
    sheet.getRange("B1").clear("Contents");
    await context.sync();
  });
  expect(host.hyperlinks("S")).toEqual({ B1: { address: "https://b" } });
  expect(host.sheetValues("S")).toEqual([["a"]]);
});

test("hyperlinks move with inserted and deleted rows and go with deleted rows", () => {
  const host = seed({ sheets: [{ name: "S", hyperlinks: { A2: { address: "https://two" }, A4: { address: "https://four" } } }] });
  host.userInsertRows("S", "1:2");
  expect(Object.keys(host.hyperlinks("S"))).toEqual(["A4", "A6"]);
  host.userDeleteRows("S", "4:4");
  expect(host.hyperlinks("S")).toEqual({ A5: { address: "https://four" } });
});

test("below ExcelApi 1.7 loading or setting Range.hyperlink fails with ApiNotFound; a plain load leaves it out", async () => {
  const host = seed({ maxExcelApi: "1.6" });
  await host.Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Issues").getRange("A2");
    cell.load("hyperlink");
    expect(await codeOf(context.sync())).toBe("ApiNotFound");
    cell.hyperlink = { address: "https://example.com" };
    expect(await codeOf(context.sync())).toBe("ApiNotFound");
    cell.load(); // eslint-disable-line office-addins/no-empty-load -- the plain load is what this test is about
    await context.sync();
    expect(() => cell.hyperlink).toThrow(/not loaded|not available/i);
  });
});

test("the snapshot carries hyperlinks and seeds back; link text counts toward the request", async () => {
  const host = seed();
  const snap = host.snapshot();
  expect(snap.sheets[0].hyperlinks).toEqual({ A2: { documentReference: "'Stock'!B7", textToDisplay: "old" } });
  expect(snap.sheets[1]).not.toHaveProperty("hyperlinks");
  expect(createTestHost({ sheets: snap.sheets }).snapshot().sheets).toEqual(snap.sheets);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Issues").getRange("A3").hyperlink = { address: "https://example.com/" + "x".repeat(5_000) };
    await context.sync();
  });
  expect(host.stats.requests.at(-1)).toBeGreaterThan(5_000);
});

test("setting textToDisplay raises onChanged for the top-left cell", async () => {
  const host = seed();
  const seen: string[] = [];
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Issues");
    sheet.onChanged.add(async (e) => { seen.push(e.address); });
    await context.sync();
    sheet.getRange("A3:A4").hyperlink = { address: "https://example.com", textToDisplay: "link" };
    await context.sync();
  });
  await host.flushEvents();
  expect(seen).toEqual(["A3"]);
  expect(Object.keys(host.hyperlinks("Issues"))).toEqual(["A2", "A3", "A4"]);
  expect(host.sheetValues("Issues")).toEqual([["Cell"], ["old"], ["link"]]);
});

test("copyFrom All copies hyperlinks and comments with the cells; Formats copies neither", async () => {
  const host = seed({ sheets: [{ name: "S", values: [["a"]], hyperlinks: { A1: { address: "https://a" } }, comments: { A1: "c" } }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("B1:B2").copyFrom("A1", "All");
    sheet.getRange("C1").copyFrom("A1", "Formats");
    await context.sync();
  });
  expect(host.hyperlinks("S")).toEqual({ A1: { address: "https://a" }, B1: { address: "https://a" }, B2: { address: "https://a" } });
  expect(host.comments("S")).toEqual({ A1: "c", B1: "c", B2: "c" });
});
