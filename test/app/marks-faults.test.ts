/**
 * Marks are all or nothing (issue 18): a failure at any sync of mark, re-mark or clear — the
 * whole sync, or only its first operations (a batch is not a transaction) — leaves the workbook
 * as before the action, or the action completes. Never half.
 */
import type { InventoryApp } from "../../src/app";
import type { TestHost, WorkbookSnapshot } from "../host";
import { world } from "./helpers";
import { MARKED_STOCK, stockSheet, withoutFormatIds } from "./marks-helpers";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

type Prepare = (app: InventoryApp, host: TestHost) => Promise<void>;
type Act = (app: InventoryApp) => Promise<{ ok: boolean }>;

function fresh() {
  host?.uninstall();
  const w = world([stockSheet(MARKED_STOCK, { notes: { A2: "user note" } })], { maxExcelApi: "1.20" });
  host = w.host;
  return w;
}

/** The snapshot after `act` runs without a fault, and how many syncs it takes. */
async function cleanRun(prepare: Prepare, act: Act): Promise<{ after: WorkbookSnapshot; syncs: number }> {
  const w = fresh();
  await prepare(w.app, w.host);
  w.host.resetStats();
  expect((await act(w.app)).ok).toBe(true);
  return { after: withoutFormatIds(w.host.snapshot()), syncs: w.host.stats.syncs };
}

async function everySync(prepare: Prepare, act: Act): Promise<string[]> {
  const { after, syncs } = await cleanRun(prepare, act);
  expect(syncs).toBeGreaterThan(3);
  const seen: string[] = [];
  for (let k = 1; k <= syncs; k++) {
    for (const partial of [undefined, 1]) {
      const w = fresh();
      await prepare(w.app, w.host);
      const before = withoutFormatIds(w.host.snapshot());
      w.host.failSync(k, "GeneralException", partial === undefined ? {} : { afterOperations: partial });
      const result = await act(w.app);
      const now = withoutFormatIds(w.host.snapshot());
      if (result.ok) expect(now).toEqual(after);
      else expect(now).toEqual(before);
      seen.push(result.ok ? "done" : "nothing");
    }
  }
  return seen;
}

const nothing: Prepare = async () => undefined;
const marked: Prepare = async (app, h) => {
  expect((await app.markIssues()).ok).toBe(true);
  h.userEdit("Stock", "C3", [[2]]);
  h.userEdit("Stock", "C2", [[-1]]);
};

test("a failure at any sync of marking leaves the workbook as before, or marking completes", async () => {
  const seen = await everySync(nothing, (app) => app.markIssues());
  expect(seen).toContain("nothing");
});

test("a failure at any sync of re-marking puts the old marks back, or re-marking completes", async () => {
  const seen = await everySync(marked, (app) => app.markIssues());
  expect(seen).toContain("nothing");
});

test("a failure at any sync of clearing leaves the marks, or clearing completes", async () => {
  const seen = await everySync(marked, (app) => app.clearMarks());
  expect(seen).toContain("nothing");
});

test("a failed re-mark puts our formats back at their old priorities: a rule the user added meanwhile keeps its place", async () => {
  const w = fresh();
  expect((await w.app.markIssues()).ok).toBe(true);
  await Excel.run(async (context) => {
    const rule = context.workbook.worksheets.getItem("Stock").getRange("E2:E5").conditionalFormats.add("Custom");
    rule.custom.rule.formula = "=E2>5";
    await context.sync();
  });
  const before = w.host.conditionalFormats("Stock").map((f) => f.formula);
  expect(before[0]).toBe("=E2>5");
  w.host.userEdit("Stock", "C3", [[2]]);
  w.host.failSync(({ operations }) => operations.includes("NoteCollection.add"));
  expect((await w.app.markIssues()).ok).toBe(false);
  expect(w.host.conditionalFormats("Stock").map((f) => f.formula)).toEqual(before);
});

test("the rollback puts many old notes back in blocks of about 1 MB, as writing does", async () => {
  host?.uninstall();
  const values = [MARKED_STOCK[0], ...Array.from({ length: 9_000 }, (_, i) => ["Pole", "Poles", 2.5, `P${i}`, 10, 2, ""])];
  const w = world([stockSheet(values)], { maxExcelApi: "1.20" });
  host = w.host;
  expect((await w.app.markIssues()).ok).toBe(true);
  const notes = w.host.notes("Stock");
  w.host.userEdit("Stock", "C2", [[1]]);
  // Fail the sync that stores the record, after the new notes are written: what follows is the rollback.
  const adds: number[] = [];
  w.host.failSync(({ operations }) => {
    adds.push(operations.filter((o) => o === "NoteCollection.add").length);
    return false;
  });
  w.host.failSync(({ operations }) => operations.includes("SettingCollection.add"));
  expect((await w.app.markIssues()).ok).toBe(false);
  expect(w.host.notes("Stock")).toEqual(notes);
  // Writing took two blocks (8,999 notes); the rollback puts the 9,000 old ones back in blocks of the same size.
  const [first, second, ...rollback] = adds.filter((n) => n > 0);
  expect(first + second).toBe(8_999);
  expect(rollback.reduce((a, b) => a + b, 0)).toBe(9_000);
  expect(rollback.length).toBeGreaterThan(1);
  expect(Math.max(...rollback)).toBeLessThanOrEqual(first);
});
