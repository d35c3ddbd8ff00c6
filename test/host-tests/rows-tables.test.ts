/* eslint-disable office-addins/load-object-before-read -- ClientResult.value after sync is valid; the rule mistakes getCount() results for proxies */
import { createTestHost } from "../host";

const grid = () => [["Title"], [], ["Qty", "Codes"], [1, "A"], [2, "B"], [3, "C"], ["below"]];

test("inserting entire rows inside a table shifts cells down, grows the table and moves the selection", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: grid(), tables: [{ name: "Inv", address: "A3:B6" }] }], selection: "S!A6:B6" });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const below = sheet.getRange("A7");
    const inserted = sheet.getRange("5:6").insert(host.Excel.InsertShiftDirection.down as Excel.InsertShiftDirection).load("address");
    below.load("address");
    await context.sync();
    expect(inserted.address).toBe("S!5:6");
    expect(below.address).toBe("S!A9"); // ranges of the run move with the cells
  });
  expect(host.sheetValues("S").slice(2)).toEqual([["Qty", "Codes"], [1, "A"], ["", ""], ["", ""], [2, "B"], [3, "C"], ["below", ""]]);
  expect(host.tables("S")[0]).toMatchObject({ name: "Inv", address: "A3:B8", headers: ["Qty", "Codes"] });
  expect(host.selection()).toEqual(["S!A8:B8"]);
});

test("inserting rows above a table moves it; below it leaves it alone", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: grid(), tables: [{ address: "A3:B6" }] }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("8:8").insert("Down");
    sheet.getRange("1:2").insert("Down");
    await context.sync();
  });
  expect(host.tables("S")[0].address).toBe("A5:B8");
});

test("a row-wide range insert inside the table's columns grows the table; one cutting the table is refused", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: grid(), tables: [{ address: "A3:B6" }] }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A5:B5").insert("Down");
    await context.sync();
    sheet.getRange("B5").insert("Down");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
  expect(host.tables("S")[0].address).toBe("A3:B7");
  expect(host.sheetValues("S")[7]).toEqual(["below", ""]);
});

test("deleting rows shifts cells up and shrinks the table", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: grid(), tables: [{ address: "A3:B6" }] }], selection: "S!A7" });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("4:5").delete(host.Excel.DeleteShiftDirection.up as Excel.DeleteShiftDirection);
    await context.sync();
  });
  expect(host.sheetValues("S").slice(2)).toEqual([["Qty", "Codes"], [3, "C"], ["below", ""]]);
  expect(host.tables("S")[0].address).toBe("A3:B4");
  expect(host.selection()).toEqual(["S!A5"]);
});

test("inserting rows that would push data past row 1,048,576 fails with NonBlankCellOffSheet", async () => {
  const values: string[][] = [];
  values[1_048_575] = ["last row"];
  const host = createTestHost({ sheets: [{ name: "S", values }] });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("2:2").insert("Down");
    await expect(context.sync()).rejects.toMatchObject({ code: "NonBlankCellOffSheet" });
  });
  expect(host.sheetValues("S")[1_048_575]).toEqual(["last row"]);
});

test("tables.add makes unique headers, showTotals adds a row, getCount counts, rows.add grows the table", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [["Qty", "Qty", ""], [1, 2, 3]] }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const table = sheet.tables.add("A1:C2", true);
    table.name = "Summary";
    table.showTotals = true;
    table.rows.add(undefined, [[4, 5, 6]]);
    const count = sheet.tables.getCount();
    const body = table.getDataBodyRange().load("address");
    const total = table.getTotalRowRange().load("address");
    const col = table.columns.getItemAt(1).load("name");
    const found = sheet.tables.getItemOrNullObject("summary");
    await context.sync();
    expect(count.value).toBe(1);
    expect(body.address).toBe("S!A2:C3");
    expect(total.address).toBe("S!A4:C4");
    expect(col.name).toBe("Qty2");
    expect(found.isNullObject).toBe(false);
  });
  expect(host.tables("S")).toEqual([expect.objectContaining({ name: "Summary", address: "A1:C4", showTotals: true, headers: ["Qty", "Qty2", "Column3"] })]);
  expect(host.sheetValues("S")[3][0]).toBe("Total");
});

test("a table cannot overlap another; table.delete removes it and its cells", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [["a", "b"], [1, 2]], tables: [{ name: "T1", address: "A1:B2" }] }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.tables.add("B2:C3", true);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    sheet.tables.getItem("T1").delete();
    await context.sync();
  });
  expect(host.tables()).toEqual([]);
  expect(host.sheetValues("S")).toEqual([]);
});

test("charts are recorded with type, source, series direction, title and position", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [["Cat", "Income"], ["a", 1]] }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const chart = sheet.charts.add(host.Excel.ChartType.columnClustered as Excel.ChartType, sheet.getRange("A1:B2"), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = "Income by category";
    chart.setPosition("D2", "J15");
    sheet.charts.load("items/name");
    await context.sync();
    expect(sheet.charts.items.map((c) => c.name)).toEqual(["Chart 1"]);
    sheet.charts.items[0].delete();
    sheet.charts.add("Line" as Excel.ChartType, sheet.getRange("A1:B2"));
    await context.sync();
  });
  expect(host.charts("S")).toEqual([expect.objectContaining({ name: "Chart 1", type: "Line", source: "S!A1:B2", seriesBy: "Auto" })]);
});

