/**
 * Protect entry (issue 18 point 2) through the app on the strict host: the areas and rules for a
 * plain range and a table, what Excel then accepts when the user types, a table that grows, the
 * state, the operator's language, and the refusals that change nothing.
 */
import { valueOf } from "./helpers";
import { addTableRow, setUp, STOCK, userRule, validationOf } from "./entry-rules-support";
import type { TestHost } from "../host";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

const CODES = '=AND(ISERROR(FIND(";",D2)),ISERROR(FIND(",,",SUBSTITUTE(","&D2&","," ",""))))';

test("a plain range: quantity and codes from the first data row down to the sheet's last row, with words and a Stop alert", async () => {
  const w = setUp();
  host = w.host;
  const done = valueOf(await w.app.protectEntry({ displayLocale: "en-US" }));
  expect(done.message).toBe('Excel now checks what is typed into C2:C1048576, D2:D1048576 on "Stock". Pasted cells are not checked by Excel: run Check after pasting.');
  expect(done.excelUndo).toBe(true);
  const [quantity, codes] = w.host.dataValidation("Stock");
  expect(quantity).toMatchObject({
    areas: "C2:C1048576", type: "WholeNumber", ignoreBlanks: true,
    rule: { wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 1 } },
    prompt: { showPrompt: true, title: "Quantity", message: "Type a whole number, 1 or more: how many units this row stands for." },
    errorAlert: { showAlert: true, style: "Stop", title: "Not a quantity", message: "The quantity must be a whole number of 1 or more, such as 1 or 12." },
  });
  expect(codes).toMatchObject({ areas: "D2:D1048576", type: "Custom", rule: { custom: { formula: CODES } }, errorAlert: { style: "Stop", title: "Codes not accepted" } });
  expect(w.host.dataValidation("Stock")).toHaveLength(2);
  expect(valueOf(await w.app.entryProtectionState())).toEqual({ sheetName: "Stock", ranges: ["Stock!C2:C1048576", "Stock!D2:D1048576"] });
});

test("Excel then refuses 0, 2.5 and x as a quantity and takes 3, also in a row added far below", async () => {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry());
  for (const bad of [0, 2.5, "x"]) expect(w.host.userType("Stock", "C3", bad).accepted).toBe(false);
  expect(w.host.sheetValues("Stock")[2][2]).toBe(3);
  expect(w.host.userType("Stock", "C3", 4).accepted).toBe(true);
  expect(w.host.sheetValues("Stock")[2][2]).toBe(4);
  expect(w.host.userType("Stock", "C5000", 3).accepted).toBe(true);
  expect(w.host.userType("Stock", "C5001", 0).accepted).toBe(false);
});

test("an Excel table: the body columns only, and a row the table grows by gets the rules", async () => {
  const w = setUp({}, { tables: [{ name: "Stock", address: "A1:G4" }] });
  host = w.host;
  const done = valueOf(await w.app.protectEntry());
  expect(done.message).toContain("C2:C4, D2:D4");
  expect(validationOf(w.host)).toEqual(["C2:C4: WholeNumber", "D2:D4: Custom"]);
  await addTableRow(["Boot", "Boots", 1, "B1", 5, 1, ""]);
  expect(validationOf(w.host)).toEqual(["C2:C5: WholeNumber", "D2:D5: Custom"]);
  expect(w.host.userType("Stock", "C5", 0).accepted).toBe(false);
  expect(w.host.userType("Stock", "C6", 0).accepted).toBe(true);
});

test("the operator's language: fi-FI words in the input message and the alert, the formula in English", async () => {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry({ displayLocale: "fi-FI" }));
  const [quantity, codes] = w.host.dataValidation("Stock");
  expect(quantity.prompt).toMatchObject({ title: "Määrä" });
  expect(quantity.errorAlert).toMatchObject({ title: "Ei kelpaa määräksi", message: "Määrän on oltava kokonaisluku, vähintään 1, esimerkiksi 1 tai 12." });
  expect(codes.prompt).toMatchObject({ title: "Varastokoodit" });
  expect(codes.rule).toEqual({ custom: { formula: CODES } });
});

test("protecting again replaces the add-in's own rules (in the new language) and is not refused", async () => {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry());
  valueOf(await w.app.protectEntry({ displayLocale: "de-DE" }));
  expect(validationOf(w.host)).toEqual(["C2:C1048576: WholeNumber", "D2:D1048576: Custom"]);
  expect(w.host.dataValidation("Stock")[0].prompt).toMatchObject({ title: "Menge" });
});

