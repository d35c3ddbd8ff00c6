/* eslint-disable office-addins/load-object-before-read -- ClientResult.value after sync is valid; the rule mistakes getCount() results for proxies */
import { createTestHost, type TestHost } from "../host";

const MARK = '=ISTEXT("inventory-rows-mark")';
const seed = (extra: Parameters<typeof createTestHost>[0] = {}) => createTestHost({
  sheets: [{ name: "S", values: [["Qty", "Code"], [1, "A"], [2, "B"], [3, "C"], [4, "D"], [5, "E"]] }], ...extra,
});

async function addMark(host: TestHost, address: string, fill = "#FFC7CE"): Promise<string> {
  return host.Excel.run(async (context) => {
    const cf = context.workbook.worksheets.getItem("S").getRanges(address).conditionalFormats.add("Custom");
    cf.custom.rule.formula = MARK;
    cf.custom.format.fill.color = fill;
    cf.custom.format.font.color = "#9C0006";
    cf.load("id");
    await context.sync();
    return cf.id;
  });
}

test("RangeAreas.conditionalFormats.add(Custom) records the rule, colours and areas; the cells' own fill is untouched", async () => {
  const host = seed({ sheets: [{ name: "S", values: [["Qty"], [1], [2]], styles: [[], [{ fill: "#00FF00" }]] }] });
  const id = await addMark(host, "A2:A3,B5");
  expect(host.conditionalFormats("S")).toEqual([{ id, type: "Custom", formula: MARK, fill: "#FFC7CE", fontColor: "#9C0006", areas: "A2:A3, B5" }]);
  expect(host.snapshot().sheets[0].styles[1][0]).toEqual({ fill: "#00FF00" });
});

test("a collection lists the formats meeting its range, loadable with custom rule and format paths", async () => {
  const host = seed();
  const a = await addMark(host, "A2:A3");
  const b = await addMark(host, "B4", "#FFEB9C");
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const all = sheet.getRange("A1:B6").conditionalFormats.load("items/id,items/type,items/priority,items/custom/rule/formula,items/custom/format/fill/color,items/custom/format/font/color");
    const some = sheet.getRange("A3").conditionalFormats.load("items/id");
    const none = sheet.getRange("C1:C9").conditionalFormats.getCount();
    await context.sync();
    expect(all.items.map((f) => [f.id, f.type, f.priority, f.custom.rule.formula, f.custom.format.fill.color])).toEqual([
      [b, "Custom", 0, MARK, "#FFEB9C"], [a, "Custom", 1, MARK, "#FFC7CE"],
    ]);
    expect(all.items[0].custom.format.font.color).toBe("#9C0006");
    expect(some.items.map((f) => f.id)).toEqual([a]);
    expect(none.value).toBe(0);
  });
});

test("getItem / getItemAt / getItemOrNullObject, and a missing id fails with ItemNotFound", async () => {
  const host = seed();
  const a = await addMark(host, "A2");
  await host.Excel.run(async (context) => {
    const cfs = context.workbook.worksheets.getItem("S").getRange("A1:A9").conditionalFormats;
    const byId = cfs.getItem(a).load("id");
    const at = cfs.getItemAt(0).load("id");
    const missing = cfs.getItemOrNullObject("{cf-nope}").load("isNullObject");
    await context.sync();
    expect([byId.id, at.id, missing.isNullObject]).toEqual([a, a, true]);
    cfs.getItem("{cf-nope}").load("id");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

test("add of a type the host does not model fails with NotImplemented; below ExcelApi 1.6 conditionalFormats is ApiNotFound", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A2").conditionalFormats.add("DataBar");
    await expect(context.sync()).rejects.toMatchObject({ code: "NotImplemented" });
  });
  const old = seed({ maxExcelApi: "1.5" });
  await old.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange("A2");
    await expect((async () => { range.conditionalFormats.add("Custom"); await context.sync(); })()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
  expect(host.conditionalFormats("S")).toEqual([]);
});

test("getRange answers a one-area format; several areas: getRange fails, getRangeOrNullObject is null, getRanges lists them", async () => {
  const host = seed();
  const one = await addMark(host, "A2:A4");
  const two = await addMark(host, "A2,B5");
  await host.Excel.run(async (context) => {
    const cfs = context.workbook.worksheets.getItem("S").getRange("A1:B9").conditionalFormats;
    const r1 = cfs.getItem(one).getRange().load("address");
    const r2 = cfs.getItem(two).getRangeOrNullObject().load("isNullObject");
    const areas = cfs.getItem(two).getRanges().load("address,areaCount");
    await context.sync();
    expect([r1.address, r2.isNullObject, areas.address, areas.areaCount]).toEqual(["S!A2:A4", true, "S!A2,S!B5", 2]);
    cfs.getItem(two).getRange().load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

test("delete removes one format; clearAll takes the range's cells out of every format meeting it", async () => {
  const host = seed();
  const a = await addMark(host, "A2:A6");
  await addMark(host, "B2");
  const c = await addMark(host, "B3");
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("B3").conditionalFormats.getItem(c).delete();
    sheet.getRange("A3:B3").conditionalFormats.clearAll();
    sheet.getRange("B2").conditionalFormats.clearAll();
    await context.sync();
  });
  expect(host.conditionalFormats("S").map((f) => [f.id, f.areas])).toEqual([[a, "A2, A4:A6"]]);
});

test("rule formula and colours can be changed and read back; a failed sync changes nothing", async () => {
  const host = seed();
  const a = await addMark(host, "A2");
  await host.Excel.run(async (context) => {
    const f = context.workbook.worksheets.getItem("S").getRange("A2").conditionalFormats.getItem(a);
    f.custom.rule.formula = "=A2>1";
    f.custom.format.fill.color = "#FF0000";
    host.failSync(1);
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
  });
  expect(host.conditionalFormats("S")[0]).toMatchObject({ formula: MARK, fill: "#FFC7CE" });
  await host.Excel.run(async (context) => {
    const f = context.workbook.worksheets.getItem("S").getRange("A2").conditionalFormats.getItem(a);
    f.custom.rule.formula = "=A2>1";
    f.custom.format.fill.clear();
    f.load("custom/rule/formula,custom/format/fill/color");
    await context.sync();
    expect([f.custom.rule.formula, f.custom.format.fill.color]).toEqual(["=A2>1", null]);
  });
});

test("areas move with inserted and deleted rows: inserted inside joins, deleted cells leave, a format with no cells left is gone", async () => {
  const host = seed();
  const a = await addMark(host, "A2:A4,B6");
  const b = await addMark(host, "B3");
  host.userInsertRows("S", "3:4");
  expect(host.conditionalFormats("S").map((f) => [f.id, f.areas])).toEqual([[b, "B5"], [a, "A2:A6, B8"]]);
  host.userDeleteRows("S", "5:5");
  expect(host.conditionalFormats("S").map((f) => [f.id, f.areas])).toEqual([[a, "A2:A5, B7"]]);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("1:1").insert("Down");
    await context.sync();
  });
  expect(host.conditionalFormats("S")[0].areas).toBe("A3:A6, B8");
});

test("copyFrom All/Formats puts a copy of the source cell's formats on the target (new id, same rule); Values does not", async () => {
  const host = seed();
  const a = await addMark(host, "A2");
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A7:A8").copyFrom("A2", "Formats");
    sheet.getRange("B2").copyFrom("A2", "Values");
    await context.sync();
  });
  const list = host.conditionalFormats("S");
  expect(list.map((f) => f.areas)).toEqual(["A7:A8", "A2"]);
  expect(list[0]).toMatchObject({ formula: MARK, fill: "#FFC7CE" });
  expect(list[0].id).not.toBe(a);
});

