import { createTestHost } from "../host";

const seed = () => createTestHost({
  sheets: [{ name: "S", values: [["Qty", "Price", "Total"], [2, 5, ""], [3, 7, ""]], formulas: [[null, null, null], [null, null, "=A2*$B$2"]], formats: [["General", "0.00", "@"]] }],
  settings: { mapping: { codes: "Serial" } },
});

test("copyFrom shifts relative references by the offset and keeps $ parts; copies formats", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A3:C3").copyFrom(sheet.getRange("A2:C2"), host.Excel.RangeCopyType.formulas as Excel.RangeCopyType);
    sheet.getRange("A5:C5").copyFrom("S!A1:C1", "All" as Excel.RangeCopyType);
    await context.sync();
  });
  expect(host.sheetFormulas("S")[2]).toEqual([null, null, "=A3*$B$2"]);
  expect(host.sheetValues("S")[2].slice(0, 2)).toEqual([2, 5]);
  expect(host.sheetFormats("S")[4]).toEqual(["General", "0.00", "@"]);
});

test("settings persist across Excel.run calls and come back as copies", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const s = context.workbook.settings.getItemOrNullObject("mapping").load("value");
    const missing = context.workbook.settings.getItemOrNullObject("nope");
    await context.sync();
    expect(s.value).toEqual({ codes: "Serial" });
    expect(missing.isNullObject).toBe(true);
    context.workbook.settings.add("decimals", 2);
    await context.sync();
  });
  const again = await host.Excel.run(async (context) => {
    const s = context.workbook.settings.getItem("decimals").load("value");
    await context.sync();
    return s.value;
  });
  expect(again).toBe(2);
  expect(host.settings()).toEqual({ mapping: { codes: "Serial" }, decimals: 2 });
});

test("worksheet custom properties: add, getItemOrNullObject, items", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const props = context.workbook.worksheets.getItem("S").customProperties;
    props.add("createdBy", "inventory-rows");
    const tag = props.getItemOrNullObject("CREATEDBY").load("value");
    props.load("items/key");
    await context.sync();
    expect(tag.value).toBe("inventory-rows");
    expect(props.items.map((p) => p.key)).toEqual(["createdBy"]);
  });
  expect(host.customProperties("S")).toEqual({ createdBy: "inventory-rows" });
});

test("a write to a protected sheet fails with AccessDenied and nothing of that sync applies", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    await context.sync();
  });
  host.protect("S");
  const before = host.snapshot();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    context.workbook.settings.add("touched", true);
    sheet.load("protection/protected");
    sheet.getRange("A2").values = [[9]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    sheet.load("protection/protected");
    await context.sync();
    expect(sheet.protection.protected).toBe(true);
  });
  expect(host.snapshot()).toEqual(before);
});

test("cell-edit mode fails every sync with InvalidOperationInCellEditMode until it ends", async () => {
  const host = seed();
  const before = host.snapshot();
  host.setCellEditMode(true);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A2").values = [[9]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
  expect(host.snapshot()).toEqual(before);
  host.setCellEditMode(false);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A2").values = [[9]];
    await context.sync();
  });
  expect(host.sheetValues("S")[1][0]).toBe(9);
});

test("failSync(n) fails exactly the n-th following sync and applies nothing of it", async () => {
  const host = seed();
  host.failSync(2, "GeneralException");
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A2").values = [[10]];
    await context.sync();
    sheet.getRange("5:5").insert("Down");
    sheet.getRange("A3").values = [[30]];
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    sheet.getRange("B3").values = [[70]];
    await context.sync();
  });
  expect(host.sheetValues("S").slice(1)).toEqual([[10, 5, 50], [3, 70, ""]]);
});

test("failSync(n, code, { afterOperations }) keeps the operations before the failing one, as Excel does", async () => {
  const host = seed();
  // Operations: getItem(S), getRange(A2), values=, getRange(A3), values= — the first write applies.
  host.failSync(1, "GeneralException", { afterOperations: 3 });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A2").values = [[10]];
    sheet.getRange("A3").values = [[30]];
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
  });
  expect(host.sheetValues("S")[1][0]).toBe(10);
  expect(host.sheetValues("S")[2][0]).toBe(3);
});

