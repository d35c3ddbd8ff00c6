/** Issue 16: the summary sheet's availability and return columns and its stacked availability chart, in the strict host. */
import { writeSummarySheet } from "../../src/excel";
import type { InventoryRead } from "../../src/excel/read-inventory";
import { parseSettings, type CategorySummary } from "../../src/core";
import { createTestHost, type TestHost } from "../host";
import { fleetSummary } from "../core/summary-layout-fixture";

const SHEET = "Inventory summary";
const parsed = parseSettings({});
if (!parsed.success) throw new Error("the default settings are valid");
/** The summary writer reads only the source's name and place; the rest is as a read of an empty sheet gives it. */
const read: InventoryRead = {
  sheetName: "Fleet", sheetId: "", rect: { row: 0, column: 0, rows: 1, columns: 1 }, values: [["Code"]], origin: "A1", usedAddress: "Fleet!A1",
  isProtected: false, filtered: false, selection: [], selectionAddress: "", settings: parsed.data, settingsWarnings: [], syncs: 0, blocks: 0,
};

let host: TestHost;
afterEach(() => host?.uninstall());

function fleetHost(): TestHost {
  host = createTestHost({ sheets: [{ name: "Fleet", values: [["Code"]] }] });
  host.install();
  return host;
}

async function report(summary: CategorySummary, locale = "en-US"): Promise<void> {
  await Excel.run((context) => writeSummarySheet(context, read, summary, { baseName: SHEET, headerRow: 0, locale, now: new Date(2026, 11, 5, 9, 30) }));
}

/** The summary as it was before issue 16: no tracks and none of the availability or return fields. */
function legacy(summary: CategorySummary): CategorySummary {
  const strip = (line: CategorySummary["totals"]) => {
    const { availableUnits, outUnits, unavailableUnits, availability, utilisation, purchaseValue, returnOnPurchase, ...rest } = line;
    void [availableUnits, outUnits, unavailableUnits, availability, utilisation, purchaseValue, returnOnPurchase];
    return rest as CategorySummary["totals"];
  };
  return { ...summary, categories: summary.categories.map(strip), totals: strip(summary.totals) };
}

test("the table gains seven columns: exact cells for every line and the totals, ratios as 0.0%, purchase value as money", async () => {
  fleetHost();
  await report(fleetSummary());
  const v = host.sheetValues(SHEET);
  expect(v[6].slice(10)).toEqual(["Available", "Out", "Unavailable", "Availability", "Utilisation", "Purchase value", "Return"]);
  expect(v[7].slice(10)).toEqual([1, 2, 1, 0.25, 2 / 3, 20000, 0.075]);
  expect(v[8].slice(10)).toEqual([10, 0, 0, 1, 0, 0, ""]);
  expect(v[9].slice(10)).toEqual([0, 0, 0, "", "", 0, ""]);
  expect(v[10]).toEqual(["Total", 2100, 500, 1600, 1600 / 2100, 7, 5, 2, 14, 150, 11, 2, 1, 11 / 14, 2 / 13, 20000, 0.08]);
  const f = host.sheetFormats(SHEET);
  for (const row of [7, 8, 9, 10]) expect(f[row].slice(10, 17)).toEqual(["General", "General", "General", "0.0%", "0.0%", "#,##0.00", "0.0%"]);
  expect(host.tables(SHEET)[0]).toMatchObject({ address: "A7:Q11", showTotals: true });
});

test("a stacked column chart of available, out and unavailable units per category sits beside the income chart", async () => {
  fleetHost();
  await report(fleetSummary());
  const [income, units] = host.charts(SHEET);
  expect(income).toMatchObject({ type: "ColumnClustered", source: `'${SHEET}'!A7:C10`, position: { start: "S1", end: "AA19" } });
  expect(units).toMatchObject({ type: "ColumnStacked", title: "Units by availability", source: `'${SHEET}'!K8:M10`, position: { start: "AB1", end: "AJ19" } });
  // Category lines only, never the totals line.
  expect(units.series.map((s) => [s.name, s.valueCells, s.categories])).toEqual([
    ["Available", [1, 10, 0], ["Cars", "Poles", "Tents"]],
    ["Out", [2, 0, 0], ["Cars", "Poles", "Tents"]],
    ["Unavailable", [1, 0, 0], ["Cars", "Poles", "Tents"]],
  ]);
});

test("in Finnish: headings, chart title and series names from the catalogue", async () => {
  fleetHost();
  await report(fleetSummary(), "fi-FI");
  const name = host.sheetNames().find((n) => n !== "Fleet")!;
  expect(host.sheetValues(name)[6].slice(10)).toEqual(["Vapaana", "Käytössä", "Ei käytettävissä", "Saatavuus", "Käyttöaste", "Hankinta-arvo", "Tuotto"]);
  const units = host.charts(name)[1];
  expect(units.title).toBe("Yksiköt saatavuuden mukaan");
  expect(units.series.map((s) => s.name)).toEqual(["Vapaana", "Käytössä", "Ei käytettävissä"]);
});

test("tracking a purchase value alone adds its two columns and no availability chart", async () => {
  fleetHost();
  await report(fleetSummary({ availability: false, purchase: true }));
  expect(host.sheetValues(SHEET)[10].slice(10)).toEqual([20000, 0.08]);
  expect(host.sheetFormats(SHEET)[10].slice(10, 12)).toEqual(["#,##0.00", "0.0%"]);
  expect(host.charts(SHEET)).toHaveLength(1);
});

test("without tracks the report is the one a summary before issue 16 gave, cell for cell, one chart", async () => {
  fleetHost();
  await report(legacy(fleetSummary(null)));
  const before = host.snapshot();
  host.uninstall();
  fleetHost();
  await report(fleetSummary(null));
  expect(host.snapshot()).toEqual(before);
  expect(host.tables(SHEET)[0].address).toBe("A7:J11");
  expect(host.charts(SHEET)).toHaveLength(1);
});

test("a build that fails anywhere, the availability chart included, leaves the workbook as it was", async () => {
  const isBuild = (operations: string[]) => operations.some((o) => o.startsWith("WorksheetCollection.add("));
  let count = 0;
  let chartAt = -1;
  fleetHost().failSync(({ operations }) => {
    if (isBuild(operations)) [count, chartAt] = [operations.length, operations.lastIndexOf("ChartSeries.setXAxisValues")];
    return false;
  });
  await report(fleetSummary());
  host.uninstall();
  expect(chartAt).toBeGreaterThan(0);
  for (const applied of [chartAt - 1, chartAt, count - 1]) {
    fleetHost();
    const before = host.snapshot();
    host.failSync(({ operations }) => isBuild(operations), "GeneralException", { afterOperations: applied });
    await expect(report(fleetSummary())).rejects.toMatchObject({ name: "ExcelActionError" });
    expect(host.snapshot()).toEqual(before);
    host.uninstall();
  }
});

test("the added columns and chart cost no extra sync", async () => {
  fleetHost();
  await report(fleetSummary(null));
  const plain = host.stats.syncs;
  host.uninstall();
  fleetHost();
  await report(fleetSummary());
  expect(host.stats.syncs).toBe(plain);
});
