import type { CheckOutcome, InventoryApp, SheetRef } from "../../src/app";
import type { CellValue } from "../../src/core";
import { HEADERS, textFormats, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

/** The inventory: a quantity typed as text (C2), a missing code (D3), a pool of 2 (row 4). */
function stockValues(): CellValue[][] {
  return [
    HEADERS,
    ["Car", "Cars", "1", "V1", 100, 10, ""],
    ["Van", "Cars", 1, "", 50, 5, ""],
    ["Pole", "Ski", 2, "P1,P2", 20, 2, ""],
  ];
}

const stock = () => {
  const values = stockValues();
  return { name: "Stock", values, formats: textFormats(values, [3]) };
};
/** The sheet the user is on: no inventory at all. */
const notes = () => ({ name: "Notes", values: [["Call the supplier"], ["Order helmets"]] as CellValue[][] });
/** Another inventory, active, to tell a fall-back from the chosen sheet. */
const main = () => ({ name: "Main", values: [HEADERS, ["Ski", "Ski", 1, "M1", 1, 0, ""]] as CellValue[][] });

async function choose(app: InventoryApp, name: string): Promise<SheetRef> {
  const list = valueOf(await app.listSheets());
  const sheet = list.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${JSON.stringify(list)}`);
  app.chooseInventorySheet(sheet);
  return sheet;
}

async function deleteSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("listing the sheets is one sync, in tab order, without the add-in's summary sheets (a user's sheet of that name stays)", async () => {
  w = world([notes(), stock(), { name: "Inventory summary", values: [["my own notes"]] }]);
  await choose(w.app, "Stock");
  expect(await w.app.summarize()).toMatchObject({ ok: true, value: { sheetName: "Inventory summary (2)" } });
  w.host.resetStats();
  const list = valueOf(await w.app.listSheets());
  expect(w.host.stats.syncs).toBe(1);
  expect(list.sheets.map((s) => s.name)).toEqual(["Notes", "Stock", "Inventory summary"]);
  expect(list.chosen).toMatchObject({ name: "Stock" });
  expect(list.activeSheet).toBe("Inventory summary (2)");
  expect(list.notice).toBeUndefined();
});

test("with a sheet chosen, check reads it while another sheet is active, in blocks + 1 syncs, and keeps it through a rename", async () => {
  w = world([notes(), stock()]);
  const chosen = await choose(w.app, "Stock");
  w.host.resetStats();
  const outcome = valueOf(await w.app.check());
  expect(w.host.stats.syncs).toBe(2);
  expect(outcome.sheetName).toBe("Stock");
  expect(outcome.notice).toBeUndefined();
  expect(outcome.issues.map((i) => `${i.rule}@${i.address}`)).toEqual(["quantity-as-text@Stock!C2", "codes-missing@Stock!D3"]);
  expect(w.host.activeSheet()).toBe("Notes");

  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Stock").name = "Stock 2026";
    await context.sync();
  });
  expect(valueOf(await w.app.check())).toMatchObject({ sheetName: "Stock 2026" });
  expect(valueOf(await w.app.listSheets()).chosen).toEqual({ id: chosen.id, name: "Stock 2026" });
  expect(valueOf(await w.app.readHeaders())).toMatchObject({ sheetName: "Stock 2026", headers: HEADERS });
});

test("fixes, generated codes, find and the summary act on the chosen sheet while another sheet is active", async () => {
  w = world([notes(), stock()]);
  await choose(w.app, "Stock");
  const { issues } = valueOf(await w.app.check());
  expect(await w.app.applyFix(issues[0])).toMatchObject({ ok: true });
  expect(w.host.sheetValues("Stock")[1][2]).toBe(1);
  expect(await w.app.generateCodes("NEW")).toMatchObject({ ok: true });
  expect(w.host.sheetValues("Stock")[2][3]).toBe("NEW-0001");
  expect(w.host.sheetValues("Notes")).toEqual(notes().values);

  const found = valueOf(await w.app.findByCode("P2"));
  expect(found).toMatchObject({ found: true, address: "Stock!A4" });
  expect(w.host.activeSheet()).toBe("Stock");
  expect(w.host.selection()).toEqual(["Stock!A4:G4"]);

  w.host.userSelect("Notes!A1");
  const summary = valueOf(await w.app.summarize());
  expect(summary.summary.countedRows).toBe(3);
  expect(w.host.sheetValues("Inventory summary")[1].slice(0, 2)).toEqual(["Source sheet", "Stock"]);
});

test("serialize and aggregate are refused while the selection is on another sheet, and work on the chosen sheet's selection", async () => {
  w = world([notes(), stock()], { selection: "Notes!A1" });
  await choose(w.app, "Stock");
  const refused = await w.app.serializeSelection();
  expect(refused).toMatchObject({ ok: false, kind: "refused" });
  if (refused.ok) return;
  expect(refused.message).toBe(
    'The selection is on another sheet. Go to "Stock", the inventory sheet chosen in the pane, select the rows there and try again. Nothing was changed.',
  );
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: false, kind: "refused", message: refused.message });
  expect(await w.app.previewSerialize()).toMatchObject({ ok: false, kind: "refused", message: expect.stringMatching(/Go to "Stock"/) });
  expect(await w.app.previewAggregate()).toMatchObject({ ok: false, kind: "refused", message: expect.stringMatching(/Go to "Stock"/) });
  expect(w.host.sheetValues("Stock")).toEqual(stockValues());

  w.host.userSelect("Stock!A4");
  expect(valueOf(await w.app.previewSerialize())).toMatchObject({ sheetName: "Stock", rowsAffected: 1, newRows: 1 });
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  expect(w.host.sheetValues("Stock").slice(3).map((r) => r[3])).toEqual(["P1", "P2"]);
});

test("a deleted chosen sheet falls back to the active sheet with a plain message, never a raw ItemNotFound", async () => {
  w = world([main(), stock(), { name: "Old", values: stockValues() }]);
  const gone = 'The sheet "Stock" chosen as the inventory is no longer in the workbook, so the pane uses the active sheet again.';

  // A write stops with nothing changed: what it would change came from the deleted sheet.
  await choose(w.app, "Stock");
  await deleteSheet("Stock");
  const before = w.host.snapshot();
  expect(await w.app.applyFixAll("quantity-as-text")).toMatchObject({ ok: false, kind: "sheet-missing", message: `${gone} Nothing was changed.`, say: [{ id: "app-sheet-gone" }, { id: "nothing-changed" }] });
  expect(w.host.snapshot()).toEqual(before);
  expect(valueOf(await w.app.check())).toMatchObject({ sheetName: "Main", issues: [] });

  // A check goes on with the active sheet and says why, in a few syncs.
  await choose(w.app, "Old");
  await deleteSheet("Old");
  w.host.resetStats();
  const outcome: CheckOutcome = valueOf(await w.app.check());
  expect(outcome.sheetName).toBe("Main");
  expect(outcome.notice).toBe(gone.replace('"Stock"', '"Old"'));
  expect(outcome.notice).not.toMatch(/ItemNotFound/);
  // The failed read, the look for the sheet, then the active sheet (blocks + 1).
  expect(w.host.stats.syncs).toBe(4);
  expect(valueOf(await w.app.listSheets()).chosen).toBeNull();
});

test("the sheet list and find say so when the chosen sheet was deleted", async () => {
  w = world([main(), stock(), { name: "Old", values: stockValues() }]);
  await choose(w.app, "Stock");
  await deleteSheet("Stock");
  const list = valueOf(await w.app.listSheets());
  expect(list).toMatchObject({ chosen: null, activeSheet: "Main" });
  expect(list.sheets.map((s) => s.name)).toEqual(["Main", "Old"]);
  expect(list.notice).toMatch(/^The sheet "Stock" chosen as the inventory is no longer in the workbook/);

  await choose(w.app, "Old");
  await deleteSheet("Old");
  const found = await w.app.findByCode("M1");
  expect(found).toMatchObject({
    ok: false,
    kind: "sheet-missing",
    message: 'The sheet "Old" chosen as the inventory is no longer in the workbook, so the pane uses the active sheet again. Try again.',
  });
  expect(valueOf(await w.app.findByCode("M1"))).toMatchObject({ found: true, address: "Main!A2" });
});

test("choosing Active sheet again acts on the active sheet, as without a choice", async () => {
  w = world([main(), stock()]);
  await choose(w.app, "Stock");
  expect(valueOf(await w.app.check())).toMatchObject({ sheetName: "Stock" });
  w.app.chooseInventorySheet(null);
  expect(valueOf(await w.app.check())).toMatchObject({ sheetName: "Main" });
  expect(valueOf(await w.app.listSheets()).chosen).toBeNull();
});

test("live check turned on with a sheet chosen watches that sheet, whichever is active", async () => {
  w = world([notes(), stock()]);
  await choose(w.app, "Stock");
  const outcomes: CheckOutcome[] = [];
  expect(await w.app.setLiveCheck(true, (o) => outcomes.push(valueOf(o)))).toEqual({ ok: true, value: undefined });
  w.host.userEdit("Stock", "C4", [[2.5]]);
  await w.host.flushEvents();
  await wait(80);
  expect(outcomes).toHaveLength(1);
  expect(outcomes[0]).toMatchObject({ sheetName: "Stock" });
  expect(outcomes[0].issues.map((i) => i.rule)).toContain("quantity-not-whole");
  await w.app.setLiveCheck(false, () => undefined);
});
