/**
 * The incremental step over several changes in a row: the index's grid size is carried from one
 * change to the next, and an Excel table longer than its data is read as the full read reads it.
 */
import { createTestHost, type TestHost } from "../host";
import { IncrementalCheck } from "../../src/app/incremental-check";
import { ok } from "../../src/app/outcomes";
import { readInventory, runExcel, type UserChange } from "../../src/excel";
import { checkInventory } from "../../src/core";
import { inventoryRows, valueOf } from "./helpers";

let host: TestHost;
let serial = 0;
afterEach(() => host?.uninstall());

function checker(seed: Parameters<typeof createTestHost>[0]): IncrementalCheck {
  host = createTestHost(seed);
  host.install();
  return new IncrementalCheck({
    readSheet: (sheetId, work) => runExcel(async (context) => ok(await work(context, await readInventory(context, { sheetName: sheetId })))),
    readExcel: (work) => runExcel(work),
    seen: () => serial,
  });
}

async function sheetId(): Promise<string> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S").load("id");
    await context.sync();
    return sheet.id;
  });
}

const change = (fields: Partial<UserChange>): UserChange => ({ serial: ++serial, ...fields });
/** Lets the index's "events seen by the read" mark settle (a zero-delay timer queued before this one). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

async function fullCheckIssues(): Promise<string[]> {
  const read = await runExcel((context) => readInventory(context, { sheetName: "S" }));
  return checkInventory(read.values, { origin: read.origin }).issues.map((i) => `${i.rule}@${i.row}:${i.column}`);
}

test("after rows are deleted, the next edits are still read row by row and match a full check", async () => {
  const check = checker({ sheets: [{ name: "S", values: inventoryRows(20) }] });
  const id = await sheetId();
  valueOf(await check.apply(id, [change({ address: "C5", changeType: "RangeEdited" })]));
  await settled();
  host.userDeleteRows("S", "5:9");
  expect(valueOf(await check.apply(id, [change({ address: "5:9", changeType: "RowDeleted" })])).notice).toBeUndefined();
  await settled();
  host.userEdit("S", "C3", [[0]]);
  host.resetStats();
  const edited = valueOf(await check.apply(id, [change({ address: "C3", changeType: "RangeEdited" })]));
  expect(edited.notice).toBeUndefined();
  expect(host.stats.syncs).toBe(1);
  expect(edited.issues.map((i) => `${i.rule}@${i.row}:${i.column}`)).toEqual(await fullCheckIssues());
});

test("a paste below a gap after deleted rows never fails: it is checked and matches a full check", async () => {
  const check = checker({ sheets: [{ name: "S", values: inventoryRows(20) }] });
  const id = await sheetId();
  valueOf(await check.apply(id, [change({ address: "C5", changeType: "RangeEdited" })]));
  await settled();
  host.userDeleteRows("S", "5:9");
  valueOf(await check.apply(id, [change({ address: "5:9", changeType: "RowDeleted" })]));
  await settled();
  host.userEdit("S", "A22:G23", [["X", "Skis", 1, "C1", 1, 1, ""], ["Y", "Skis", 0, "NEW", 1, 1, ""]]);
  const pasted = await check.apply(id, [change({ address: "A22:G23", changeType: "RangeEdited" })]);
  expect(pasted.ok).toBe(true);
  expect(valueOf(pasted).issues.map((i) => `${i.rule}@${i.row}:${i.column}`)).toEqual(await fullCheckIssues());
});

test("an Excel table with empty rows at its end takes edits row by row, as long as it is", async () => {
  const check = checker({ sheets: [{ name: "S", values: inventoryRows(20), tables: [{ name: "Inv", address: "A1:G31" }] }] });
  const id = await sheetId();
  valueOf(await check.apply(id, [change({ address: "C5", changeType: "RangeEdited" })]));
  await settled();
  host.userEdit("S", "C3", [[0]]);
  host.resetStats();
  const edited = valueOf(await check.apply(id, [change({ address: "C3", changeType: "RangeEdited" })]));
  expect(edited.notice).toBeUndefined();
  expect(host.stats.syncs).toBe(1);
  expect(edited.report.rows.data).toBe(20);
  expect(edited.issues.map((i) => `${i.rule}@${i.row}:${i.column}`)).toEqual(await fullCheckIssues());
});
