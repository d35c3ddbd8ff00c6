/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- these tests read ClientResult.value too early on purpose, to prove the host rejects it */
import { createTestHost } from "../host";

const seed = (extra: { maxExcelApi?: string; payloadLimitBytes?: number } = {}) =>
  createTestHost({
    sheets: [{ name: "S", values: [["a", "b"], ["c", "d"]], styles: [[{ fill: "#FFFF00", bold: true }, null], [null, { fontColor: "#FF0000" }]] }],
    ...extra,
  });
const SHAPE = { format: { fill: { color: true }, font: { bold: true, color: true } } };

test("getCellProperties returns the requested styles per cell, readable only after the sync", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const result = context.workbook.worksheets.getItem("S").getRange("A1:B2").getCellProperties(SHAPE);
    expect(() => result.value).toThrow(/not available/);
    await context.sync();
    expect(result.value).toEqual([
      [{ format: { fill: { color: "#FFFF00" }, font: { bold: true, color: "#000000" } } }, { format: { fill: { color: "#FFFFFF" }, font: { bold: false, color: "#000000" } } }],
      [{ format: { fill: { color: "#FFFFFF" }, font: { bold: false, color: "#000000" } } }, { format: { fill: { color: "#FFFFFF" }, font: { bold: false, color: "#FF0000" } } }],
    ]);
    const bold = context.workbook.worksheets.getItem("S").getRange("A1").getCellProperties({ format: { font: { bold: true, italic: true } } });
    await context.sync();
    expect(bold.value).toEqual([[{ format: { font: { bold: true, italic: false } } }]]);
  });
});

test("getCellProperties counts toward the response payload and fails past the limit", async () => {
  const host = seed({ payloadLimitBytes: 400 });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").getCellProperties(SHAPE);
    await context.sync();
    expect(host.stats.responses[host.stats.responses.length - 1]).toBeGreaterThan(60);
    const big = context.workbook.worksheets.getItem("S").getRange("A1:B3").getCellProperties(SHAPE);
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => big.value).toThrow(/not available/);
  });
});

test("getCellProperties of a property the host does not model is NotImplemented; below ExcelApi 1.9 it is not there", async () => {
  await seed().Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").getCellProperties({ format: { borders: { color: true } } });
    await expect(context.sync()).rejects.toMatchObject({ code: "NotImplemented" });
  });
  await seed({ maxExcelApi: "1.8" }).Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").getCellProperties(SHAPE);
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

test("setCellProperties sets only the given styles, in queue order, and counts toward the request", async () => {
  const host = seed();
  const data: Excel.SettableCellProperties[][] = [[{ format: { fill: { color: "#00FF00" } } }, {}], [{ format: { font: { bold: true, italic: true } } }, {}]];
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:B2").setCellProperties(data);
    data[0][1] = { format: { fill: { color: "#123456" } } }; // later changes to the array are not sent
    await context.sync();
  });
  expect(host.snapshot().sheets[0].styles).toEqual([[{ fill: "#00FF00", bold: true }, null], [{ bold: true }, { fontColor: "#FF0000" }]]);
  expect(host.stats.requests[host.stats.requests.length - 1]).toBeGreaterThan(64 + JSON.stringify(data).length - 40);
});

test("setCellProperties of the wrong size, on a protected sheet or in a failed sync changes nothing", async () => {
  const host = seed();
  const before = host.snapshot();
  const one = [[{ format: { fill: { color: "#00FF00" } } }]];
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:B2").setCellProperties(one);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    context.workbook.worksheets.getItem("S").getRange("A1").setCellProperties([[{ format: { borders: {} } }]]);
    await expect(context.sync()).rejects.toMatchObject({ code: "NotImplemented" });
  });
  host.protect("S");
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").setCellProperties(one);
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
  host.protect("S", false);
  host.failSync(1);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").setCellProperties(one);
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
  });
  expect(host.snapshot()).toEqual(before);
});