test("worksheets: add, rename, activate, delete; duplicate names are refused", async () => {
  const host = createTestHost({ sheets: [{ name: "S" }] });
  await host.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const added = sheets.add("Inventory summary");
    added.activate();
    added.load("name, position, id");
    await context.sync();
    expect([added.name, added.position]).toEqual(["Inventory summary", 1]);
    sheets.add("inventory SUMMARY");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    sheets.getItem("S").delete();
    await context.sync();
  });
  expect(host.sheetNames()).toEqual(["Inventory summary"]);
  expect(host.activeSheet()).toBe("Inventory summary");
});

test("selection: getSelectedRange, getSelectedRanges areas, select()", async () => {
  const host = createTestHost({ sheets: [{ name: "S" }, { name: "T" }], selection: ["S!A5:D7", "S!F9"] });
  await host.Excel.run(async (context) => {
    const areas = context.workbook.getSelectedRanges().load("address, areaCount");
    areas.areas.load("items/address");
    await context.sync();
    expect(areas.address).toBe("S!A5:D7,S!F9");
    expect(areas.areas.items.map((a) => a.address)).toEqual(["S!A5:D7", "S!F9"]);
    context.workbook.getSelectedRange();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
    context.workbook.worksheets.getItem("S").getRanges("A2:D2,A9:D9").select();
    const multi = context.workbook.getSelectedRanges().load("address");
    await context.sync();
    expect(multi.address).toBe("S!A2:D2,S!A9:D9");
    // On a sheet that is not active, select() does nothing; activate it first.
    context.workbook.worksheets.getItem("T").getRange("B3").select();
    const unchanged = context.workbook.getSelectedRanges().load("address");
    await context.sync();
    expect(unchanged.address).toBe("S!A2:D2,S!A9:D9");
    context.workbook.worksheets.getItem("T").activate();
    context.workbook.worksheets.getItem("T").getRange("B3").select();
    const sel = context.workbook.getSelectedRange().load("address");
    await context.sync();
    expect(sel.address).toBe("T!B3");
  });
  expect(host.selection()).toEqual(["T!B3"]);
  expect(host.activeSheet()).toBe("T");
});

test("inserting and deleting rows moves formula references as Excel does", async () => {
  const host = createTestHost({ sheets: [{
    name: "S",
    values: [["Qty"], [1], [2], [3]],
    formulas: [[null, null, "=A4"], [null, "=A2*2"], [null, "=$A$3"], [null, "=A4"], [null, null], [null, "=SUM(A2:A4)"]],
  }] });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("3:4").insert("Down");
    await context.sync();
  });
  expect(host.sheetFormulas("S").map((r) => r[1])).toEqual([null, "=A2*2", null, null, "=$A$5", "=A6", null, "=SUM(A2:A6)"]);
  expect(host.sheetValues("S")[7][1]).toBe(6);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("6:6").delete("Up");
    await context.sync();
  });
  expect(host.sheetFormulas("S").map((r) => r[1])).toEqual([null, "=A2*2", null, null, "=$A$5", null, "=SUM(A2:A5)"]);
  expect(host.sheetFormulas("S")[0][2]).toBe("=#REF!");
  expect(host.sheetValues("S")[0][2]).toBe("#REF!");
  expect(host.sheetValues("S")[6][1]).toBe(3);
});

test("100,000 rows can be inserted at once; collections report count", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [["Qty"], [1], [2]], tables: [{ name: "T", address: "A1:A3" }] }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("3:100002").insert("Down");
    const rows = sheet.tables.getItem("T").rows.load("count");
    const tables = sheet.tables.load("count");
    await context.sync();
    expect(rows.count).toBe(100_002);
    expect(tables.count).toBe(1);
  });
  expect(host.sheetValues("S")[100_002]).toEqual([2]);
  expect(host.tables("S")[0].address).toBe("A1:A100003");
});

test("a range reference grows only for rows inserted inside it: at its last row yes, below it or at its first row no", async () => {
  const formulas = [[null, "=SUM(A2:A4)"]];
  const insertAt = async (rows: string): Promise<string | null> => {
    const host = createTestHost({ sheets: [{ name: "S", values: [["Qty"], [1], [2], [3]], formulas }] });
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange(rows).insert("Down");
      await context.sync();
    });
    return host.sheetFormulas("S")[0][1];
  };
  expect(await insertAt("4:5")).toBe("=SUM(A2:A6)"); // at the last row: inside, grows
  expect(await insertAt("5:6")).toBe("=SUM(A2:A4)"); // directly below the last row: outside
  expect(await insertAt("2:3")).toBe("=SUM(A4:A6)"); // at the first row: the range moves down
  expect(await insertAt("3:4")).toBe("=SUM(A2:A6)"); // below the first row: inside, grows
});
