import { inventoryRows, valueOf, world, type World } from "./helpers";
import { Outcomes } from "./live-outcomes";
import type { CheckOutcome } from "../../src/app";
import type { CellValue } from "../../src/core";

let w: World;
afterEach(async () => {
  await w?.app.setLiveCheck(false, () => undefined);
  w?.host.uninstall();
});

/** Bytes sent and received since the last `resetStats`. */
function bytes(): number {
  const sum = (list: number[]) => list.reduce((a, b) => a + (b ?? 0), 0);
  return sum(w.host.stats.requests) + sum(w.host.stats.responses);
}

/** A sheet of `rows` inventory rows, live check on and checked once (the index is built). */
async function watched(rows: number): Promise<Outcomes> {
  w = world([{ name: "S", values: inventoryRows(rows) }]);
  const outcomes = new Outcomes();
  valueOf(await w.app.setLiveCheck(true, outcomes.listener));
  valueOf(await w.app.check());
  w.host.resetStats();
  return outcomes;
}

/** What a check of the sheet as it is now says (report and located issues). */
async function fullCheck(): Promise<Pick<CheckOutcome, "report" | "issues" | "headers">> {
  const { report, issues, headers } = valueOf(await w.app.check());
  return { report, issues, headers };
}

function sameAsFull(outcome: CheckOutcome, full: Pick<CheckOutcome, "report" | "issues" | "headers">): void {
  expect({ report: outcome.report, issues: outcome.issues, headers: outcome.headers }).toEqual(full);
}

function pasted(from: number, count: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) => [`New ${from + i}`, "Skis", i % 10 === 0 ? 2.5 : 1, i === 0 ? "C1" : `N${from + i}`, 10.01, 2, ""]);
}

test("a one-cell edit reads only that row, in at most 2 syncs, and the outcome equals a full check", async () => {
  const outcomes = await watched(2000);
  w.host.userEdit("S", "C501", [[2.5]]);
  await outcomes.reach(1);
  expect(w.host.stats.syncs).toBeLessThanOrEqual(2);
  expect(bytes()).toBeLessThan(2_000);
  const outcome = outcomes.last();
  expect(outcome.issues.map((i) => [i.rule, i.address])).toEqual([["quantity-not-whole", "S!C501"]]);
  expect(outcome.notice).toBeUndefined();
  sameAsFull(outcome, await fullCheck());
});

test("a 100-row paste costs at most 2 syncs and 50 kB, and the outcome equals a full check", async () => {
  const outcomes = await watched(2000);
  w.host.userEdit("S", "A1001:G1100", pasted(1000, 100));
  await outcomes.reach(1);
  expect(w.host.stats.syncs).toBeLessThanOrEqual(2);
  expect(bytes()).toBeLessThanOrEqual(50_000);
  const outcome = outcomes.last();
  expect(outcome.issues.filter((i) => i.rule === "codes-duplicate").map((i) => i.address)).toEqual(["S!D2", "S!D1001"]);
  expect(outcome.issues.filter((i) => i.rule === "quantity-not-whole")).toHaveLength(10);
  sameAsFull(outcome, await fullCheck());
});

test("a paste below the last row grows the grid", async () => {
  const outcomes = await watched(50);
  w.host.userEdit("S", "A52:G54", pasted(52, 3));
  await outcomes.reach(1);
  expect(w.host.stats.syncs).toBeLessThanOrEqual(2);
  expect(bytes()).toBeLessThan(2_000);
  const outcome = outcomes.last();
  expect(outcome.report.rows.data).toBe(53);
  sameAsFull(outcome, await fullCheck());
});

test("inserted and deleted rows shift the index; several changes in one pause apply in order", async () => {
  const outcomes = await watched(300);
  w.host.userInsertRows("S", "10:12");
  w.host.userEdit("S", "A10:G12", pasted(10, 3));
  w.host.userEdit("S", "D200", [["C2"]]);
  await outcomes.reach(1);
  expect(w.host.stats.syncs).toBeLessThanOrEqual(2);
  expect(bytes()).toBeLessThan(3_000);
  let outcome = outcomes.last();
  expect(outcome.notice).toBeUndefined();
  expect(outcome.issues.filter((i) => i.rule === "codes-duplicate").map((i) => i.address).sort()).toEqual(["S!D10", "S!D200", "S!D2", "S!D3"].sort());
  sameAsFull(outcome, await fullCheck());

  w.host.resetStats();
  w.host.userDeleteRows("S", "3:11");
  await outcomes.reach(2);
  expect(w.host.stats.syncs).toBeLessThanOrEqual(2);
  expect(bytes()).toBeLessThan(2_000);
  outcome = outcomes.last();
  expect(outcome.report.rows.data).toBe(294);
  sameAsFull(outcome, await fullCheck());
});

test("clearing the last rows shrinks the grid", async () => {
  const outcomes = await watched(40);
  w.host.userEdit("S", "A39:G41", Array.from({ length: 3 }, () => Array(7).fill("")));
  await outcomes.reach(1);
  expect(bytes()).toBeLessThan(2_000);
  expect(outcomes.last().report.rows.data).toBe(37);
  expect(outcomes.last().notice).toBeUndefined();
  sameAsFull(outcomes.last(), await fullCheck());
});

