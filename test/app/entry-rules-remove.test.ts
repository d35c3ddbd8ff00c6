/**
 * Remove protection (issue 18 point 2) on the strict host: exactly the add-in's rules go, found
 * where they are now; the user's rules on another column and in another part of the column stay.
 */
import { valueOf } from "./helpers";
import { setUp, userRule, validationOf } from "./entry-rules-support";
import type { TestHost } from "../host";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

test("takes only the add-in's rules, after rows moved them; the user's rules stay where they are", async () => {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry());
  // The user replaces the add-in's rule on one codes cell, and has a rule of their own on Expense.
  await userRule("D5", { list: { inCellDropDown: true, source: "A,B" } });
  await userRule("F2:F10", { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
  w.host.userInsertRows("Stock", "1:2");
  const done = valueOf(await w.app.removeEntryProtection());
  expect(done.message).toBe('Entry protection taken off C4:C1048576, D4:D6, D8:D1048576 on "Stock".');
  expect(validationOf(w.host)).toEqual(expect.arrayContaining(["D7: List", "F4:F12: Decimal"]));
  expect(w.host.dataValidation("Stock")).toHaveLength(2);
  expect(valueOf(await w.app.entryProtectionState())).toEqual({ sheetName: null, ranges: [] });
});

test("the user edited the input message of part of a column: ours still go, the edited cell keeps its rule", async () => {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry());
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Stock").getRange("D3").dataValidation.prompt = { showPrompt: true, title: "Codes", message: "Mine" };
    await context.sync();
  });
  const done = valueOf(await w.app.removeEntryProtection());
  expect(done.message).toBe('Entry protection taken off C2:C1048576, D2, D4:D1048576 on "Stock".');
  expect(validationOf(w.host)).toEqual(["D3: Custom"]);
});

test("a table: the rules go from the body, also after it grew", async () => {
  const w = setUp({}, { tables: [{ name: "Stock", address: "A1:G4" }] });
  host = w.host;
  valueOf(await w.app.protectEntry());
  await userRule("D8:D9", { textLength: { operator: "LessThan", formula1: 10 } });
  const done = valueOf(await w.app.removeEntryProtection());
  expect(done.message).toBe('Entry protection taken off C2:C4, D2:D4 on "Stock".');
  expect(validationOf(w.host)).toEqual(["D8:D9: TextLength"]);
});

test("rules the user already cleared: said so, the record forgotten, nothing else touched", async () => {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry());
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Stock").getRange("C:D").dataValidation.clear();
    await context.sync();
  });
  await userRule("D3", { list: { inCellDropDown: true, source: "A,B" } });
  const done = valueOf(await w.app.removeEntryProtection());
  expect(done.message).toBe('The add-in\'s entry rules were no longer on "Stock"; nothing else was touched.');
  expect(validationOf(w.host)).toEqual(["D3: List"]);
  expect(w.host.settings()["inventoryRows.entryRules"]).toBeUndefined();
});

test("works from another sheet: the record names the rules' sheet", async () => {
  const w = setUp({}, {});
  host = w.host;
  valueOf(await w.app.protectEntry());
  await Excel.run(async (context) => {
    const other = context.workbook.worksheets.add("Other");
    other.activate();
    await context.sync();
  });
  valueOf(await w.app.removeEntryProtection());
  expect(w.host.dataValidation("Stock")).toEqual([]);
});

function put(dv: Excel.DataValidation, v: ReturnType<TestHost["dataValidation"]>[number], right: (text: string) => string): void {
  dv.rule = JSON.parse(right(JSON.stringify(v.rule))) as Excel.DataValidationRule;
  dv.prompt = v.prompt as Excel.DataValidationPrompt;
  dv.errorAlert = v.errorAlert as Excel.DataValidationErrorAlert;
}

/** What inserting a column at A does to Stock (the host has no column insert): values and validation one column right. */
async function insertColumnAtA(h: TestHost): Promise<void> {
  const rules = h.dataValidation("Stock");
  const values = h.sheetValues("Stock");
  const right = (text: string) => text.replace(/\b([A-Y])(\d+)\b/g, (_, c: string, r: string) => `${String.fromCharCode(c.charCodeAt(0) + 1)}${r}`);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Stock");
    sheet.getRange("C:D").dataValidation.clear();
    sheet.getRangeByIndexes(0, 0, values.length, values[0].length + 1).values = values.map((row) => ["", ...row] as (string | number)[]);
    for (const v of rules) put(context.workbook.worksheets.getItem("Stock").getRange(right(v.areas)).dataValidation, v, right);
    context.workbook.worksheets.add("Other").activate();
    await context.sync();
  });
}

test("from another sheet after a column was inserted left of the inventory: the rules are found in the sheet's used columns", async () => {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry());
  await insertColumnAtA(w.host);
  expect(validationOf(w.host)).toEqual(["D2:D1048576: WholeNumber", "E2:E1048576: Custom"]);
  const done = valueOf(await w.app.removeEntryProtection());
  expect(done.message).toBe('Entry protection taken off D2:D1048576, E2:E1048576 on "Stock".');
  expect(w.host.dataValidation("Stock")).toEqual([]);
  expect(w.host.settings()["inventoryRows.entryRules"]).toBeUndefined();
});

test("a protected sheet: refused, the rules stay", async () => {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry());
  w.host.protect("Stock");
  const result = await w.app.removeEntryProtection();
  expect(result).toMatchObject({ ok: false, kind: "protected" });
  expect(validationOf(w.host)).toEqual(["C2:C1048576: WholeNumber", "D2:D1048576: Custom"]);
});

test("nothing to remove: said, nothing changed", async () => {
  const w = setUp();
  host = w.host;
  await userRule("D3", { list: { inCellDropDown: true, source: "A,B" } });
  const result = await w.app.removeEntryProtection();
  expect(result).toMatchObject({ ok: false, kind: "refused", message: "There is no entry protection of the add-in in this workbook. Nothing was changed." });
  expect(validationOf(w.host)).toEqual(["D3: List"]);
});

test("the rules' sheet was deleted: said, and the record is forgotten", async () => {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry());
  await Excel.run(async (context) => {
    context.workbook.worksheets.add("Other").activate();
    context.workbook.worksheets.getItem("Stock").delete();
    await context.sync();
  });
  const done = valueOf(await w.app.removeEntryProtection());
  expect(done.message).toBe("The sheet that had entry protection is no longer in the workbook, and its rules went with it.");
  expect(w.host.settings()["inventoryRows.entryRules"]).toBeUndefined();
});
