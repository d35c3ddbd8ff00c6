/**
 * Stocktake in the add-in (docs/design.md §27) on the strict test host: scans answered in memory,
 * kept in a very hidden sheet of ours and resumed by a new app, and the report sheet.
 */
import { createInventoryApp, type InventoryApp, type StocktakeRun } from "../../src/app";
import { STOCKTAKE_KEY } from "../../src/excel";
import { HEADERS, valueOf, world, type World } from "./helpers";

let w: World;
let runs: StocktakeRun[] = [];
// A run's pending save would otherwise land in the next test's workbook.
afterEach(async () => {
  await Promise.all(runs.map((run) => run.save()));
  runs = [];
  w?.host.uninstall();
});

/** Serialized skis, a pool of three poles under one code, a pair of helmets with a code each. */
function stock() {
  return {
    name: "Stock",
    values: [
      HEADERS,
      ["Ski A", "Skis", 1, "S1", 10, 1, ""],
      ["Ski B", "Skis", 1, "S2", 10, 1, ""],
      ["Pole pool", "Poles", 3, "POLE", 30, 3, ""],
      ["Helmet", "Helmets", 2, "H1,H2", 20, 2, ""],
    ],
  };
}

/** The case: two units missing (S2, H2), one scanned twice (S1), one unknown code. */
const SCANS = ["S1", "S1\r\n", "POLE", "pole", "POLE", "H1", "X9"];

function newApp(): InventoryApp {
  return createInventoryApp({ debounceMs: 20, quietMs: 50, now: () => new Date(2026, 10, 27, 9, 30), scanSaveMs: 0 });
}

async function started(app: InventoryApp = w.app): Promise<StocktakeRun> {
  const run = valueOf(await app.startStocktake());
  runs.push(run);
  return run;
}

/** Waits until `ready()` holds, turn after turn of the event loop (no clock involved). */
async function until(ready: () => Promise<boolean>): Promise<void> {
  while (!(await ready())) await new Promise((resolve) => setImmediate(resolve));
}

/** The scans sheet's name, visibility and column A, read through the host's Excel API. */
async function scansSheet(): Promise<{ name: string; visibility: string; scans: unknown[] } | undefined> {
  const id = (w.host.settings()[STOCKTAKE_KEY] as { sheetId?: string } | undefined)?.sheetId;
  if (id === undefined) return undefined;
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(id).load("name,visibility");
    await context.sync();
    return { name: sheet.name, visibility: sheet.visibility, scans: w.host.sheetValues(sheet.name).map((r) => r[0]) };
  });
}

test("each scan is answered at once, from memory: row, name and category, or why it was not counted", async () => {
  w = world([stock()]);
  const run = await started();
  const syncs = w.host.stats.syncs;
  const answers = SCANS.map((scan) => run.scan(scan));
  expect(w.host.stats.syncs).toBe(syncs);
  expect(answers.map((a) => [a.outcome.kind, a.rows])).toEqual([
    ["matched", [2]], ["scanned-again", [2]], ["matched", [4]], ["matched", [4]], ["matched", [4]], ["matched", [5]], ["unknown", []],
  ]);
  expect(answers[0]).toMatchObject({ name: "Ski A", category: "Skis", counted: 1, expected: 1, message: "Row 2: Ski A, Skis. 1 of 1 counted." });
  expect(answers[4]).toMatchObject({ counted: 3, expected: 3 });
  expect(run.scan("POLE")).toMatchObject({ outcome: { kind: "more-than-quantity", row: 3 }, rows: [4], counted: 3 });
  expect(answers[6].message).toBe("X9 is not in the inventory: not counted.");
  expect(run.scan(" \t\r\n").message).toBe("The scan was empty: nothing counted.");
  expect(run.progress()).toEqual({ scans: 9, counted: 5, expected: 7 });
});

test("a code on two rows is answered with both rows and counts nothing", async () => {
  const sheet = stock();
  sheet.values[2][3] = "S1";
  w = world([sheet]);
  const answer = (await started()).scan("S1");
  expect(answer).toMatchObject({ outcome: { kind: "on-several-rows" }, rows: [2, 3] });
  expect(answer.message).toBe("S1 is on several rows (2, 3): not counted. Give each row its own code.");
});

