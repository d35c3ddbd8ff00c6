/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load -- these tests make Office.js mistakes on purpose (and read ClientResult.value, which the rule misreads) to prove the host rejects them */
import { createTestHost } from "../host";

const seed = () => createTestHost({ sheets: [{ name: "Stock", values: [["Qty", "Codes"], [2, "A,B"], [1, "C"]] }, { name: "Other" }] });

test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Stock").getRange("A1:B3");
    let error: unknown;
    try {
      void range.values;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(host.OfficeExtension.Error);
    expect((error as OfficeExtension.Error).code).toBe("PropertyNotLoaded");
    await context.sync();
    expect(() => range.values).toThrow(/not available/);
  });
});

test("values are readable only after the sync that follows load()", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Stock").getRange("A1:B3").load("values");
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([["Qty", "Codes"], [2, "A,B"], [1, "C"]]);
    expect(() => range.address).toThrow(/'address'/);
  });
});

test("load accepts a string list, an array and { select } and loads navigation paths", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Stock");
    const a = sheet.getRange("B2").load("values, rowIndex");
    const b = sheet.getRange("A2:B3").load(["address", "rowCount", "columnCount"]);
    const c = sheet.getRange("A1").load({ select: "numberFormat, format/font/bold" });
    sheet.load("name, protection/protected");
    await context.sync();
    expect([a.values, a.rowIndex]).toEqual([[["A,B"]], 1]);
    expect([b.address, b.rowCount, b.columnCount]).toEqual(["Stock!A2:B3", 2, 2]);
    expect(c.numberFormat).toEqual([["General"]]);
    expect(c.format.font.bold).toBe(false);
    expect([sheet.name, sheet.protection.protected]).toEqual(["Stock", false]);
  });
});

test("collections need load() for items; getCount() returns a ClientResult after sync", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/not available/);
    sheets.load("items/name");
    const count = sheets.getCount();
    expect(() => count.value).toThrow(/not available/);
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Stock", "Other"]);
    expect(count.value).toBe(2);
    expect(() => sheets.items[0].position).toThrow(/not available/);
  });
});

test("*OrNullObject gives isNullObject after sync; getItem of a missing sheet fails the sync", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
    const present = context.workbook.worksheets.getItemOrNullObject("stock");
    expect(() => missing.isNullObject).toThrow(/not available/);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    context.workbook.worksheets.getItem("Nope");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

test("getUsedRangeOrNullObject is null on an empty sheet; getUsedRange gives A1", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Other");
    const none = sheet.getUsedRangeOrNullObject(true);
    const a1 = sheet.getUsedRange().load("address");
    const used = context.workbook.worksheets.getItem("Stock").getUsedRange(true).load("address");
    await context.sync();
    expect(none.isNullObject).toBe(true);
    expect(a1.address).toBe("Other!A1");
    expect(used.address).toBe("Stock!A1:B3");
  });
});

test("Excel.run syncs what is left in the queue; stats count syncs and bytes, not inspection", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Stock").getRange("C1").values = [["Note"]];
    await Promise.resolve();
  });
  host.sheetValues("Stock");
  host.snapshot();
  expect(host.stats.syncs).toBe(1);
  expect(host.stats.runs).toBe(1);
  expect(host.stats.requests[0]).toBeGreaterThan(0);
  expect(host.sheetValues("Stock")[0]).toEqual(["Qty", "Codes", "Note"]);
  host.resetStats();
  expect(host.stats).toEqual({ syncs: 0, requests: [], responses: [], mergeUndoGroupRuns: 0, runs: 0 });
});

test("mergeUndoGroup runs are recorded", async () => {
  const host = seed();
  await host.Excel.run({ mergeUndoGroup: true }, async (context) => { await context.sync(); });
  await host.Excel.run(async (context) => { await context.sync(); });
  expect(host.stats.mergeUndoGroupRuns).toBe(1);
  expect(host.stats.runs).toBe(2);
});

test("a batch that does not return a promise is refused; objects of a finished run cannot be used", async () => {
  const host = seed();
  await expect(host.Excel.run((() => undefined) as never)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  let leaked: Excel.Range | undefined;
  await host.Excel.run(async (context) => { leaked = context.workbook.worksheets.getItem("Stock").getRange("A1"); });
  expect(() => { leaked!.values = [["x"]]; }).toThrow(/request context/);
});

test("writes are applied in queue order and a later load sees them", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Stock").getRange("A2");
    cell.values = [[5]];
    cell.load("values");
    cell.values = [[6]];
    await context.sync();
    expect(cell.values).toEqual([[5]]);
  });
  expect(host.sheetValues("Stock")[1][0]).toBe(6);
});

test("a values array of the wrong size fails the sync with InvalidArgument", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Stock").getRange("A1:B1").values = [["only one"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

test("Excel's grid limit: 1,048,576 rows x 16,384 columns", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Stock");
    const last = sheet.getRangeByIndexes(1_048_575, 16_383, 1, 1).load("address");
    await context.sync();
    expect(last.address).toBe("Stock!XFD1048576");
    sheet.getRangeByIndexes(1_048_576, 0, 1, 1);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

test("a 100,000 x 10 sheet seeds and reads back in 10,000-row blocks", async () => {
  const rows = Array.from({ length: 100_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => (c === 0 ? r : `v${r}-${c}`)));
  const host = createTestHost({ sheets: [{ name: "Big", values: rows }] });
  const read: unknown[][] = [];
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Big");
    for (let start = 0; start < 100_000; start += 10_000) {
      const block = sheet.getRangeByIndexes(start, 0, 10_000, 10).load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block
      await context.sync();
      read.push(...block.values);
      block.untrack();
    }
  });
  expect(read.length).toBe(100_000);
  expect(read[99_999]).toEqual(rows[99_999]);
  expect(host.stats.syncs).toBe(10);
  expect(Math.max(...host.stats.responses)).toBeLessThan(5 * 1024 * 1024);
});
