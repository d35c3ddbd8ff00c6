/**
 * Issue 13 in the add-in, against the strict test host: the new settings are stored in the workbook
 * and reach every action; a register and quantity 0 read as the engine says.
 */
import { valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

const REGISTER = [["Asset tag", "Device", "Manufacturer", "Purchase price"], [4006381333931, "Laptop", "Lenovo", 1149], [4006381333948, "Dock", "Lenovo", 199]];

test("settings for real shapes are saved in the workbook and the check follows them: a register note, muted rules counted", async () => {
  w = world([{ name: "Assets", values: REGISTER }]);
  const before = valueOf(await w.app.check());
  expect(before.issues.map((i) => i.rule)).toEqual(["codes-number", "codes-number"]);
  expect(before.report.notes?.map((n) => n.message)).toEqual(["No quantity column: each row counted as one unit."]);

  const saved = valueOf(await w.app.saveSettings({ ignoredRules: ["codes-number"], perUnitColumns: ["Purchase price"] }));
  expect(saved.settings).toMatchObject({ ignoredRules: ["codes-number"], perUnitColumns: ["Purchase price"] });
  expect(valueOf(await w.app.loadSettings()).settings).toMatchObject({ ignoredRules: ["codes-number"], perUnitColumns: ["Purchase price"] });

  const after = valueOf(await w.app.check());
  expect(after.issues).toEqual([]);
  expect(after.report.notes?.map((n) => n.message)).toEqual([
    "No quantity column: each row counted as one unit.", "2 warnings of muted rules not shown: codes-number 2.",
  ]);
  expect(valueOf(await w.app.summarize()).summary.totals).toMatchObject({ units: 2, stockValue: { "Purchase price": 1348 } });
});

test("a sold-out row (quantity 0) is counted in the summary and skipped by serialize; the sheet keeps it", async () => {
  w = world([{ name: "S", values: [["Name", "Qty", "SKU"], ["Frame", 0, "F-1"], ["Lens", 2, "L-1"]] }], { selection: "S!A2" });
  const summary = valueOf(await w.app.summarize()).summary;
  expect(summary.totals).toMatchObject({ records: 2, units: 2, serializedRecords: 0, aggregatedRecords: 1 });
  const outcome = await w.app.serializeSelection();
  // Skipped like a quantity-1 row: nothing to serialize, and the app says which rows it takes.
  expect(outcome.ok ? outcome.value.message : outcome.message).toBe("Select the rows to serialize (rows with a quantity above 1).");
  expect(w.host.snapshot().sheets.find((s) => s.name === "S")?.values?.[1]).toEqual(["Frame", 0, "F-1"]);
});

test("find with codes unique within a part: the first part's row is selected, the parts are listed, and a part picks its row", async () => {
  const values = [["Part", "Serial", "Quantity"], ["Drill", "1", 1], ["Drill", "2", 1], ["Saw", "1", 1], ["Saw", "2", 1]];
  w = world([{ name: "Inventory", values }]);
  valueOf(await w.app.saveSettings({ codesUniqueWithin: "Part" }));
  const first = valueOf(await w.app.findByCode("2"));
  expect(first).toMatchObject({ found: true, row: 2, parts: [{ part: "Drill", address: "Inventory!A3" }, { part: "Saw", address: "Inventory!A5" }] });
  const saw = valueOf(await w.app.findByCode("2", "saw"));
  expect(saw).toMatchObject({ found: true, row: 4, record: ["Saw", "2", 1] });
  valueOf(await w.app.saveSettings({ codesUniqueWithin: undefined }));
  expect(valueOf(await w.app.findByCode("2"))).not.toHaveProperty("parts");
});

test("the summary sheet gets a money column of stock value per per-unit column, totals included", async () => {
  const values = [["Name", "Qty", "SKU", "Category", "List price"], ["Frame", 3, "F-1", "Frames", 89.9], ["Lens", 2, "L-1", "Lenses", 12.5]];
  w = world([{ name: "Stock", values }]);
  valueOf(await w.app.summarize());
  const v = w.host.sheetValues("Inventory summary");
  expect(v[6].slice(9)).toEqual(["Income per unit", "Stock value (List price)"]);
  expect(v.slice(7, 10).map((r) => [r[0], r[10]])).toEqual([["Frames", 269.7], ["Lenses", 25], ["Total", 294.7]]);
  expect(w.host.sheetFormats("Inventory summary")[9][10]).toBe("#,##0.00");
  expect(w.host.tables("Inventory summary")[0]).toMatchObject({ address: "A7:K10", showTotals: true });
});

test("the mapping of a register shows no quantity column detected (not column -1)", async () => {
  w = world([{ name: "Assets", values: REGISTER }]);
  expect(valueOf(await w.app.readHeaders()).detected).toEqual({ codes: 0, category: 2, purchase: 3 }); // Purchase price: the purchase value (issue 16)
});