test("a cell with the user's own validation: refused, naming the cells, nothing changed", async () => {
  const w = setUp();
  host = w.host;
  await userRule("D3:D4", { list: { inCellDropDown: true, source: "A,B" } });
  const before = w.host.snapshot();
  const result = await w.app.protectEntry();
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.kind).toBe("refused");
  expect(result.message).toBe("These cells already have data validation that is not the add-in's, and Protect entry never replaces it: D3:D4. Nothing was changed.");
  expect(w.host.snapshot()).toEqual(before);
  expect(w.host.settings()["inventoryRows.entryRules"]).toBeUndefined();
});

test("a protected sheet: refused, nothing changed", async () => {
  const w = setUp();
  host = w.host;
  w.host.protect("Stock");
  const result = await w.app.protectEntry();
  expect(result).toMatchObject({ ok: false, kind: "protected" });
  expect(w.host.dataValidation("Stock")).toEqual([]);
});

test("below ExcelApi 1.8: said, nothing read or changed", async () => {
  const w = setUp({ maxExcelApi: "1.7" });
  host = w.host;
  const result = await w.app.protectEntry();
  expect(result).toMatchObject({ ok: false, kind: "refused", message: "Protect entry needs data validation (ExcelApi 1.8), which this version of Excel does not have. Nothing was changed." });
  expect(w.host.stats.syncs).toBe(0);
  expect(valueOf(await w.app.entryProtectionState())).toEqual({ sheetName: null, ranges: [] });
});

test("the state is read in one sync", async () => {
  const w = setUp();
  host = w.host;
  valueOf(await w.app.protectEntry());
  w.host.resetStats();
  valueOf(await w.app.entryProtectionState());
  expect(w.host.stats.syncs).toBe(1);
});

test("the workbook's settings: one code per cell gets the not-blank formula, a register without quantity the codes rule only", async () => {
  const w = setUp({ settings: { "inventoryRows.settings": { oneCodePerCell: true, eachRowOneUnit: "on" } } });
  host = w.host;
  valueOf(await w.app.protectEntry());
  expect(w.host.dataValidation("Stock").map((v) => [v.areas, v.rule])).toEqual([["D2:D1048576", { custom: { formula: "=LEN(TRIM(D2))>0" } }]]);
  expect(w.host.dataValidation("Stock")[0].errorAlert).toMatchObject({ message: "The stock code cannot be blank." });
});

test("many cells with the user's validation: the first ten areas are named, then …", async () => {
  const w = setUp();
  host = w.host;
  for (let row = 3; row <= 25; row += 2) await userRule(`C${row}`, { decimal: { operator: "GreaterThan", formula1: 0 } });
  const result = await w.app.protectEntry();
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.message).toContain(": C3, C5, C7, C9, C11, C13, C15, C17, C19, C21, …. Nothing was changed.");
  expect(validationOf(w.host)).toEqual(["C3, C5, C7, C9, C11, C13, C15, C17, C19, C21, C23, C25: Decimal"]);
});

/** Stock protected, then the sheet Store (the same inventory) chosen: Protect entry runs on Store. */
async function protectedThenStore(): Promise<ReturnType<typeof setUp>> {
  const w = setUp({ sheets: [{ name: "Stock", values: STOCK }, { name: "Store", values: STOCK }] });
  host = w.host;
  valueOf(await w.app.protectEntry());
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Store").activate();
    await context.sync();
  });
  return w;
}

test("another sheet while the earlier rules' sheet is protected: refused naming that sheet, nothing changed", async () => {
  const w = await protectedThenStore();
  w.host.protect("Stock");
  const before = { book: w.host.snapshot(), settings: w.host.settings() };
  const result = await w.app.protectEntry();
  expect(result).toMatchObject({
    ok: false, kind: "protected",
    message: 'The add-in\'s earlier entry rules are on "Stock", which is protected, and Protect entry would take them off it. Unprotect "Stock" (Review › Unprotect Sheet) and try again. Nothing was changed.',
  });
  expect({ book: w.host.snapshot(), settings: w.host.settings() }).toEqual(before);
});

test("another sheet: the earlier rules move to it, and the result names the sheet they came off", async () => {
  const w = await protectedThenStore();
  const done = valueOf(await w.app.protectEntry());
  expect(done.message).toBe(
    'Excel now checks what is typed into C2:C1048576, D2:D1048576 on "Store". The earlier entry rules were taken off C2:C1048576, D2:D1048576 on "Stock": '
    + "the add-in protects one sheet at a time. Pasted cells are not checked by Excel: run Check after pasting.",
  );
  expect(validationOf(w.host)).toEqual([]);
  expect(validationOf(w.host, "Store")).toEqual(["C2:C1048576: WholeNumber", "D2:D1048576: Custom"]);
  expect(valueOf(await w.app.entryProtectionState())).toEqual({ sheetName: "Store", ranges: ["Store!C2:C1048576", "Store!D2:D1048576"] });
});
