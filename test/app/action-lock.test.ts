/** One action at a time across pane and ribbon: the app's lock (src/app/action-lock.ts). */
import type { ActionResult } from "../../src/app";
import { ActionLock } from "../../src/app/action-lock";
import { text } from "../../src/core";
import { SETTINGS_KEY } from "../../src/excel";
import { HEADERS, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

/** One pool of 2 (selected, quantity typed as text so Fix all has work) and one row without codes. */
function sheet() {
  return {
    name: "S",
    values: [HEADERS, ["A", "Ski", "2", "X1,X2", 10, 2, ""], ["B", "Ski", 1, "", 5, 1, ""]],
    formats: [[], ["", "", "@"]],
  };
}

const busy: ActionResult = { ok: false, kind: "busy", message: text("app-busy"), say: [{ id: "app-busy", values: {} }] };

test("every write asked for while a write runs is refused with a plain message, and changes nothing", async () => {
  w = world([sheet()], { selection: "S!A2:A3" });
  const fixing = w.app.applyFixAll("quantity-as-text");
  const refused = await Promise.all([
    w.app.serializeSelection(),
    w.app.aggregateSelection(),
    w.app.generateCodes("NEW"),
    w.app.applyFixAll("quantity-as-text"),
    w.app.summarize(),
    w.app.undo(),
  ]);
  expect(refused).toEqual(Array(6).fill(busy));
  expect(await w.app.saveSettings({ codePrefix: "SKI" })).toMatchObject({ ok: false, kind: "busy", message: `Settings not saved: ${text("app-busy")}` });

  expect(await fixing).toMatchObject({ ok: true, value: { message: "Fixed 1 issue (1 cell changed)." } });
  // Only the fix happened: no new rows, no codes, no summary sheet, no settings.
  expect(w.host.sheetValues("S")).toEqual([HEADERS, ["A", "Ski", 2, "X1,X2", 10, 2, ""], ["B", "Ski", 1, "", 5, 1, ""]]);
  expect(w.host.sheetNames()).toEqual(["S"]);
  expect(w.host.settings()[SETTINGS_KEY]).toBeUndefined();
  // The fix is still the one to undo.
  expect(w.app.canUndo()).toBe(true);
});

test("the lock is free again once a write ends, also when it failed", async () => {
  w = world([sheet()], { selection: "S!A2" });
  w.host.failSync(2);
  expect(await w.app.applyFixAll("quantity-as-text")).toMatchObject({ ok: false, kind: "failed" });
  expect(await w.app.applyFixAll("quantity-as-text")).toMatchObject({ ok: true });
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true, value: { message: expect.stringMatching(/^Serialized 1 row into 2 rows/) } });
  expect(w.host.sheetValues("S").map((r) => r[3])).toEqual(["Stock codes", "X1", "X2", ""]);
});

test("a read asked for while a write runs waits for it and sees the finished write", async () => {
  w = world([sheet()], { selection: "S!A2" });
  const serializing = w.app.serializeSelection();
  const checking = w.app.check();
  const preview = w.app.previewSerialize();
  const [result, checked, previewed] = await Promise.all([serializing, checking, preview]);
  const outcome = valueOf(checked);
  const afterPreview = valueOf(previewed);
  expect(result).toMatchObject({ ok: true });
  // Two unit rows plus the row without codes: the check ran after all rows were written.
  expect(outcome.report.rows.data).toBe(3);
  expect(outcome.issues.map((i) => `${i.rule}@${i.address}`)).toEqual(["codes-missing@S!D4"]);
  // The preview sees the pool already serialized.
  expect(afterPreview).toMatchObject({ rowsAffected: 0, skipped: [{ address: "S!A2", reason: expect.stringMatching(/already serialized/) }] });
});

test("reads run side by side, and a write asked for during a read waits for it instead of being refused", async () => {
  w = world([sheet()], { selection: "S!A2" });
  const log: string[] = [];
  const first = w.app.check({ onProgress: () => log.push("first read a block") }).then((o) => (log.push("first done"), valueOf(o)));
  const second = w.app.check({ onProgress: () => log.push("second read a block") }).then((o) => (log.push("second done"), valueOf(o)));
  const serializing = w.app.serializeSelection().then((r) => (log.push("serialize done"), r));
  const [a, b, result] = await Promise.all([first, second, serializing]);

  // The second check read while the first was still running: no lock between reads.
  expect(log.indexOf("second read a block")).toBeLessThan(log.indexOf("first done"));
  // The write waited for both reads, which saw the sheet as it was before it.
  expect(log.indexOf("serialize done")).toBeGreaterThan(log.indexOf("second done"));
  expect([a.report.rows.data, b.report.rows.data]).toEqual([2, 2]);
  expect(result).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S")).toHaveLength(4);
});

test("ActionLock: reads asked for while a write waits for earlier reads queue behind that write", async () => {
  const lock = new ActionLock();
  const order: string[] = [];
  let endRead!: () => void;
  const firstRead = lock.read(() => new Promise<void>((resolve) => (endRead = resolve)).then(() => order.push("read 1")));
  const write = lock.write(async () => order.push("write"), () => order.push("refused"));
  const laterRead = lock.read(async () => order.push("read 2"));
  expect(lock.writing).toBe(true);
  // A second write while the first one waits for the read is refused.
  expect(await lock.write(async () => "ran", () => "refused")).toBe("refused");
  await Promise.resolve();
  expect(order).toEqual([]);
  endRead();
  await Promise.all([firstRead, write, laterRead]);
  expect(order).toEqual(["read 1", "write", "read 2"]);
  expect(lock.writing).toBe(false);
});
