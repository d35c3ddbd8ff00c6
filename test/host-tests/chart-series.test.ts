/* eslint-disable office-addins/load-object-before-read -- ClientResult.value after sync is valid; the rule mistakes getCount() results for proxies */
/** The host's chart series: laid out from a chart's source, changed by the series API (ExcelApi 1.7). */
import { createTestHost } from "../host";

const table = () => [["Category", "Available", "Out"], ["Cars", 1, 2], ["Poles", 10, 0]];

test("a table-shaped source gives a series per column, named by the header, over the text column's categories", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: table() }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.charts.add("ColumnStacked" as Excel.ChartType, sheet.getRange("A1:C3"), "Columns" as Excel.ChartSeriesBy);
    await context.sync();
  });
  expect(host.charts("S")[0].series).toEqual([
    { name: "Available", values: "S!B2:B3", xValues: "S!A2:A3", valueCells: [1, 10], categories: ["Cars", "Poles"] },
    { name: "Out", values: "S!C2:C3", xValues: "S!A2:A3", valueCells: [2, 0], categories: ["Cars", "Poles"] },
  ]);
});

test("numbers alone give Series1, Series2 … without categories; by rows, a series per row", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: table() }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.charts.add("BarStacked" as Excel.ChartType, sheet.getRange("B2:C3"), "Columns" as Excel.ChartSeriesBy);
    sheet.charts.add("BarStacked" as Excel.ChartType, sheet.getRange("B2:C3"), "Rows" as Excel.ChartSeriesBy);
    await context.sync();
  });
  const [byColumns, byRows] = host.charts("S");
  expect(byColumns.series.map((s) => [s.name, s.values, s.xValues])).toEqual([["Series1", "S!B2:B3", null], ["Series2", "S!C2:C3", null]]);
  expect(byRows.series.map((s) => [s.name, s.valueCells])).toEqual([["Series1", [1, 2]], ["Series2", [10, 0]]]);
});

test("a series takes a name and category labels of its own, read back through the collection", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: table() }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const chart = sheet.charts.add("ColumnStacked" as Excel.ChartType, sheet.getRange("B2:C3"), "Columns" as Excel.ChartSeriesBy);
    const first = chart.series.getItemAt(0);
    first.name = "Vapaana";
    first.setXAxisValues(sheet.getRange("A2:A3"));
    const count = chart.series.getCount();
    chart.series.load("items/name");
    await context.sync();
    expect(count.value).toBe(2);
    expect(chart.series.items.map((s) => s.name)).toEqual(["Vapaana", "Series2"]);
    const added = chart.series.add("Extra");
    added.setValues(sheet.getRange("B3:C3"));
    await context.sync();
  });
  expect(host.charts("S")[0].series.map((s) => [s.name, s.categories, s.valueCells])).toEqual([
    ["Vapaana", ["Cars", "Poles"], [1, 10]],
    ["Series2", [], [2, 0]],
    ["Extra", [], [10, 0]],
  ]);
});

test("the series methods need ExcelApi 1.7, and a failed sync leaves the series as they were", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: table() }], maxExcelApi: "1.6" });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.charts.add("ColumnStacked" as Excel.ChartType, sheet.getRange("A1:C3"), "Columns" as Excel.ChartSeriesBy);
    await context.sync();
    const series = sheet.charts.getItemAt(0).series.getItemAt(0);
    series.setXAxisValues(sheet.getRange("C2:C3"));
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
  expect(host.charts("S")[0].series[0].xValues).toBe("S!A2:A3");
});

test("a seeded chart lays out its series from its source, unless the seed gives them", () => {
  const host = createTestHost({ sheets: [{ name: "S", values: table(), charts: [{ type: "ColumnStacked", source: "S!A1:C3" }] }] });
  expect(host.charts("S")[0].series.map((s) => s.name)).toEqual(["Available", "Out"]);
  const [chart] = host.snapshot().charts;
  const again = createTestHost({ sheets: [{ name: "S", values: table(), charts: [{ ...chart, series: [{ ...chart.series[1], name: "Renamed" }] }] }] });
  expect(again.charts("S")[0].series).toEqual([{ ...chart.series[1], name: "Renamed" }]);
});
