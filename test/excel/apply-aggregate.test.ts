import { createTestHost, type TestHost } from "../host";
import { planAggregate } from "../../src/core";
import { applyAggregate, readInventory } from "../../src/excel";

// 12 groups of 3 units each, interleaved with a row that stays.
const values = [
  ["Name", "Quantity", "Codes", "Income"],
  ...Array.from({ length: 12 }, (_v, g) => [
    [`Pool ${g}`, 1, `P${g}-1`, 1],
    [`Pool ${g}`, 1, `P${g}-2`, 2],
    [`Single ${g}`, 1, `S${g}`, 5],
    [`Pool ${g}`, 1, `P${g}-3`, 3],
  ]).flat(),
];
let host: TestHost | undefined;
/** A fresh host with the seed sheet, replacing the previous one. */
function fresh(): TestHost {
  host?.uninstall();
  host = createTestHost({ sheets: [{ name: "S", values }] });
  host.install();
  return host;
}
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

async function aggregate(chunkBytes: number): Promise<void> {
  await Excel.run(async (context) => {
    const read = await readInventory(context);
    const rows = read.values.map((_r, i) => i).filter((i) => i > 0 && !String(read.values[i][0]).startsWith("Single"));
    const plan = planAggregate(read.values, rows);
    await applyAggregate(context, read, plan, undefined, chunkBytes);
  });
}

test("aggregate in several batches gives the same sheet as one batch", async () => {
  let h = fresh();
  await aggregate(10_000_000);
  const once = h.sheetValues("S");
  expect(once).toHaveLength(1 + 12 * 2);
  expect(once[1]).toEqual(["Pool 0", 3, "P0-1, P0-2, P0-3", 6]);

  h = fresh();
  h.resetStats();
  await aggregate(1_500);
  expect(h.stats.syncs).toBeGreaterThan(5);
  expect(h.sheetValues("S")).toEqual(once);
});

test("a failure in a later batch (some rows already deleted) puts everything back", async () => {
  const h = fresh();
  h.resetStats();
  await aggregate(1_500);
  const syncs = h.stats.syncs;

  for (const step of [syncs - 1, syncs]) {
    const f = fresh();
    const before = f.snapshot();
    f.failSync(step);
    await expect(aggregate(1_500)).rejects.toMatchObject({ name: "ExcelActionError", restored: true });
    expect(f.snapshot()).toEqual(before);
  }
});

test("the rows' snapshot is batched by their real size, so long text stays under the payload limit", async () => {
  const long = "x".repeat(2_000);
  const wide = values.map((row, i) => (i === 0 ? row : [`${String(row[0])} ${long}`, ...row.slice(1)]));
  host?.uninstall();
  host = createTestHost({ sheets: [{ name: "S", values: wide }], payloadLimitBytes: 60_000 });
  host.install();
  await aggregate(20_000);
  expect(host.sheetValues("S")).toHaveLength(1 + 12 * 2);
  expect(host.sheetValues("S")[1]).toEqual([`Pool 0 ${long}`, 3, "P0-1, P0-2, P0-3", 6]);
  expect(Math.max(...host.stats.responses)).toBeLessThanOrEqual(60_000);
});
