import { createTestHost, type TestHost } from "../host";
import { planSerialize } from "../../src/core";
import { applySerialize, readInventory, type UndoRecord } from "../../src/excel";

const values = [
  ["Quantity", "Codes", "Income"],
  ...Array.from({ length: 30 }, (_v, i) => [i % 3 === 0 ? 3 : 1, `K${i + 1}`, 3]),
];
let host: TestHost;
afterEach(() => host.uninstall());

async function serialize(chunkBytes: number): Promise<UndoRecord> {
  return Excel.run(async (context) => {
    const read = await readInventory(context, { withSelection: true });
    const rows = read.values.map((_r, i) => i).filter((i) => i > 0);
    const plan = planSerialize(read.values, rows);
    return (await applySerialize(context, read, plan, undefined, chunkBytes)).undo;
  });
}

test("serialize in several batches gives the same sheet as one batch", async () => {
  host = createTestHost({ sheets: [{ name: "S", values }] });
  host.install();
  await serialize(10_000_000);
  const once = host.sheetValues("S");
  host.uninstall();

  host = createTestHost({ sheets: [{ name: "S", values }] });
  host.install();
  host.resetStats();
  await serialize(1_500);
  expect(host.stats.syncs).toBeGreaterThan(5);
  expect(host.sheetValues("S")).toEqual(once);
  expect(once).toHaveLength(31 + 10 * 2);
});

test("a failure in a later batch takes back the batches already written", async () => {
  host = createTestHost({ sheets: [{ name: "S", values }] });
  host.install();
  host.resetStats();
  await serialize(1_500);
  const syncs = host.stats.syncs;
  host.uninstall();

  host = createTestHost({ sheets: [{ name: "S", values }] });
  host.install();
  const before = host.snapshot();
  host.failSync(syncs - 1); // a write batch after at least one other write batch
  await expect(serialize(1_500)).rejects.toMatchObject({ name: "ExcelActionError", restored: true });
  expect(host.snapshot()).toEqual(before);
});
