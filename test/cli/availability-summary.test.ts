/** Issue 16: the availability and return columns in the command line's summary table, --json and --out sheet. */
import ExcelJS from "exceljs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { formatSummary, summaryJson } from "../../src/cli/format-summary";
import { summaryTable, writeSummarySheet } from "../../src/cli/write-summary";
import { fleetSummary } from "../core/summary-layout-fixture";
import { captureIO } from "./support/workbooks";

const NOW = new Date(2026, 11, 5, 10, 30);

test("the table adds available, out, unavailable, availability, utilisation, purchase value and return, aligned", () => {
  expect(formatSummary("fleet.xlsx", fleetSummary(), 2).split("\n").slice(2)).toEqual([
    "Category    Income  Expense       Net  Margin  Records  Serialized records  Aggregated records  Units  Income per unit  Available  Out  Unavailable  Availability  Utilisation  Purchase value  Return",
    "-".repeat(198),
    "Cars      2,000.00   500.00  1,500.00   75.0%        4                   1                   0      4           500.00          1    2            1         25.0%        66.7%       20,000.00    7.5%",
    "Poles       100.00     0.00    100.00  100.0%        2                   0                   2     10            10.00         10    0            0        100.0%         0.0%            0.00",
    "Tents         0.00     0.00      0.00                1                   1                   0      0                           0    0            0                                       0.00",
    "-".repeat(198),
    "Total     2,100.00   500.00  1,600.00   76.2%        7                   5                   2     14           150.00         11    2            1         78.6%        15.4%       20,000.00    8.0%",
  ]);
});

test("in Finnish the headings are the catalogue's and the numbers fi-FI's", () => {
  const lines = formatSummary("fleet.xlsx", fleetSummary(), 2, "fi-FI", "fi").split("\n");
  expect(lines[2]).toMatch(/Tulot\/yksikkö {2}Vapaana {2}Käytössä {2}Ei käytettävissä {2}Saatavuus {2}Käyttöaste {2}Hankinta-arvo {2}Tuotto$/);
  // fi-FI groups digits and sets the percent sign apart with a no-break space.
  expect(lines[8].split(/ {2,}/).slice(-8)).toEqual(["150,00", "11", "2", "1", "78,6\u00a0%", "15,4\u00a0%", "20\u00a0000,00", "8,0\u00a0%"]);
});

test("without tracks the table is what it was, whatever the engine's availability fields hold", () => {
  const expected = [
    "fleet.xlsx: 7 rows counted",
    "",
    "Category    Income  Expense       Net  Margin  Records  Serialized records  Aggregated records  Units  Income per unit",
    "-".repeat(118),
    "Cars      2,000.00   500.00  1,500.00   75.0%        4                   1                   0      4           500.00",
    "Poles       100.00     0.00    100.00  100.0%        2                   0                   2     10            10.00",
    "Tents         0.00     0.00      0.00                1                   1                   0      0",
    "-".repeat(118),
    "Total     2,100.00   500.00  1,600.00   76.2%        7                   5                   2     14           150.00",
  ].join("\n");
  expect(formatSummary("fleet.xlsx", fleetSummary(null), 2)).toBe(expected);
});

test("--json keeps the tracked fields, null where the divisor is 0, and drops the untracked ones", () => {
  const full = summaryJson(fleetSummary());
  expect(full.categories[2]).toMatchObject({ availableUnits: 0, outUnits: 0, unavailableUnits: 0, availability: null, utilisation: null, purchaseValue: 0, returnOnPurchase: null });
  expect(full.totals).toMatchObject({ availableUnits: 11, outUnits: 2, unavailableUnits: 1, purchaseValue: 20000, returnOnPurchase: 0.08 });
  const none = summaryJson(fleetSummary(null));
  for (const line of [...none.categories, none.totals]) {
    expect(Object.keys(line)).toEqual(["category", "records", "serializedRecords", "aggregatedRecords", "units", "income", "expense", "net", "margin", "incomePerUnit"]);
  }
  expect(none).not.toHaveProperty("tracks");
  const purchaseOnly = summaryJson(fleetSummary({ availability: false, purchase: true }));
  expect(purchaseOnly.totals).not.toHaveProperty("availableUnits");
  expect(purchaseOnly.totals).toMatchObject({ purchaseValue: 20000, returnOnPurchase: 0.08 });
});

test("--out writes the columns into the summary table: counts, ratios as 0.0%, the purchase value as money", () => {
  const workbook = new ExcelJS.Workbook();
  const name = writeSummarySheet(workbook, { summary: fleetSummary(), sheetName: "Inventory summary", source: "Fleet", moneyFormat: "€#,##0.00", now: NOW });
  const sheet = workbook.getWorksheet(name)!;
  const row = (r: number) => Array.from({ length: 7 }, (_, i) => sheet.getCell(r, 11 + i).value);
  expect(row(7)).toEqual(["Available", "Out", "Unavailable", "Availability", "Utilisation", "Purchase value", "Return"]);
  expect(row(8)).toEqual([1, 2, 1, 0.25, 2 / 3, 20000, 0.075]);
  expect(row(10)).toEqual([0, 0, 0, null, null, 0, null]);
  expect(row(11)).toEqual([11, 2, 1, 11 / 14, 2 / 13, 20000, 0.08]);
  expect(Array.from({ length: 7 }, (_, i) => sheet.getCell(11, 11 + i).numFmt)).toEqual(["#,##0", "#,##0", "#,##0", "0.0%", "0.0%", "€#,##0.00", "0.0%"]);
  expect(sheet.getCell(11, 1).value).toBe("Total");
});

test("--out of the table alone carries the columns and formats too; without tracks it has ten columns", () => {
  const table = summaryTable(fleetSummary(), "€#,##0.00");
  expect(table.headers.slice(10)).toEqual(["Available", "Out", "Unavailable", "Availability", "Utilisation", "Purchase value", "Return"]);
  expect(table.rows[3].slice(10)).toEqual([11, 2, 1, 11 / 14, 2 / 13, 20000, 0.08]);
  expect(table.rows[2].slice(10)).toEqual([0, 0, 0, "", "", 0, ""]);
  expect(table.formats?.slice(10)).toEqual(["#,##0", "#,##0", "#,##0", "0.0%", "0.0%", "€#,##0.00", "0.0%"]);
  const before = summaryTable(fleetSummary(null), "€#,##0.00");
  expect(before.headers).toHaveLength(10);
  expect(before.rows.every((r) => r.length === 10)).toBe(true);
});

test("summary --json of a sheet without status, available or purchase columns prints no availability or return field", async () => {
  const run = captureIO(path.join(__dirname, "..", "fixtures", "cli"));
  expect(await main(["summary", "inventory.json", "--json"], run.io)).toBe(0);
  const json = JSON.parse(run.stdout()) as { totals: object; categories: object[]; tracks?: unknown };
  expect(json.tracks).toBeUndefined();
  for (const line of [json.totals, ...json.categories]) {
    for (const field of ["availableUnits", "outUnits", "unavailableUnits", "availability", "utilisation", "purchaseValue", "returnOnPurchase"]) {
      expect(line).not.toHaveProperty(field);
    }
  }
});