test("an edit of the header row is checked in full, and the outcome says why", async () => {
  const outcomes = await watched(100);
  w.host.userEdit("S", "C1", [["Count"]]);
  await outcomes.reach(1);
  const outcome = outcomes.last();
  expect(outcome.notice).toBe("Checked the whole sheet again: the change touched the header row or the rows above it.");
  expect(outcome.noticeSay?.[0]).toMatchObject({ id: "live-checked-in-full" });
  sameAsFull(outcome, await fullCheck());
});

test("a paste wider than the table is checked in full, and the outcome says why", async () => {
  const outcomes = await watched(100);
  w.host.userEdit("S", "F20:I20", [[1, 2, "x", "y"]]);
  await outcomes.reach(1);
  expect(outcomes.last().notice).toMatch(/outside the table's columns/);
  sameAsFull(outcomes.last(), await fullCheck());
});

test("changes made while a re-check reads are merged into the next one: none is lost", async () => {
  const outcomes = await watched(300);
  // The user inserts rows and edits a cell just before the re-check's read reaches Excel.
  w.host.beforeSync(1, () => {
    w.host.userInsertRows("S", "20:21");
    w.host.userEdit("S", "A20:G21", pasted(20, 2));
    w.host.userEdit("S", "C100", [[7.5]]);
  });
  w.host.userEdit("S", "C50", [[1.5]]);
  await outcomes.reach(2);
  const outcome = outcomes.last();
  expect(outcome.issues.filter((i) => i.rule === "quantity-not-whole").map((i) => i.address)).toEqual(["S!C20", "S!C52", "S!C100"]);
  sameAsFull(outcome, await fullCheck());
});

test("a header without a mapped table keeps the full check (nothing to index), quietly", async () => {
  w = world([{ name: "S", values: [["Just", "text"], ["a", "b"]] }]);
  const outcomes = new Outcomes();
  valueOf(await w.app.setLiveCheck(true, outcomes.listener));
  valueOf(await w.app.check());
  w.host.userEdit("S", "A2", [["c"]]);
  await outcomes.reach(1);
  expect(outcomes.last().notice).toBeUndefined();
  expect(outcomes.last().report.table).toBeNull();
});

test("an Excel table with a totals row: edits and inserted rows inside it are read alone", async () => {
  const values = inventoryRows(60);
  w = world([{ name: "S", values: [["Stock list"], [], ...values], tables: [{ address: "A3:G63", showTotals: true }] }]);
  const outcomes = new Outcomes();
  valueOf(await w.app.setLiveCheck(true, outcomes.listener));
  valueOf(await w.app.check());
  w.host.resetStats();
  w.host.userEdit("S", "D10", [["C1"]]);
  await outcomes.reach(1);
  expect(bytes()).toBeLessThan(2_000);
  expect(outcomes.last().issues.filter((i) => i.rule === "codes-duplicate").map((i) => i.address)).toEqual(["S!D4", "S!D10"]);
  sameAsFull(outcomes.last(), await fullCheck());

  w.host.resetStats();
  w.host.userInsertRows("S", "20:21");
  w.host.userEdit("S", "A20:G21", pasted(20, 2));
  await outcomes.reach(2);
  expect(bytes()).toBeLessThan(3_000);
  expect(outcomes.last().notice).toBeUndefined();
  expect(outcomes.last().issues.filter((i) => i.rule === "quantity-not-whole").map((i) => i.address)).toEqual(["S!C20"]);
  sameAsFull(outcomes.last(), await fullCheck());
});

test("a sheet whose values start below and right of A1 maps grid rows to sheet rows", async () => {
  const values = inventoryRows(30).map((row) => ["", "", ...row]);
  w = world([{ name: "S", values: [[], [], ["", "", "Inventory"], ...values] }]);
  const outcomes = new Outcomes();
  valueOf(await w.app.setLiveCheck(true, outcomes.listener));
  valueOf(await w.app.check());
  w.host.resetStats();
  w.host.userEdit("S", "E15", [[0.5]]);
  await outcomes.reach(1);
  expect(bytes()).toBeLessThan(2_000);
  expect(outcomes.last().issues.map((i) => i.address)).toContain("S!E15");
  sameAsFull(outcomes.last(), await fullCheck());
});

test("after the add-in's own write (rows inserted by serialize) the next change is read in full, so the index is never stale", async () => {
  const values = [...inventoryRows(40)];
  values.splice(1, 0, ["Pool", "Skis", 2, "X1,X2", 20.02, 4, ""]);
  // ExcelApi 1.14: triggerSource tells our write from the user's edit at once (below it, an edit
  // within the quiet time after our write is taken as ours, so the test would wait on time).
  w = world([{ name: "S", values }], { selection: "S!A2", maxExcelApi: "1.14" });
  const outcomes = new Outcomes();
  valueOf(await w.app.setLiveCheck(true, outcomes.listener));
  valueOf(await w.app.check());
  valueOf(await w.app.serializeSelection());
  await w.host.flushEvents();
  w.host.resetStats();
  w.host.userEdit("S", "C20", [[0.5]]);
  await outcomes.reach(1);
  expect(bytes()).toBeGreaterThan(2_000);
  // Read in full because the index was dropped, not because the shapes disagreed.
  expect(outcomes.last().notice).toBeUndefined();
  expect(outcomes.last().issues.map((i) => i.address)).toEqual(["S!C20"]);
  sameAsFull(outcomes.last(), await fullCheck());
});
