import { createTestHost, type TestHost } from "../host";

const QTY: Excel.DataValidationRule = { wholeNumber: { formula1: 1, operator: "GreaterThanOrEqualTo" } };
const seed = (extra: Parameters<typeof createTestHost>[0] = {}) => createTestHost({
  sheets: [{ name: "S", values: [["Qty", "Code"], [1, "A"], [2, "B"], [3, "C"], [4, "D"]], tables: [{ name: "Stock", address: "A1:B5" }] }, { name: "Lists", values: [["Red"], ["Blue"]] }],
  ...extra,
});

async function protect(host: TestHost, address: string, rule: Excel.DataValidationRule = QTY): Promise<void> {
  await host.Excel.run(async (context) => {
    const dv = context.workbook.worksheets.getItem("S").getRange(address).dataValidation;
    dv.rule = rule;
    dv.prompt = { showPrompt: true, title: "Qty", message: "A whole number, 1 or more" };
    dv.errorAlert = { showAlert: true, style: "Stop", title: "Qty", message: "Whole numbers of 1 or more only" };
    await context.sync();
  });
}

test("a rule on a whole column is one entry; rule, prompt, alert, ignoreBlanks and type read back", async () => {
  const host = seed();
  await protect(host, "A2:A1048576");
  expect(host.dataValidation("S")).toEqual([{
    areas: "A2:A1048576", type: "WholeNumber", rule: QTY, ignoreBlanks: true,
    prompt: { showPrompt: true, title: "Qty", message: "A whole number, 1 or more" },
    errorAlert: { showAlert: true, style: "Stop", title: "Qty", message: "Whole numbers of 1 or more only" },
  }]);
  await host.Excel.run(async (context) => {
    const dv = context.workbook.worksheets.getItem("S").getRange("A3:A9").dataValidation.load("type,rule,prompt,errorAlert,ignoreBlanks");
    await context.sync();
    expect([dv.type, dv.rule, dv.prompt.showPrompt, dv.errorAlert.style, dv.ignoreBlanks]).toEqual(["WholeNumber", QTY, true, "Stop", true]);
  });
});

test("type reads None, MixedCriteria (some cells without) and Inconsistent (different rules); properties then read null", async () => {
  const host = seed();
  await protect(host, "A2:A3");
  await protect(host, "B2:B3", { textLength: { formula1: 1, formula2: 5, operator: "Between" } });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const none = sheet.getRange("C1:C9").dataValidation.load("type,rule");
    const mixed = sheet.getRange("A2:A5").dataValidation.load("type,rule");
    const inconsistent = sheet.getRange("A2:B3").dataValidation.load("type,rule");
    const areas = sheet.getRanges("A2, A3").dataValidation.load("type");
    await context.sync();
    expect([none.type, none.rule]).toEqual(["None", {}]);
    expect([mixed.type, mixed.rule]).toEqual(["MixedCriteria", null]);
    expect([inconsistent.type, inconsistent.rule]).toEqual(["Inconsistent", null]);
    expect(areas.type).toBe("WholeNumber");
  });
});

test("type follows the rule only: one rule with different input messages reads its type, the rule, and prompt null", async () => {
  const host = seed();
  await protect(host, "A2:A5");
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A4").dataValidation.prompt = { showPrompt: true, title: "Mine", message: "My words" };
    await context.sync();
    const dv = sheet.getRange("A2:A5").dataValidation.load("type,rule,prompt,errorAlert,ignoreBlanks");
    await context.sync();
    expect([dv.type, dv.rule, dv.prompt, dv.errorAlert.title, dv.ignoreBlanks]).toEqual(["WholeNumber", QTY, null, "Qty", true]);
  });
});

test("setting a rule replaces the cells' rule and keeps their prompt; over cells that differ it fails with InvalidArgument", async () => {
  const host = seed();
  await protect(host, "A2:A5");
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A2:A5").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThan" } };
    await context.sync();
    sheet.getRange("A4:A9").dataValidation.rule = QTY;
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
  expect(host.dataValidation("S").map((d) => [d.areas, d.type, d.prompt.title])).toEqual([["A2:A5", "Decimal", "Qty"]]);
});

test("bad rules: two criteria or a missing formula2 → InvalidArgument, date → NotImplemented; protected sheet → AccessDenied", async () => {
  const host = seed();
  const fails = async (rule: unknown, code: string) => host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A2").dataValidation.rule = rule as Excel.DataValidationRule;
    await expect(context.sync()).rejects.toMatchObject({ code });
  });
  await fails({ ...QTY, decimal: QTY.wholeNumber }, "InvalidArgument");
  await fails({ wholeNumber: { formula1: 1, operator: "Between" } }, "InvalidArgument");
  await fails({ date: { formula1: "2024-01-01", operator: "GreaterThan" } }, "NotImplemented");
  host.protect("S");
  await fails(QTY, "AccessDenied");
  expect(host.dataValidation("S")).toEqual([]);
});

test("clear() takes validation off only the overlapping cells", async () => {
  const host = seed();
  await protect(host, "A2:A9");
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A4:B5").dataValidation.clear();
    await context.sync();
  });
  expect(host.dataValidation("S").map((d) => d.areas)).toEqual(["A2:A3, A6:A9"]);
});