test("failSync(predicate) picks a sync by its operations", async () => {
  const host = seed();
  host.failSync(({ operations }) => operations.includes("Range.insert"), "InsertDeleteConflict");
  const before = host.snapshot();
  await expect(host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("2:2").insert("Down");
    await context.sync();
  })).rejects.toMatchObject({ code: "InsertDeleteConflict" });
  expect(host.snapshot()).toEqual(before);
});

test("onChanged fires after the add-in's sync with ThisLocalAddin, and after a user edit with Unknown", async () => {
  const host = seed();
  const seen: Excel.WorksheetChangedEventArgs[] = [];
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    handler = sheet.onChanged.add(async (e) => { seen.push(e); });
    await context.sync();
    sheet.getRange("B2:B3").values = [[1], [2]];
    await context.sync();
    expect(seen).toEqual([]); // delivered asynchronously
  });
  await host.flushEvents();
  host.userEdit("S", "A4", [["pasted"]]);
  await host.flushEvents();
  expect(seen.map((e) => [e.address, e.changeType, e.source, e.triggerSource])).toEqual([
    ["B2:B3", "RangeEdited", "Local", "ThisLocalAddin"],
    ["A4", "RangeEdited", "Local", "Unknown"],
  ]);
  await host.Excel.run(handler!.context, async (context) => {
    handler!.remove();
    await context.sync();
  });
  host.userEdit("S", "A5", [["x"]]);
  await host.flushEvents();
  expect(seen.length).toBe(2);
  expect(host.deliveredEvents().length).toBe(2);
});

test("Office namespace: onReady, requirement sets from maxExcelApi, ribbon calls, install/uninstall", async () => {
  const host = createTestHost({ maxExcelApi: "1.12" });
  host.install();
  try {
    await expect(Office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.20")).toBe(false);
    Office.actions.associate("check", () => undefined);
    await Office.addin.showAsTaskpane();
    expect(Excel.InsertShiftDirection.down).toBe("Down");
    expect(Excel.EventTriggerSource.thisLocalAddin).toBe("ThisLocalAddin");
    expect(new OfficeExtension.Error()).toBeInstanceOf(Error);
  } finally {
    host.uninstall();
  }
  expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  expect(host.officeCalls()).toEqual({ associated: ["check"], dropped: [], completed: [], dialogs: [], showAsTaskpane: 1, hide: 0 });
});

test("APIs above maxExcelApi fail with ApiNotFound; triggerSource needs ExcelApi 1.14", async () => {
  const host = createTestHost({ maxExcelApi: "1.8", sheets: [{ name: "S" }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.customProperties.add("k", "v");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    context.workbook.getSelectedRanges();
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    sheet.onChanged.add(async () => undefined);
    await context.sync();
  });
  host.userEdit("S", "A1", [["x"]]);
  await host.flushEvents();
  expect(host.deliveredEvents()).toEqual([{ type: "WorksheetChanged", worksheetId: expect.any(String), address: "A1", changeType: "RangeEdited", source: "Local" }]);
  expect(host.customProperties("S")).toEqual({});
});

test("the browser entry installs one seeded host on the window object", async () => {
  const { installInBrowser } = await import("../host/browser");
  const win: Record<string, unknown> & { __testHostSeed?: object } = { __testHostSeed: { sheets: [{ name: "Stock", values: [["Qty"]] }] } };
  const host = installInBrowser(win);
  expect(installInBrowser(win)).toBe(host);
  expect(win.Excel).toBe(host.Excel);
  expect(win.Office).toBe(host.Office);
  expect(host.sheetValues("Stock")).toEqual([["Qty"]]);
});

test("a snapshot turned back into a seed gives the same workbook (reload of the pane)", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [["Cat", "Income"], ["a", 1]], formulas: [[null, null], [null, null], [null, "=B2*2"]] }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1:B1").format.font.bold = true;
    sheet.tables.add("A1:B2", true);
    sheet.charts.add("ColumnClustered" as Excel.ChartType, sheet.getRange("A1:B2"), "Columns" as Excel.ChartSeriesBy).title.text = "T";
    context.workbook.settings.add("k", [1, 2]);
    await context.sync();
  });
  const snap = host.snapshot();
  const again = createTestHost({
    sheets: snap.sheets.map((s) => ({
      ...s,
      tables: snap.tables.filter((t) => t.sheet === s.name),
      charts: snap.charts.filter((c) => c.sheet === s.name),
    })),
    active: snap.active, selection: snap.selection, settings: snap.settings,
  });
  expect(again.snapshot()).toEqual({ ...snap, tables: snap.tables.map((t) => ({ ...t, id: expect.any(String) })), charts: snap.charts.map((c) => ({ ...c, id: expect.any(String) })) });
});

