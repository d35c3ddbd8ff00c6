/**
 * A write batch of Protect entry or Remove protection that fails after any of its operations
 * (Excel keeps the ones before the failing one) is put back exactly: the validation and the
 * stored record as they were, and the result says nothing was changed.
 */
import type { InventoryApp, ActionResult } from "../../src/app";
import { valueOf } from "./helpers";
import { setUp, userRule } from "./entry-rules-support";
import type { TestHost } from "../host";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

/** The workbook as a value; validation entries in address order (Excel keeps them as a set, the host in the order written). */
function state(h: TestHost): unknown {
  const snap = h.snapshot();
  const sheets = snap.sheets.map((s) => ({ ...s, dataValidation: s.dataValidation && [...s.dataValidation].sort((a, b) => a.areas.localeCompare(b.areas)) }));
  return { ...snap, sheets, settings: h.settings() };
}

const isWrite = (operations: string[]): boolean => operations.includes("DataValidation.clear");

/** A workbook protected in German, with a user's rule on Expense and rows moved: the next batch has clears and sets. */
async function prepared(): Promise<{ app: InventoryApp; host: TestHost }> {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry({ displayLocale: "de-DE" }));
  await userRule("F2:F5", { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
  w.host.userInsertRows("Stock", "3:3");
  return w;
}

async function expectPutBackAfterEveryOperation(act: (app: InventoryApp) => Promise<ActionResult>): Promise<void> {
  let count = 0;
  const probe = await prepared();
  probe.host.failSync(({ operations }) => {
    if (isWrite(operations)) count = operations.length;
    return false;
  });
  valueOf(await act(probe.app));
  probe.host.uninstall();
  expect(count).toBeGreaterThan(5);
  for (let applied = 1; applied < count; applied++) {
    const w = await prepared();
    const before = state(w.host);
    w.host.failSync(({ operations }) => isWrite(operations), "GeneralException", { afterOperations: applied });
    expect(await act(w.app)).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was changed\.$/) });
    expect(state(w.host)).toEqual(before);
    w.host.uninstall();
  }
}

test("protecting again (the German rules replaced by English ones) is all or nothing", async () => {
  await expectPutBackAfterEveryOperation((app) => app.protectEntry({ displayLocale: "en-US" }));
});

test("removing is all or nothing", async () => {
  await expectPutBackAfterEveryOperation((app) => app.removeEntryProtection());
});
