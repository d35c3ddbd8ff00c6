/** A stray value far outside the inventory (docs/design.md §16 "Reading only the table in Excel"), in the strict host. */
import { createTestHost, type TestHost } from "../host";
import { createInventoryApp, type CheckOutcome } from "../../src/app";
import { inventoryRows, valueOf } from "../app/helpers";

let host: TestHost | undefined;
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

/** The values of `address` on sheet S, read through the API (the host's whole-sheet inspection would span XFD). */
async function cells(address: string): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange(address).load("values");
    await context.sync();
    return range.values;
  });
}

/** Checks a 100-row inventory, with `stray` cells set afterwards; the syncs and response bytes it cost. */
async function checkWith(stray: Record<string, string>, selection = "S!A2"): Promise<{ outcome: CheckOutcome; syncs: number; bytes: number; values: unknown[][] }> {
  host = createTestHost({ sheets: [{ name: "S", values: inventoryRows(100, (i) => (i === 1 ? 3 : 1)) }], selection });
  host.install();
  for (const [address, value] of Object.entries(stray)) host.userEdit("S", address, [[value]]);
  host.resetStats();
  const outcome = valueOf(await createInventoryApp().check());
  const { syncs, responses } = host.stats;
  const bytes = responses.reduce((n, b) => n + b, 0);
  return { outcome, syncs, bytes, values: await cells("A1:G101") };
}

async function plain() {
  const result = await checkWith({});
  host?.uninstall();
  return result;
}

test.each(["XFD4000", "XFD1048576"])("a stray value at %s costs at most two syncs more and about the same bytes, and is named once", async (address) => {
  const without = await plain();
  const withStray = await checkWith({ [address]: "leftover" });
  expect(withStray.outcome.report.rows).toEqual(without.outcome.report.rows);
  expect(withStray.outcome.issues).toEqual(without.outcome.issues);
  expect(withStray.outcome.headers).toEqual(without.outcome.headers);
  expect(withStray.values).toEqual(without.values);
  expect(withStray.syncs).toBeGreaterThanOrEqual(without.syncs);
  expect(withStray.syncs).toBeLessThanOrEqual(without.syncs + 2);
  // The header window is read 64 columns wide, the rest only in the table's columns.
  expect(withStray.bytes).toBeLessThan(without.bytes * 2 + 4_000);
  expect(withStray.outcome.report.notes).toEqual([
    { message: `A value at ${address}, outside the inventory, was ignored.`, say: { id: "outside-inventory-ignored", values: { address, more: 0 } } },
  ]);
  expect(without.outcome.report.notes ?? []).toEqual([]);
});

test("a few values together far right of the table: the first is named and the others counted", async () => {
  const { outcome } = await checkWith({ JA3: "x", JB3: "y", JB4: "z" });
  expect(outcome.report.notes?.map((n) => n.message)).toEqual(["A value at JA3 and 2 more cells, outside the inventory, were ignored."]);
  expect(outcome.report.rows.data).toBe(100);
});

test("serialize and aggregate still write the right rows: the stray value moves with its row", async () => {
  const app = () => createInventoryApp();
  await checkWith({ XFD4000: "leftover" }, "S!A2");
  valueOf(await app().serializeSelection());
  expect(await cells("C2:D5")).toEqual([[1, "C1"], [1, "C101"], [1, "C102"], [1, "C2"]]);
  expect(await cells("XFD4000:XFD4002")).toEqual([[""], [""], ["leftover"]]);

  host?.userSelect("S!A2:A4");
  valueOf(await app().aggregateSelection());
  expect(await cells("C2:D3")).toEqual([[3, "C1, C101, C102"], [1, "C2"]]);
  expect(await cells("XFD4000")).toEqual([["leftover"]]);
});

test("serialize below a stray value at XFD1048576 is refused: the new rows would push it off the sheet", async () => {
  await checkWith({ XFD1048576: "leftover" }, "S!A2");
  const result = await createInventoryApp().serializeSelection();
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : result.refused?.map((r) => r.reason)).toEqual([expect.stringContaining("past Excel's limit")]);
  expect(await cells("D2:D3")).toEqual([["C1"], ["C2"]]);
});

test("a table 300 columns wide keeps every column: the header window is read wider while it is full to its edge", async () => {
  const header = ["Name", "Quantity", "Codes", ...Array.from({ length: 297 }, (_v, i) => `Extra ${i + 1}`)];
  const rows = [header, ...Array.from({ length: 30 }, (_v, r) => [`Item ${r}`, 1, `C${r}`, ...Array.from({ length: 297 }, (_w, c) => c + r)])];
  host = createTestHost({ sheets: [{ name: "S", values: rows }] });
  host.install();
  host.userEdit("S", "XFD4000", [["leftover"]]);
  const outcome = valueOf(await createInventoryApp().check());
  expect(outcome.headers).toEqual(header);
  expect(outcome.report.rows.data).toBe(30);
  expect(outcome.report.notes?.map((n) => n.message)).toEqual(["A value at XFD4000, outside the inventory, was ignored."]);
});
