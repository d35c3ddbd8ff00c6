import { createTestHost, type TestHost } from "../host";
import { planAggregate, planSerialize, type CellValue } from "../../src/core";
import { applyAggregate, applySerialize, readInventory } from "../../src/excel";

let host: TestHost | undefined;
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

const HEADER = ["Name", "Quantity", "Codes", "Income"];
/** Small batches: each action takes many write syncs. */
const CHUNK = 400;

/** 40 pools of 3 units; serialize takes the pools at grid rows 5, 10, 20 and 30. */
function pools(): CellValue[][] {
  return [HEADER, ...Array.from({ length: 40 }, (_v, i) => [`N${i}`, 3, `A${i}, B${i}, C${i}`, 30])];
}
/** 40 single units, names repeating every 10 rows: aggregate merges them into 10 rows. */
function units(): CellValue[][] {
  return [HEADER, ...Array.from({ length: 40 }, (_v, i) => [`N${i % 10}`, 1, `A${i}`, 3])];
}

function install(values: CellValue[][]): TestHost {
  host?.uninstall();
  host = createTestHost({ sheets: [{ name: "S", values }] });
  host.install();
  host.resetStats();
  return host;
}

const serialize = () =>
  Excel.run(async (context) => {
    const read = await readInventory(context);
    await applySerialize(context, read, planSerialize(read.values, [5, 10, 20, 30]), undefined, CHUNK);
  });
const aggregate = () =>
  Excel.run(async (context) => {
    const read = await readInventory(context);
    await applyAggregate(context, read, planAggregate(read.values, read.values.map((_r, i) => i).slice(1)), undefined, CHUNK);
  });

/** The sheet's values with `cell` (sheet row and column, 0-based) set to `value`. */
function withEdit(values: CellValue[][], row: number, column: number, value: CellValue): CellValue[][] {
  return values.map((line, r) => line.map((v, c) => (r === row && c === column ? value : v)));
}

test("a change typed in a row the action does not write is left alone, and the action completes", async () => {
  const h = install(pools());
  // N30 (sheet row 32 as read) is not serialized: at row 40 once the copies are in.
  h.beforeSync(({ operations }) => operations.includes("Range.values="), () => h.userEdit("S", "D40", [[99]]));
  await serialize();
  expect(h.sheetValues("S")[39]).toEqual(["N30", 3, "A30, B30, C30", 99]);
  expect(h.sheetValues("S")).toHaveLength(1 + 40 + 8);
});

test("with no change typed, a multi-sync write takes the syncs it took before the re-check (loads only) and gives the same sheet", async () => {
  let h = install(pools());
  await serialize();
  expect(h.stats.syncs).toBe(22);
  expect(h.sheetValues("S")).toHaveLength(1 + 40 + 8);
  h = install(units());
  await aggregate();
  expect(h.stats.syncs).toBe(47);
  expect(h.sheetValues("S").slice(1, 3)).toEqual([["N0", 4, "A0, A10, A20, A30", 12], ["N1", 4, "A1, A11, A21, A31", 12]]);
});

test("serialize: an income typed while the units are written stops it; the sheet is as before, with the user's entry", async () => {
  const h = install(pools());
  const before = h.snapshot();
  // Pool N29 (grid row 30, sheet row 31 as read) sits at row 39 once the copies are in; the user types 99 in its income then.
  h.beforeSync(({ operations }) => operations.includes("Range.values="), () => h.userEdit("S", "D39", [[99]]));
  const error = await serialize().then(() => undefined, (e: unknown) => e);
  expect(error).toMatchObject({ name: "ActionRefusedError", kind: "changed-meanwhile" });
  expect((error as Error).message).toBe("Stopped: D31 was changed while serialize was writing. Nothing was changed.");
  expect(h.sheetValues("S")).toEqual(withEdit(before.sheets[0].values, 30, 3, 99));
  expect(h.sheetFormats("S")).toEqual(before.sheets[0].formats);
});

test("aggregate: a code changed in a row about to be deleted stops it; the sheet is as before, with the user's entry", async () => {
  const h = install(units());
  const before = h.snapshot();
  // Typed just before the sync that deletes rows 12-41: the check loaded in that sync, before the delete, sees it.
  h.beforeSync(({ operations }) => operations.includes("Range.delete"), () => h.userEdit("S", "C12", [["X10"]]));
  const error = await aggregate().then(() => undefined, (e: unknown) => e);
  expect(error).toMatchObject({ name: "ActionRefusedError", kind: "changed-meanwhile" });
  expect((error as Error).message).toBe("Stopped: C12 was changed while aggregate was writing. Nothing was changed.");
  expect(h.sheetValues("S")).toEqual(withEdit(before.sheets[0].values, 11, 2, "X10"));
});