test("with delayForCellEdit a sync waits until the user leaves cell-edit mode", async () => {
  const host = seed();
  host.setCellEditMode(true);
  let done = false;
  const run = host.Excel.run({ delayForCellEdit: true }, async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A2").values = [[8]];
    await context.sync();
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done).toBe(false);
  host.setCellEditMode(false);
  await run;
  expect(host.sheetValues("S")[1][0]).toBe(8);
});

test("a user inserting rows while an action runs moves its tracked ranges and fires RowInserted with Unknown", async () => {
  const host = seed();
  const seen: [string, string, string | undefined][] = [];
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.onChanged.add(async (e) => { seen.push([e.address, e.changeType, e.triggerSource]); });
    const row3 = sheet.getRange("A3:C3");
    await context.sync();
    host.userInsertRows("S", "2:2");
    row3.load("address, values");
    await context.sync();
    expect(row3.address).toBe("S!A4:C4");
    expect(row3.values).toEqual([[3, 7, ""]]);
    host.userDeleteRows("S", "2:2");
  });
  await host.flushEvents();
  expect(seen).toEqual([["2:2", "RowInserted", "Unknown"], ["2:2", "RowDeleted", "Unknown"]]);
  expect(host.sheetValues("S")[2]).toEqual([3, 7, ""]);
});

test("clear removes contents, formats or both; font and fill are stored per cell", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1:C1").format.font.bold = true;
    sheet.getRange("A1").format.fill.color = "#FFFF00";
    const font = sheet.getRange("A1:C1").format.font.load("bold");
    const mixed = sheet.getRange("A1:A2").format.font.load("bold");
    await context.sync();
    expect(font.bold).toBe(true);
    expect(mixed.bold).toBeNull(); // cells differ: Excel gives null
    sheet.getRange("A1:C1").clear("Contents" as Excel.ClearApplyTo);
    sheet.getRange("2:2").clear("Formats" as Excel.ClearApplyTo);
    sheet.getRange("A3:C3").clear();
    await context.sync();
  });
  const snap = host.snapshot().sheets[0];
  expect(snap.values).toEqual([["", "", ""], [2, 5, 10]]);
  expect(snap.styles[0]).toEqual([{ bold: true, fill: "#FFFF00" }, { bold: true }, { bold: true }]);
  expect(snap.formats[1]).toEqual(["General", "General", "General"]);
});

test("format-only changes do not raise onChanged", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.onChanged.add(async () => undefined);
    await context.sync();
    sheet.getRange("A1:C1").numberFormat = [["@", "@", "@"]];
    sheet.getRange("A2").clear("Formats" as Excel.ClearApplyTo);
    await context.sync();
    sheet.getRange("A1").values = [["x"]];
    await context.sync();
  });
  await host.flushEvents();
  expect(host.deliveredEvents().map((e) => e.address)).toEqual(["A1"]);
});

test("flushEvents reports an error thrown by a handler", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").onChanged.add(async () => { throw new Error("handler broke"); });
    await context.sync();
  });
  host.userEdit("S", "A1", [["x"]]);
  await expect(host.flushEvents()).rejects.toThrow("handler broke");
  await expect(host.flushEvents()).resolves.toBeUndefined();
});

test("the protected-sheet error code can be switched to InvalidOperation to test both", async () => {
  const host = createTestHost({ sheets: [{ name: "S", protected: true }], protectedSheetErrorCode: "InvalidOperation" });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
