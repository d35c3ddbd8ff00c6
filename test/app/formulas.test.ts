/** Formulas in the rows serialize and aggregate change, in the strict host (docs/design.md §16 "Formulas"). */
import { valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

const HEADER = ["Name", "Quantity", "Codes", "Price", "Income", "Expense"];

/** Income is `=B*D` on every row, as a user types it (the host does not calculate: the values are the results). */
function incomeSheet() {
  const values = [HEADER, ["Pole", 2, "P1", 5, 10, 4], ["Helmet", 1, "H1", 3, 3, 1], ["Helmet", 1, "H2", 3, 3, 1]];
  const formulas = values.map((row, r) => row.map((_v, c) => (r > 0 && c === 4 ? `=B${r + 1}*D${r + 1}` : null)));
  return { name: "S", values, formulas };
}

test("serialize refuses a row whose Income is a formula, names the cell, and changes nothing", async () => {
  w = world([incomeSheet()], { selection: "S!A2" });
  const preview = valueOf(await w.app.previewSerialize());
  expect(preview.rowsAffected).toBe(0);
  expect(preview.formulaCells).toBe(1);
  expect(preview.refused.map((r) => [r.address, r.reason])).toEqual([
    [expect.stringMatching(/A2$/), "E2 holds =B2*D2: serializing would write a value over this formula; use their values or change the formulas first"],
  ]);
  const result = await w.app.serializeSelection();
  expect(result.ok).toBe(false);
  expect(w.host.sheetFormulas("S")[1][4]).toBe("=B2*D2");
  expect(w.host.sheetValues("S")).toHaveLength(4);
});

test("with their values the preview counts the formulas and the result says how many became values", async () => {
  w = world([incomeSheet()], { selection: "S!A2" });
  const preview = valueOf(await w.app.previewSerialize({ formulas: "values" }));
  expect([preview.rowsAffected, preview.formulaCells, preview.plan.formulasAsValues, preview.refused]).toEqual([1, 1, 1, []]);
  const result = valueOf(await w.app.serializeSelection({ formulas: "values" }));
  expect(result.message).toMatch(/^Serialized 1 row into 2 rows .*\. 1 formula became a value\.$/);
  expect(w.host.sheetValues("S").slice(1, 3).map((r) => r[4])).toEqual([5, 5]);
  expect(w.host.sheetFormulas("S").slice(1, 3).map((r) => r[4])).toEqual([null, null]);
  // The next row's formula moved down with it, untouched.
  expect(w.host.sheetFormulas("S")[3][4]).toBe("=B4*D4");
});

test("aggregate refuses units whose Income holds formulas and merges them with their values", async () => {
  w = world([incomeSheet()], { selection: "S!A3:A4" });
  const refused = valueOf(await w.app.previewAggregate());
  expect(refused.groups).toBe(0);
  expect(refused.refused.map((r) => r.reason)).toEqual(Array(2).fill(expect.stringMatching(/^E3 holds =B3\*D3; E4 holds =B4\*D4: merging/)));
  const result = valueOf(await w.app.aggregateSelection({ formulas: "values" }));
  expect(result.message).toMatch(/^Merged 2 rows into 1 row\. 2 formulas became values\.$/);
  expect(w.host.sheetValues("S")[2]).toEqual(["Helmet", 2, "H1, H2", 3, 6, 2]);
});

test("rows without formulas cost no formula read beyond one sync, and rows that do not change cost none", async () => {
  const values = [HEADER, ["Pole", 2, "P1", 5, 10, 4], ["Helmet", 1, "H1", 3, 3, 1]];
  w = world([{ name: "S", values }], { selection: "S!A3" });
  w.host.resetStats();
  valueOf(await w.app.previewSerialize());
  const skippedOnly = w.host.stats.syncs;
  w.host.uninstall();
  w = world([{ name: "S", values }], { selection: "S!A2" });
  w.host.resetStats();
  expect(valueOf(await w.app.previewSerialize()).rowsAffected).toBe(1);
  expect(w.host.stats.syncs).toBe(skippedOnly + 1);
});

test("formulas are read for the changing rows only: a large sheet's formula read stays small", async () => {
  const values = [HEADER, ...Array.from({ length: 3000 }, (_v, i) => [`Item ${i}`, i === 0 ? 3 : 1, `C${i}`, 1, 1, 1])];
  const formulas = values.map((row, r) => row.map((_v, c) => (r > 1 && c === 4 ? "=1" : null)));
  w = world([{ name: "S", values, formulas }], { selection: "S!A2" });
  w.host.resetStats();
  const preview = valueOf(await w.app.previewSerialize());
  expect([preview.rowsAffected, preview.formulaCells]).toEqual([1, 0]);
  const last = w.host.stats.responses[w.host.stats.responses.length - 1];
  expect(last).toBeLessThan(2_000);
});
