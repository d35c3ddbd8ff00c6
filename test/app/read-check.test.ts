import { HEADERS, inventoryRows, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

test("check of a 100,000-row sheet: syncs = blocks + 1", async () => {
  w = world([{ name: "S", values: inventoryRows(99_999) }]);
  w.host.resetStats();
  const outcome = valueOf(await w.app.check());
  expect(outcome.report.rows.data).toBe(99_999);
  expect(outcome.issues).toEqual([]);
  // 100,000 rows in blocks of 10,000: 10 blocks + 1.
  expect(w.host.stats.syncs).toBe(11);
  expect(Math.max(...w.host.stats.responses)).toBeLessThan(5 * 1024 * 1024);
});

test("Cancel stops a long check between blocks: no further block is read", async () => {
  w = world([{ name: "S", values: inventoryRows(99_999) }]);
  w.host.resetStats();
  const controller = new AbortController();
  const progress: number[] = [];
  const outcome = w.app.check({
    signal: controller.signal,
    onProgress: (done) => {
      progress.push(done);
      if (done >= 20_000) controller.abort();
    },
  });
  expect(await outcome).toMatchObject({ ok: false, kind: "cancelled", message: "Cancelled. Nothing was changed.", say: [{ id: "app-cancelled" }, { id: "nothing-changed" }] });
  expect(progress).toEqual([10_000, 20_000]);
  // The sheet's first sync and two blocks of 10,000 rows, not all ten.
  expect(w.host.stats.syncs).toBe(3);
});

test("a block over the payload limit is halved and retried", async () => {
  w = world([{ name: "S", values: inventoryRows(3000) }], { payloadLimitBytes: 100_000 });
  const outcome = valueOf(await w.app.check());
  expect(outcome.report.rows.data).toBe(3000);
  // 3,001 rows do not fit in 100 kB: at least one block was halved and retried.
  expect(w.host.stats.syncs).toBeGreaterThan(2);
  expect(outcome.issues).toEqual([]);
});

test("an Excel table with the required headers is the inventory", async () => {
  const values = [["Notes beside"], [], ...inventoryRows(3)];
  w = world([{ name: "S", values, tables: [{ name: "Stock", address: "A3:G6" }] }]);
  const outcome = valueOf(await w.app.check());
  expect(outcome.report.table?.headerRow).toBe(0);
  expect(outcome.headers).toEqual(HEADERS);
  expect(outcome.report.rows.data).toBe(3);
});

test("an empty sheet checks without crashing and says there is no header", async () => {
  w = world([{ name: "Empty" }]);
  const outcome = valueOf(await w.app.check());
  expect(outcome.report.table).toBeNull();
  expect(outcome.issues.map((i) => i.rule)).toEqual(["no-header"]);
});

test("readHeaders reads only the first rows and reports the detected roles", async () => {
  w = world([{ name: "S", values: inventoryRows(50_000) }]);
  w.host.resetStats();
  const info = valueOf(await w.app.readHeaders());
  expect(info.headers).toEqual(HEADERS);
  expect(info.detected).toMatchObject({ quantity: 2, codes: 3, category: 1 });
  expect(w.host.stats.syncs).toBe(2);
});

test("a table's totals row is not part of the inventory", async () => {
  const values = [...inventoryRows(2), ["Total", "", 2, "", 20.02, 4, ""]];
  w = world([{ name: "S", values, tables: [{ name: "Stock", address: "A1:G4", showTotals: true }] }]);
  const outcome = valueOf(await w.app.check());
  expect(outcome.report.rows.data).toBe(2);
  expect(outcome.issues).toEqual([]);
});

/** `inventoryRows(count)` with a stray value in XFD1, which makes the used range 16,384 columns wide. */
function withStrayInXfd1(count: number) {
  const values = inventoryRows(count);
  values[0] = Array.from({ length: 16_384 }, (_v, c) => values[0][c] ?? "");
  values[0][16_383] = "stray";
  return values;
}

test("a stray value in XFD1 does not break the check: only the table's columns are read and the stray is named once", async () => {
  // 401 rows × 16,384 columns = 6.6 million cells if the whole used range were read.
  w = world([{ name: "S", values: withStrayInXfd1(400) }]);
  w.host.resetStats();
  const outcome = valueOf(await w.app.check());
  expect(outcome.report.rows.data).toBe(400);
  expect(outcome.headers).toEqual(HEADERS);
  expect(outcome.issues).toEqual([]);
  expect(outcome.report.notes).toEqual([
    { message: "A value at XFD1, outside the inventory, was ignored.", say: { id: "outside-inventory-ignored", values: { address: "XFD1", more: 0 } } },
  ]);
  // The sheet's shape, the header window, the table's extent, the rest of its rows: 4 syncs (45 blocks + 1 before).
  expect(w.host.stats.syncs).toBe(4);
  expect(Math.max(...w.host.stats.responses)).toBeLessThan(200_000);
});

test("a block over five million cells (RangeExceedsLimit) is halved and retried", async () => {
  const { readRows } = await import("../../src/excel/read-rows");
  w = world([{ name: "S", values: withStrayInXfd1(700) }]);
  w.host.resetStats();
  // 701 rows × 16,384 columns = 11.5 million cells: over the get limit until halved twice.
  const rect = { row: 0, column: 0, rows: 701, columns: 16_384 };
  const read = await w.host.Excel.run((context) => readRows(context, context.workbook.worksheets.getItem("S"), rect, [], { rowsPerBlock: 701 }));
  expect(read.values).toHaveLength(701);
  expect(read.values[700][3]).toBe("C700");
  expect(read.values[0][16_383]).toBe("stray");
  // 701 and 350 rows: RangeExceedsLimit; 175 rows (2.9 million cells) fit the get limit but not
  // 5 MB (ResponsePayloadSizeLimitExceeded); 87 rows fit both: 3 failed syncs, then 9 blocks.
  expect(read.blocks).toBe(9);
  expect(read.syncs).toBe(3 + 9);
  expect(w.host.stats.syncs).toBe(read.syncs);
});
