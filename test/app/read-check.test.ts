import { HEADERS, inventoryRows, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

test("check of a 100,000-row sheet: syncs = blocks + 1", async () => {
  w = world([{ name: "S", values: inventoryRows(99_999) }]);
  w.host.resetStats();
  const outcome = await w.app.check();
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
  await expect(outcome).rejects.toMatchObject({ name: "AbortError" });
  expect(progress).toEqual([10_000, 20_000]);
  // The sheet's first sync and two blocks of 10,000 rows, not all ten.
  expect(w.host.stats.syncs).toBe(3);
});

test("a block over the payload limit is halved and retried", async () => {
  w = world([{ name: "S", values: inventoryRows(3000) }], { payloadLimitBytes: 100_000 });
  const outcome = await w.app.check();
  expect(outcome.report.rows.data).toBe(3000);
  // 3,001 rows do not fit in 100 kB: at least one block was halved and retried.
  expect(w.host.stats.syncs).toBeGreaterThan(2);
  expect(outcome.issues).toEqual([]);
});

test("an Excel table with the required headers is the inventory", async () => {
  const values = [["Notes beside"], [], ...inventoryRows(3)];
  w = world([{ name: "S", values, tables: [{ name: "Stock", address: "A3:G6" }] }]);
  const outcome = await w.app.check();
  expect(outcome.report.table?.headerRow).toBe(0);
  expect(outcome.headers).toEqual(HEADERS);
  expect(outcome.report.rows.data).toBe(3);
});

test("an empty sheet checks without crashing and says there is no header", async () => {
  w = world([{ name: "Empty" }]);
  const outcome = await w.app.check();
  expect(outcome.report.table).toBeNull();
  expect(outcome.issues.map((i) => i.rule)).toEqual(["no-header"]);
});

test("readHeaders reads only the first rows and reports the detected roles", async () => {
  w = world([{ name: "S", values: inventoryRows(50_000) }]);
  w.host.resetStats();
  const info = await w.app.readHeaders();
  expect(info.headers).toEqual(HEADERS);
  expect(info.detected).toMatchObject({ quantity: 2, codes: 3, category: 1 });
  expect(w.host.stats.syncs).toBe(2);
});

test("a table's totals row is not part of the inventory", async () => {
  const values = [...inventoryRows(2), ["Total", "", 2, "", 20.02, 4, ""]];
  w = world([{ name: "S", values, tables: [{ name: "Stock", address: "A1:G4", showTotals: true }] }]);
  const outcome = await w.app.check();
  expect(outcome.report.rows.data).toBe(2);
  expect(outcome.issues).toEqual([]);
});