test("a protected sheet refuses add, edits and delete", async () => {
  const host = seed();
  const a = await addMark(host, "A2");
  host.protect("S");
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange("A2");
    range.conditionalFormats.add("Custom");
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    range.conditionalFormats.getItem(a).delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
  expect(host.conditionalFormats("S").map((f) => f.id)).toEqual([a]);
});

test("snapshot() includes a sheet's formats only when it has any, and seeds back", async () => {
  const host = seed();
  const empty = host.snapshot();
  expect("conditionalFormats" in empty.sheets[0]).toBe(false);
  await addMark(host, "A2:A3,B5");
  const snap = host.snapshot();
  expect(snap.sheets[0].conditionalFormats).toHaveLength(1);
  const again = createTestHost({ sheets: snap.sheets.map((s) => ({ ...s, formulas: undefined })) });
  expect(again.snapshot().sheets[0].conditionalFormats).toEqual(snap.sheets[0].conditionalFormats);
});

test("worksheet.getRanges fails an address longer than 255 characters with InvalidArgument", async () => {
  const host = seed();
  const cells = Array.from({ length: 64 }, (_, i) => `A${i + 1000}`).join(","); // 64 x 5 + 63 = 383 characters
  const fits = Array.from({ length: 40 }, (_, i) => `A${i + 1000}`).join(","); // 239 characters
  await host.Excel.run(async (context) => {
    const ok = context.workbook.worksheets.getItem("S").getRanges(fits).load("areaCount");
    const spaced = context.workbook.worksheets.getItem("S").getRanges("A1, B2").load("address");
    await context.sync();
    expect(ok.areaCount).toBe(40);
    expect(spaced.address).toBe("S!A1,S!B2");
    context.workbook.worksheets.getItem("S").getRanges(cells).load("areaCount");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

test("ExcelApi per member: getItemOrNullObject needs 1.14, Range.conditionalFormats works at 1.8 where getRanges (1.9) does not; a load path reaches the formats", async () => {
  const host = seed({ maxExcelApi: "1.13" });
  const a = await addMark(host, "A2");
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange("A2").load("conditionalFormats/items/id");
    await context.sync();
    expect(range.conditionalFormats.items.map((f) => f.id)).toEqual([a]);
    range.conditionalFormats.getItemOrNullObject(a);
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
  const older = seed({ maxExcelApi: "1.8" });
  await older.Excel.run(async (context) => {
    const areas = context.workbook.worksheets.getItem("S").getRange("A2:A3");
    areas.conditionalFormats.add("Custom");
    await context.sync();
    expect(older.conditionalFormats("S").map((f) => f.areas)).toEqual(["A2:A3"]);
    await expect((async () => { context.workbook.worksheets.getItem("S").getRanges("A2,A4").conditionalFormats.add("Custom"); await context.sync(); })())
      .rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

test("setting priority moves a format in the sheet's order, the others close up; negative counts from the back, out of bounds is the nearest end", async () => {
  const host = seed();
  const c = await addMark(host, "A2");
  const b = await addMark(host, "A3");
  const a = await addMark(host, "A4");
  const order = () => host.conditionalFormats("S").map((f) => f.id);
  expect(order()).toEqual([a, b, c]);
  const setPriority = (id: string, priority: number) => host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:B6").conditionalFormats.getItem(id).priority = priority;
    await context.sync();
  });
  await setPriority(a, 2);
  expect(order()).toEqual([b, c, a]);
  await setPriority(a, 0);
  expect(order()).toEqual([a, b, c]);
  await setPriority(a, -1);
  expect(order()).toEqual([b, c, a]);
  await setPriority(c, 99);
  expect(order()).toEqual([b, a, c]);
  await setPriority(c, -99);
  expect(order()).toEqual([c, b, a]);
});
