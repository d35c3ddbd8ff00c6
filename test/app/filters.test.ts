/**
 * Filtered tables and ranges: Excel cannot delete rows under a filter (InsertDeleteConflict) and
 * inserting under one moves hidden rows, so serialize and aggregate refuse with "clear the filter
 * first" and change nothing; reading actions count every row, hidden or not.
 */
import { HEADERS, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

const rows = () => [
  HEADERS,
  ["Pole", "Ski", 1, "P-1", 10, 1, ""],
  ["Pole", "Ski", 1, "P-2", 10, 1, ""],
  ["Helmet", "Ski", 3, "H-1", 30, 3, ""],
  ["Pole", "Ski", 1, "P-3", 10, 1, ""],
];

test("serialize on a table whose filter hides rows is refused: clear the filter first; nothing changes", async () => {
  w = world([{ name: "S", values: rows(), tables: [{ address: "A1:G5", hiddenRows: [3] }] }], { selection: "S!A4" });
  const before = w.host.snapshot();
  const out = await w.app.serializeSelection();
  expect(out).toMatchObject({ ok: false, kind: "refused", message: expect.stringMatching(/clear the filter first.*Nothing was changed/) });
  expect(w.host.snapshot()).toEqual(before);
});

test("aggregate under a sheet AutoFilter that hides rows is refused; nothing changes", async () => {
  w = world([{ name: "S", values: rows(), autoFilter: { address: "A1:G5", hiddenRows: [4] } }], { selection: ["S!A2:A3", "S!A5"] });
  const before = w.host.snapshot();
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: false, kind: "refused", message: expect.stringMatching(/clear the filter first/) });
  expect(w.host.snapshot()).toEqual(before);
});

test("a filter that is on but hides nothing does not stop serialize or aggregate", async () => {
  w = world([{ name: "S", values: rows(), autoFilter: { address: "A1:G5" } }], { selection: ["S!A2:A3", "S!A5"] });
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S")[1]).toEqual(["Pole", "Ski", 3, "P-1, P-2, P-3", 30, 3, ""]);
});

test("the summary and the check of a filtered table count hidden rows too", async () => {
  w = world([{ name: "S", values: rows(), tables: [{ address: "A1:G5", hiddenRows: [2, 3] }] }]);
  expect(valueOf(await w.app.check()).report.rows).toMatchObject({ data: 4, units: 6 });
  expect(valueOf(await w.app.summarize()).summary.totals).toMatchObject({ records: 4, units: 6 });
});

test("host: deleting rows under a filter fails with InsertDeleteConflict; after clearCriteria it works; rowHidden reads the filter", async () => {
  w = world([{ name: "S", values: rows(), tables: [{ name: "Stock", address: "A1:G5", hiddenRows: [3] }] }]);
  const attempt = () =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("4:4").delete("Up");
      await context.sync();
    }).then(() => "deleted", (error: { code?: string }) => error.code);
  const hidden = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const ranges = ["A3", "A2:A4", "A4"].map((a) => sheet.getRange(a).load("rowHidden"));
    const filter = sheet.tables.getItem("Stock").autoFilter.load("enabled,isDataFiltered");
    await context.sync();
    return { rows: ranges.map((r) => r.rowHidden), filter: filter.toJSON() };
  });
  expect(hidden).toEqual({ rows: [true, null, false], filter: { enabled: true, isDataFiltered: true } });
  expect(await attempt()).toBe("InsertDeleteConflict");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").tables.getItem("Stock").autoFilter.clearCriteria();
    await context.sync();
  });
  expect(await attempt()).toBe("deleted");
});