test("undo takes the last scan back, its count too", async () => {
  w = world([stock()]);
  const run = await started();
  run.scan("S1");
  run.scan("S2");
  expect(run.undo()).toMatchObject({ outcome: { kind: "matched", row: 2 }, message: "The scan of S2 was taken back." });
  expect(run.progress()).toEqual({ scans: 1, counted: 1, expected: 7 });
  expect(run.answers().map((a) => a.scanned)).toEqual(["S1"]);
  run.undo();
  expect(run.undo()).toBeUndefined();
});

test("scans are saved in a very hidden sheet of ours after a pause, and a new app resumes them", async () => {
  w = world([stock()]);
  const run = await started();
  for (const scan of SCANS) run.scan(scan);
  // No save asked for: the pause after the last scan saves them.
  await until(async () => (await scansSheet())?.scans.length === SCANS.length);
  expect(await scansSheet()).toEqual({ name: "InventoryRows.Scans", visibility: "VeryHidden", scans: SCANS });
  // Closing the pane: a new runtime, a new app, the same workbook.
  const again = await started(newApp());
  expect(again.resumed).toBe(SCANS.length);
  expect(again.progress()).toEqual(run.progress());
  expect(again.answers().map((a) => a.outcome)).toEqual(run.answers().map((a) => a.outcome));
});

test("an undone scan is removed from the workbook too", async () => {
  w = world([stock()]);
  const run = await started();
  run.scan("S1");
  run.scan("S2");
  valueOf(await run.save());
  run.undo();
  valueOf(await run.save());
  expect((await scansSheet())?.scans).toEqual(["S1"]);
  expect((await started(newApp())).progress()).toEqual({ scans: 1, counted: 1, expected: 7 });
});

test("a sheet of the user's named like the scans sheet is left alone", async () => {
  w = world([stock(), { name: "InventoryRows.Scans", values: [["mine"]] }]);
  const run = await started();
  run.scan("S1");
  valueOf(await run.save());
  expect(w.host.sheetValues("InventoryRows.Scans")).toEqual([["mine"]]);
  expect((await scansSheet())?.name).toBe("InventoryRows.Scans (2)");
});

test("a save Excel refuses is written again by the next save, into the same sheet", async () => {
  w = world([stock()]);
  const run = await started();
  run.scan("S1");
  run.scan("S2");
  w.host.failSync(({ operations }) => operations.includes("Range.values="));
  expect(await run.save()).toMatchObject({ ok: false, kind: "failed" });
  run.scan("H1");
  valueOf(await run.save());
  expect(await scansSheet()).toMatchObject({ name: "InventoryRows.Scans", scans: ["S1", "S2", "H1"] });
  expect(w.host.sheetNames()).toEqual(["Stock", "InventoryRows.Scans"]);
});

test("a stocktake resumes on the sheet it counted, after that sheet was renamed and another became active", async () => {
  w = world([stock(), { name: "Other", values: [HEADERS, ["Ski X", "Skis", 1, "S1", 10, 1, ""]] }]);
  const run = await started();
  expect(run.sheetName).toBe("Stock");
  run.scan("S1");
  await run.save();
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Stock").name = "Lager";
    context.workbook.worksheets.getItem("Other").activate();
    await context.sync();
  });
  const again = await started(newApp());
  expect(again.sheetName).toBe("Lager");
  expect(again.resumed).toBe(1);
  expect(again.progress()).toEqual(run.progress());
});

test("a save after the pause that Excel refuses is tried again by itself, with no new scan", async () => {
  w = world([stock()]);
  const run = valueOf(await newApp().startStocktake());
  runs.push(run);
  w.host.failSync(({ operations }) => operations.includes("Range.values="));
  run.scan("S1");
  run.scan("S2");
  await until(async () => (await scansSheet())?.scans.length === 2);
  expect(await scansSheet()).toMatchObject({ name: "InventoryRows.Scans", scans: ["S1", "S2"] });
});
