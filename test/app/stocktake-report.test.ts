/**
 * Finishing a stocktake (docs/design.md §27): the report sheet with the summary sheet's rules
 * (owned, localized name, rerun replaces, never a user's sheet), text written as text, and the
 * stocktake's saved scans removed.
 */
import type { StocktakeRun } from "../../src/app";
import { STOCKTAKE_KEY } from "../../src/excel";
import { HEADERS, valueOf, world, type World } from "./helpers";

let w: World;
let runs: StocktakeRun[] = [];
afterEach(async () => {
  await Promise.all(runs.map((run) => run.save()));
  runs = [];
  w?.host.uninstall();
});

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

async function scanned(scans: readonly string[]): Promise<StocktakeRun> {
  const run = valueOf(await w.app.startStocktake());
  runs.push(run);
  for (const scan of scans) run.scan(scan);
  return run;
}

/** The report's rows without the trailing empty cells of each. */
function rowsOf(sheet: string): unknown[][] {
  return w.host.sheetValues(sheet).map((row) => {
    const cells = [...row];
    while (cells.length > 0 && (cells[cells.length - 1] === "" || cells[cells.length - 1] === null)) cells.pop();
    return cells;
  });
}

test("finish writes the report: totals, each category and record, unknown codes, units scanned twice", async () => {
  w = world([stock()]);
  const run = await scanned(["S1", "S1", "POLE", "POLE", "POLE", "H1", "X9"]);
  const done = valueOf(await run.finish());
  expect(done.message).toBe("Stocktake written to Stocktake: 2 units missing, 1 unknown code.");
  expect(done.result).toMatchObject({ missingUnits: 2, unknown: ["X9"], scannedTwice: ["S1"] });
  const rows = rowsOf("Stocktake");
  expect(rows.slice(0, 2)).toEqual([["Stocktake"], ["Inventory sheet", "Stock"]]);
  expect(rows[2][0]).toBe("Date");
  // 27 November 2026 09:30 as an Excel serial, formatted as a date.
  expect(rows[2][1]).toBeCloseTo(46353.396, 3);
  expect(w.host.sheetFormats("Stocktake")[2][1]).toBe("yyyy-mm-dd hh:mm");
  expect(rows.slice(3, 7)).toEqual([["Scans", 7], ["Units expected", 7], ["Units counted", 5], ["Units missing", 2]]);
  expect(rows.slice(8, 12)).toEqual([["Category", "Expected", "Counted", "Missing"], ["Helmets", 2, 1, 1], ["Poles", 3, 3, 0], ["Skis", 2, 1, 1]]);
  expect(rows.slice(13, 18)).toEqual([
    ["Row", "Category", "Name", "Codes", "Expected", "Counted", "Missing"],
    [2, "Skis", "Ski A", "S1", 1, 1, 0],
    [3, "Skis", "Ski B", "S2", 1, 0, 1],
    [4, "Poles", "Pole pool", "POLE", 3, 3, 0],
    [5, "Helmets", "Helmet", "H1,H2", 2, 1, 1],
  ]);
  expect(rows.slice(19)).toEqual([["Unknown codes"], ["X9"], [], ["Scanned twice"], ["S1"], [], ["Other scans not counted"], ["None"]]);
  // The stocktake has ended: its scans are gone from the workbook.
  expect(w.host.settings()[STOCKTAKE_KEY]).toBeUndefined();
  expect(w.host.sheetNames()).toEqual(["Stock", "Stocktake"]);
});

test("scans Excel would read as formulas or numbers land in the report as typed, and each not counted says why", async () => {
  const sheet = stock();
  sheet.values[2][3] = "S1";
  w = world([sheet]);
  const run = await scanned(["=1+1", "00123", "S1", "POLE", "POLE", "POLE", "POLE", ""]);
  valueOf(await run.finish());
  const rows = rowsOf("Stocktake");
  const at = rows.findIndex((r) => r[0] === "Unknown codes");
  expect(rows.slice(at, at + 3)).toEqual([["Unknown codes"], ["=1+1"], ["00123"]]);
  expect(w.host.sheetFormats("Stocktake")[at + 1][0]).toBe("@");
  const other = rows.findIndex((r) => r[0] === "Other scans not counted");
  expect(rows.slice(other + 1)).toEqual([["S1", "On several rows (2, 3)"], ["POLE", "More than the quantity of row 4"], ["", "Empty scan"]]);
});

test("a rerun replaces the report of ours", async () => {
  w = world([stock()]);
  valueOf(await (await scanned(["S1"])).finish());
  const second = valueOf(await (await scanned(["S1", "S2"])).finish());
  expect(second.sheetName).toBe("Stocktake");
  expect(w.host.sheetNames()).toEqual(["Stock", "Stocktake"]);
  expect(rowsOf("Stocktake")[3]).toEqual(["Scans", 2]);
});

test("a sheet of the user's named Stocktake is never overwritten: the report takes the next name", async () => {
  w = world([stock(), { name: "Stocktake", values: [["my own count"]] }]);
  const done = valueOf(await (await scanned(["S1"])).finish());
  expect(done.sheetName).toBe("Stocktake (2)");
  expect(w.host.sheetValues("Stocktake")).toEqual([["my own count"]]);
  valueOf(await (await scanned(["S2"])).finish());
  expect(w.host.sheetNames()).toEqual(["Stock", "Stocktake", "Stocktake (2)"]);
  expect(w.host.sheetValues("Stocktake")).toEqual([["my own count"]]);
});

test("the report speaks the pane's language, and a report of ours made in another language is the one replaced", async () => {
  w = world([stock()]);
  valueOf(await (await scanned(["S1"])).finish());
  const done = valueOf(await (await scanned(["S1", "S2"])).finish({ displayLocale: "fi-FI" }));
  expect(done.sheetName).toBe("Inventaario");
  expect(w.host.sheetNames()).toEqual(["Stock", "Inventaario"]);
  expect(rowsOf("Inventaario").slice(0, 4)).toEqual([["Inventaario"], ["Varastotaulukko", "Stock"], expect.anything(), ["Skannaukset", 2]]);
});

test("a report that fails half-way leaves no sheet behind and the stocktake goes on with its scans", async () => {
  w = world([stock()]);
  const run = await scanned(["S1", "X9"]);
  valueOf(await run.save());
  // The report's first batch: Excel adds the sheet and stops at the next operation.
  w.host.failSync(({ operations }) => operations.includes("Range.values="), "GeneralException", { afterOperations: 2 });
  expect(await run.finish()).toMatchObject({ ok: false, kind: "failed", message: "Writing the stocktake sheet failed: Excel reported an internal error. (GeneralException) Nothing was changed." });
  expect(w.host.sheetNames()).toEqual(["Stock", "InventoryRows.Scans"]);
  expect(w.host.settings()[STOCKTAKE_KEY]).toBeDefined();
  const again = valueOf(await run.finish());
  expect(again.result).toMatchObject({ missingUnits: 6, unknown: ["X9"] });
  expect(w.host.sheetNames()).toEqual(["Stock", "Stocktake"]);
});
