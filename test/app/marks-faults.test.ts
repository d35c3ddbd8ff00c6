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
