import { createTestHost } from "../host";

const MB5 = 5 * 1024 * 1024;
/** rows x 10 strings of `len` characters: about rows * 10 * (len + 3) bytes of JSON. */
const block = (rows: number, len: number) => Array.from({ length: rows }, () => Array.from({ length: 10 }, () => "x".repeat(len)));

test("a sync whose request passes 5 MB throws RequestPayloadSizeLimitExceeded and applies nothing", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [["keep"]] }] });
  const before = host.snapshot();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").values = [["changed"]];
    sheet.getRangeByIndexes(1, 0, 10_000, 10).values = block(10_000, 60); // ~6.3 MB
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
  expect(host.snapshot()).toEqual(before);
  expect(host.stats.requests[0]).toBeGreaterThan(MB5);
});

test("the same data in two blocks under 5 MB goes through", async () => {
  const host = createTestHost({ sheets: [{ name: "S" }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRangeByIndexes(0, 0, 5_000, 10).values = block(5_000, 60);
    await context.sync();
    sheet.getRangeByIndexes(5_000, 0, 5_000, 10).values = block(5_000, 60);
    await context.sync();
  });
  expect(host.sheetValues("S").length).toBe(10_000);
  expect(host.stats.requests.every((b) => b > 3_000_000 && b < MB5)).toBe(true);
});

test("a sync whose response passes 5 MB throws ResponsePayloadSizeLimitExceeded and applies nothing of that sync", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: block(10_000, 60) }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("L1").values = [["written in the failed sync"]];
    const all = sheet.getRange("A1:J10000").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => all.values).toThrow(/not available/);
  });
  expect(host.sheetValues("S")[0].length).toBe(10);
  expect(host.stats.responses).toEqual([0]);
});

test("request and response bytes are recorded per sync", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [["abc", 1]] }] });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:B1").load("values");
    await context.sync();
  });
  expect(host.stats.syncs).toBe(1);
  expect(host.stats.responses[0]).toBeGreaterThanOrEqual(JSON.stringify({ values: [["abc", 1]] }).length);
});

test("the limit can be lowered for small tests of the halve-and-retry path", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: block(100, 10) }], payloadLimitBytes: 10_000 });
  await host.Excel.run(async (context) => {
    const all = context.workbook.worksheets.getItem("S").getRange("A1:J100").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    void all;
    const half = context.workbook.worksheets.getItem("S").getRange("A1:J50").load("values");
    await context.sync();
    expect(half.values.length).toBe(50);
  });
});

test("a get of more than five million cells fails with RangeExceedsLimit", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [["x"]] }] });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A:E").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    const col = context.workbook.worksheets.getItem("S").getRange("A:A").load("address, rowCount");
    await context.sync();
    expect([col.address, col.rowCount]).toEqual(["S!A:A", 1_048_576]);
  });
});
