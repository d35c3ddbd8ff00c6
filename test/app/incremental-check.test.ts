/** The incremental step alone, with changes as Excel could send them that the test host's user actions do not make. */
import { createTestHost, type TestHost } from "../host";
import { IncrementalCheck } from "../../src/app/incremental-check";
import { ok } from "../../src/app/outcomes";
import { readInventory, runExcel, type UserChange } from "../../src/excel";
import { inventoryRows, valueOf } from "./helpers";

let host: TestHost;
afterEach(() => host?.uninstall());

function checker(seed: Parameters<typeof createTestHost>[0]): IncrementalCheck {
  host = createTestHost(seed);
  host.install();
  return new IncrementalCheck({
    readSheet: (sheetId, work) => runExcel(async (context) => ok(await work(context, await readInventory(context, { sheetName: sheetId })))),
    readExcel: (work) => runExcel(work),
    seen: () => 100,
  });
}

async function sheetId(): Promise<string> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S").load("id");
    await context.sync();
    return sheet.id;
  });
}

const change = (fields: Partial<UserChange>): UserChange => ({ serial: 200, ...fields });

test("the first change of a sheet is checked in full without a notice; later ones read their rows", async () => {
  const check = checker({ sheets: [{ name: "S", values: inventoryRows(500) }] });
  const id = await sheetId();
  const first = valueOf(await check.apply(id, [change({ address: "C5", changeType: "RangeEdited" })]));
  expect(first.notice).toBeUndefined();
  host.userEdit("S", "C5", [[1.5]]);
  host.resetStats();
  const next = valueOf(await check.apply(id, [change({ address: "S!C5", changeType: "RangeEdited" })]));
  expect(host.stats.syncs).toBe(1);
  expect(next.issues.map((i) => i.address)).toEqual(["S!C5"]);
});

test.each([
  [{ changeType: "RangeEdited" }, "Excel did not say which cells changed."],
  [{ address: "S!C5,S!C9", changeType: "RangeEdited" }, "the change covered several separate areas."],
  [{ address: "C:C", changeType: "ColumnDeleted" }, "columns or cells were inserted or deleted."],
])("a change %j is checked in full and says so", async (fields, reason) => {
  const check = checker({ sheets: [{ name: "S", values: inventoryRows(50) }] });
  const id = await sheetId();
  valueOf(await check.apply(id, [change({ address: "C5", changeType: "RangeEdited" })]));
  host.userEdit("S", "C9", [[0]]);
  const outcome = valueOf(await check.apply(id, [change(fields)]));
  expect(outcome.notice).toBe(`Checked the whole sheet again: ${reason}`);
  expect(outcome.issues.map((i) => [i.rule, i.address])).toEqual([["quantity-zero", "S!C9"]]);
});

test("a read of the changed rows too large for one request falls back to a full read in blocks, and says so", async () => {
  const check = checker({ sheets: [{ name: "S", values: inventoryRows(400) }], payloadLimitBytes: 12_000 });
  const id = await sheetId();
  valueOf(await check.apply(id, [change({ address: "C5", changeType: "RangeEdited" })]));
  const outcome = valueOf(await check.apply(id, [change({ address: "A2:G399", changeType: "RangeEdited" })]));
  expect(outcome.notice).toBe("Checked the whole sheet again: too many rows changed to read only those.");
  expect(outcome.report.rows.data).toBe(400);
});

test("after our own write the index is dropped: the next change is read in full", async () => {
  const check = checker({ sheets: [{ name: "S", values: inventoryRows(50) }] });
  const id = await sheetId();
  valueOf(await check.apply(id, [change({ address: "C5", changeType: "RangeEdited" })]));
  check.drop();
  host.resetStats();
  const outcome = valueOf(await check.apply(id, [change({ address: "C5", changeType: "RangeEdited" })]));
  expect(host.stats.syncs).toBe(2);
  expect(outcome.notice).toBeUndefined();
});
