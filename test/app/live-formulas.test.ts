/**
 * Live check over a grid with formulas (docs/design.md §25): Excel sends no change event for a
 * cell a formula recalculates, so an index of such a grid would keep stale values.
 */
import { valueOf, world, type World } from "./helpers";
import { Outcomes } from "./live-outcomes";
import type { CheckOutcome } from "../../src/app";
import type { HostSeed, SeedSheet } from "../host";
import { canProbeFormulas, queueFormulaProbe } from "../../src/excel";

let w: World;
afterEach(async () => {
  await w?.app.setLiveCheck(false, () => undefined);
  w?.host.uninstall();
});

/** `Qty | Codes`, B2 = 100 and B3:B7 = B2+1 … B6+1 (codes 100…105). */
const CHAIN: SeedSheet[] = [{
  name: "S",
  values: [["Qty", "Codes"], [1, 100], [1, null], [1, null], [1, null], [1, null], [1, null]],
  formulas: [[], [], [null, "=B2+1"], [null, "=B3+1"], [null, "=B4+1"], [null, "=B5+1"], [null, "=B6+1"]],
}];

const PLAIN: SeedSheet[] = [{
  name: "S",
  values: [["Qty", "Codes"], [1, 100], [1, 101], [1, 102], [1, 103], [1, 104], [1, 105]],
}];

async function watched(sheets: SeedSheet[], extra: Omit<HostSeed, "sheets"> = {}): Promise<Outcomes> {
  w = world(sheets, extra);
  const outcomes = new Outcomes();
  valueOf(await w.app.setLiveCheck(true, outcomes.listener));
  valueOf(await w.app.check());
  w.host.resetStats();
  return outcomes;
}

async function fullCheck(): Promise<Pick<CheckOutcome, "report" | "issues" | "headers">> {
  const { report, issues, headers } = valueOf(await w.app.check());
  return { report, issues, headers };
}

function sameAsFull(outcome: CheckOutcome, full: Pick<CheckOutcome, "report" | "issues" | "headers">): void {
  expect({ report: outcome.report, issues: outcome.issues, headers: outcome.headers }).toEqual(full);
}

/** Syncs of one check of the sheet. */
async function checkSyncs(): Promise<number> {
  w.host.resetStats();
  valueOf(await w.app.check());
  return w.host.stats.syncs;
}

test("an edit that formulas carry down the sheet is checked as a full check would: no stale duplicate", async () => {
  const outcomes = await watched(CHAIN);
  w.host.userEdit("S", "B2", [[103]]);
  await outcomes.reach(1);
  expect(w.host.sheetValues("S").map((row) => row[1])).toEqual(["Codes", 103, 104, 105, 106, 107, 108]);
  const outcome = outcomes.last();
  expect(outcome.issues.filter((i) => i.rule === "codes-duplicate")).toEqual([]);
  expect(outcome.notice).toBeUndefined();
  sameAsFull(outcome, await fullCheck());
});

test("once formulas are seen, later edits of that sheet go straight to a full read (no sync spent on the rows first)", async () => {
  const outcomes = await watched(CHAIN);
  const full = await checkSyncs();
  w.host.userEdit("S", "B2", [[103]]);
  await outcomes.reach(1);
  w.host.resetStats();
  w.host.userEdit("S", "B2", [[102]]);
  await outcomes.reach(2);
  expect(w.host.stats.syncs).toBe(full);
  const outcome = outcomes.last();
  expect(outcome.issues.filter((i) => i.rule === "codes-duplicate").map((i) => i.address)).toEqual([]);
  sameAsFull(outcome, await fullCheck());
  w.host.userEdit("S", "B7", [[103]]);
  await outcomes.reach(3);
  expect(outcomes.last().issues.filter((i) => i.rule === "codes-duplicate").map((i) => i.address)).toEqual(["S!B3", "S!B7"]);
});

test("a sheet without formulas still goes incremental: a one-cell edit in at most 2 syncs", async () => {
  const outcomes = await watched(PLAIN);
  w.host.userEdit("S", "B7", [[100]]);
  await outcomes.reach(1);
  expect(w.host.stats.syncs).toBeLessThanOrEqual(2);
  const outcome = outcomes.last();
  expect(outcome.issues.filter((i) => i.rule === "codes-duplicate").map((i) => i.address)).toEqual(["S!B2", "S!B7"]);
  sameAsFull(outcome, await fullCheck());
});

test("the full read costs no extra sync: a check with live check on costs what it costs with live check off", async () => {
  for (const sheets of [PLAIN, CHAIN]) {
    await watched(sheets);
    const on = await checkSyncs();
    valueOf(await w.app.setLiveCheck(false, () => undefined));
    const off = await checkSyncs();
    expect(on).toBe(off);
    w.host.uninstall();
  }
});

test("the formula probe sees formulas in its rectangle only, and answers 'maybe' where ExcelApi 1.9 is missing", async () => {
  w = world(CHAIN);
  const probe = (rect: { row: number; column: number; rows: number; columns: number }) =>
    w.host.Excel.run(async (context) => {
      const found = queueFormulaProbe(context, "S", rect);
      await context.sync();
      return found();
    });
  expect(await probe({ row: 0, column: 0, rows: 7, columns: 2 })).toBe(true);
  expect(await probe({ row: 0, column: 0, rows: 2, columns: 2 })).toBe(false);
  expect(await probe({ row: 2, column: 0, rows: 5, columns: 1 })).toBe(false);
  w.host.uninstall();
  w = world(CHAIN, { maxExcelApi: "1.8" });
  expect(canProbeFormulas()).toBe(false);
  expect(await probe({ row: 0, column: 0, rows: 2, columns: 2 })).toBe(true);
});

test("a formula the user types below the grid is seen too: later edits it depends on are checked in full", async () => {
  const outcomes = await watched(PLAIN);
  w.host.userEdit("S", "A8:B8", [[1, "=B7+1"]]);
  await outcomes.reach(1);
  expect(outcomes.last().report.rows.data).toBe(7);
  w.host.userEdit("S", "B7", [[300]]);
  await outcomes.reach(2);
  w.host.userEdit("S", "B2", [[106]]);
  await outcomes.reach(3);
  expect(w.host.sheetValues("S")[7]).toEqual([1, 301]);
  const outcome = outcomes.last();
  expect(outcome.issues.filter((i) => i.rule === "codes-duplicate")).toEqual([]);
  sameAsFull(outcome, await fullCheck());
});
