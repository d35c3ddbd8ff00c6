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

test("rows without formulas cost one formula read, rows that do not change none; the dependents ask needs ExcelApi 1.13", async () => {
  const values = [HEADER, ["Pole", 2, "P1", 5, 10, 4], ["Helmet", 1, "H1", 3, 3, 1]];
  const syncs = async (selection: string, maxExcelApi: string): Promise<number> => {
    w?.host.uninstall();
    w = world([{ name: "S", values }], { selection, maxExcelApi });
    w.host.resetStats();
    valueOf(await w.app.previewSerialize());
    return w.host.stats.syncs;
  };
  const skippedOnly = await syncs("S!A3", "1.12");
  expect(await syncs("S!A2", "1.12")).toBe(skippedOnly + 1);
  expect(await syncs("S!A2", "1.13")).toBe(skippedOnly + 2);
});

test("the preview warns when formulas elsewhere point into the rows that change (ExcelApi 1.13), and says nothing without the API", async () => {
  const sheet = incomeSheet();
  const values = [...sheet.values, ["", "", "", "", "", ""]];
  const formulas = [...sheet.formulas, [null, null, null, null, "=SUM(E2:E4)", null]];
  const notes = { name: "Notes", values: [["Total"]], formulas: [["=S!E2*2"]] };
  w = world([{ name: "S", values, formulas }, notes], { selection: "S!A2", maxExcelApi: "1.13" });
  const preview = valueOf(await w.app.previewSerialize({ formulas: "values" }));
  expect(preview.formulaWarning).toBe(
    "2 formulas elsewhere (E5, Notes!A1) point into these rows: inserting or deleting rows changes what they add up.",
  );
  w.host.uninstall();
  w = world([{ name: "S", values, formulas }, notes], { selection: "S!A2", maxExcelApi: "1.12" });
  const without = valueOf(await w.app.previewSerialize({ formulas: "values" }));
  expect(without.formulaWarning).toBeUndefined();
  expect(without.rowsAffected).toBe(1);
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