test("areas move with rows: inserted inside join, deleted cells leave; rows.add passes a column's rule to new rows", async () => {
  const host = seed();
  await protect(host, "A2:A5");
  host.userInsertRows("S", "3:4");
  expect(host.dataValidation("S")[0].areas).toBe("A2:A7");
  host.userDeleteRows("S", "2:3");
  expect(host.dataValidation("S")[0].areas).toBe("A2:A5");
  await host.Excel.run(async (context) => {
    context.workbook.tables.getItem("Stock").rows.add(undefined, [[5, "E"], [6, "F"]]);
    await context.sync();
  });
  expect(host.tables("S")[0].address).toBe("A1:B7");
  expect(host.dataValidation("S").map((d) => d.areas)).toEqual(["A2:A7"]);
});

test("a column whose cells do not all share the rule passes nothing to added rows", async () => {
  const host = seed();
  await protect(host, "A2:A3");
  await host.Excel.run(async (context) => {
    context.workbook.tables.getItem("Stock").rows.add(undefined, [[5, "E"]]);
    await context.sync();
  });
  expect(host.dataValidation("S").map((d) => d.areas)).toEqual(["A2:A3"]);
});

test("userType applies wholeNumber / decimal / textLength / list rules as Excel's check; a Stop alert refuses", async () => {
  const host = seed();
  await protect(host, "A2:A5");
  expect(host.userType("S", "A2", "7")).toEqual({ accepted: true });
  expect(host.userType("S", "A3", "1.5")).toEqual({ accepted: false });
  expect(host.userType("S", "A3", "0")).toEqual({ accepted: false });
  expect(host.userType("S", "A3", "abc")).toEqual({ accepted: false });
  expect(host.sheetValues("S").map((r) => r[0])).toEqual(["Qty", 7, 2, 3, 4]);
  await protect(host, "B2:B3", { textLength: { formula1: 1, formula2: 3, operator: "Between" } });
  await protect(host, "C2", { list: { inCellDropDown: true, source: "Red, Blue" } });
  await protect(host, "D2", { decimal: { formula1: "=A4", operator: "LessThan" } });
  expect([host.userType("S", "B2", "ABC"), host.userType("S", "B2", "ABCD")]).toEqual([{ accepted: true }, { accepted: false }]);
  expect([host.userType("S", "C2", "blue"), host.userType("S", "C2", "Green")]).toEqual([{ accepted: true }, { accepted: false }]);
  expect([host.userType("S", "D2", "2.5"), host.userType("S", "D2", "3")]).toEqual([{ accepted: true }, { accepted: false }]);
});

test("userType: a list from a range, Warning alerts and showAlert false keep the value; custom formulas the host cannot compute are unevaluated", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("C2").dataValidation.rule = { list: { inCellDropDown: true, source: context.workbook.worksheets.getItem("Lists").getRange("A1:A2") } };
    sheet.getRange("C3").dataValidation.rule = QTY;
    sheet.getRange("C3").dataValidation.errorAlert = { showAlert: true, style: "Warning", title: "", message: "" };
    sheet.getRange("C4").dataValidation.rule = QTY;
    sheet.getRange("C4").dataValidation.errorAlert = { showAlert: false, style: "Stop", title: "", message: "" };
    sheet.getRange("B2:B5").dataValidation.rule = { custom: { formula: '=ISERROR(FIND(";",B2))' } };
    await context.sync();
  });
  expect(host.dataValidation("S").find((d) => d.areas === "C2")!.rule).toEqual({ list: { inCellDropDown: true, source: "=Lists!A1:A2" } });
  expect([host.userType("S", "C2", "red"), host.userType("S", "C2", "Pink")]).toEqual([{ accepted: true }, { accepted: false }]);
  expect(host.userType("S", "C3", "0")).toEqual({ accepted: true, alert: "Warning" });
  expect(host.userType("S", "C4", "0")).toEqual({ accepted: true });
  expect(host.userType("S", "B3", "X;Y")).toEqual({ accepted: true, unevaluated: true });
  expect(host.sheetValues("S")[2]).toEqual([2, "X;Y", 0]);
});

test("userType: a custom formula the host can compute is checked, relative to the area's top-left cell", async () => {
  const host = seed();
  await protect(host, "B2:B5", { custom: { formula: "=A2*2" } });
  expect(host.userType("S", "B4", "x")).toEqual({ accepted: true }); // A4*2 = 6: non-zero, TRUE
  host.userEdit("S", "A5", [[0]]);
  expect(host.userType("S", "B5", "y")).toEqual({ accepted: false });
});

test("snapshot() includes validation only when a sheet has any, and seeds back; a failed sync leaves it as it was", async () => {
  const host = seed();
  expect("dataValidation" in host.snapshot().sheets[0]).toBe(false);
  await protect(host, "A2:A5");
  const snap = host.snapshot();
  const again = createTestHost({ sheets: snap.sheets.map((s) => ({ ...s, formulas: undefined, tables: undefined })) });
  expect(again.snapshot().sheets[0].dataValidation).toEqual(snap.sheets[0].dataValidation);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A2:A5").dataValidation.clear();
    host.failSync(1);
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
  });
  expect(host.snapshot()).toEqual(snap);
});

test("below ExcelApi 1.8 dataValidation fails with ApiNotFound", async () => {
  const host = seed({ maxExcelApi: "1.7" });
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange("A2");
    await expect((async () => { range.dataValidation.rule = QTY; await context.sync(); })()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

test("a load path reaches the validation: range.load(\"dataValidation/type\")", async () => {
  const host = seed();
  await protect(host, "A2:A3");
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange("A2:A3").load("dataValidation/type");
    await context.sync();
    expect(range.dataValidation.type).toBe("WholeNumber");
  });
});
