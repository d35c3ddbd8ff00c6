/** Issue 13 point 6: muted rules are counted in a note, never hidden silently; a muted error keeps its row invalid. */
import { checkInventory, parseSettings, planSerialize, summarizeByCategory } from "../../src/core";

const numeric = [["Barcode", "Qty"], ...Array.from({ length: 1001 }, (_, i) => [4006381000000 + i, 1]), ["A B", 1]];

test("1,001 codes-number warnings are muted and counted in the headline note; other rules still show", () => {
  const report = checkInventory(numeric, { ignoredRules: ["codes-number"] });
  expect(report.issues.map((i) => i.rule)).toEqual(["codes-space"]);
  expect(report.notes?.map((n) => n.message)).toEqual(["1,001 warnings of muted rules not shown: codes-number 1,001."]);
  expect(report.notes?.[0].say).toEqual({ id: "note-muted-rules", values: { warnings: 1001, errors: 0, rules: "codes-number 1,001" } });
});

test("codes-space can be switched off for businesses whose codes contain spaces", () => {
  const report = checkInventory([["SKU", "Qty"], ["BOLT M6 20", 4]], { ignoredRules: ["codes-space"] });
  expect(report.issues).toEqual([]);
  expect(report.notes?.[0].message).toBe("1 warning of muted rules not shown: codes-space 1.");
});

test("a muted error hides its message but the row stays out of the summary and serialize, which still say why", () => {
  const grid = [["Code", "Qty"], ["A", 2], ["A", 3], ["B", 1]];
  const report = checkInventory(grid, { ignoredRules: ["codes-duplicate", "codes-number"] });
  expect(report.issues).toEqual([]);
  expect(report.rows).toMatchObject({ valid: 1, invalid: 2 });
  expect(report.notes?.[0].message).toBe(
    "2 errors of muted rules not shown: codes-duplicate 2; rows with a muted error are still left out of the summary, serialize and aggregate.",
  );
  expect(summarizeByCategory(grid, { ignoredRules: ["codes-duplicate"] }).excludedRows).toBe(2);
  expect(planSerialize(grid, [1], { ignoredRules: ["codes-duplicate"] }).refused[0].reason).toContain('code "A" is also in row 3');
});

test("nothing muted found: no note", () => {
  expect(checkInventory([["Code", "Qty"], ["A", 1]], { ignoredRules: ["codes-number"] }).notes).toBeUndefined();
});

test("every new setting is validated and a bad value names the key and the allowed values", () => {
  expect(parseSettings({ ignoredRules: ["codes-numbr"] })).toMatchObject({ success: false, errors: [expect.stringMatching(/^ignoredRules\.0: must be a rule id such as codes-number/)] });
  expect(parseSettings({ eachRowOneUnit: "yes" })).toMatchObject({ success: false, errors: ["eachRowOneUnit: must be auto, on or off"] });
  expect(parseSettings({ oneCodePerCell: "yes" })).toMatchObject({ success: false, errors: ["oneCodePerCell: must be a boolean"] });
  expect(parseSettings({ perUnitColumns: [""] })).toMatchObject({ success: false, errors: ["perUnitColumns.0: must not be empty"] });
  expect(parseSettings({ codesUniqueWithin: "" })).toMatchObject({ success: false, errors: ["codesUniqueWithin: must not be empty"] });
  const ok = parseSettings({ ignoredRules: ["quantity-zero"], eachRowOneUnit: "on", perUnitColumns: ["Rate"], codesUniqueWithin: "Part", oneCodePerCell: true });
  expect(ok.success).toBe(true);
  expect(parseSettings({})).toMatchObject({ data: { eachRowOneUnit: "auto", oneCodePerCell: false, ignoredRules: [] } });
});
