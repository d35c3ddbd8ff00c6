/** Category summary: the host's summary sheet holds the expected numbers; a rerun replaces it. */
import { host, seedWith } from "./support/host-page";
import { clippedTexts, horizontalOverflow } from "./support/layout";
import { usePane } from "./support/session";
import { inventoryHeaders, type Grid } from "./support/workbooks";

const SHEET = "Inventory summary";
const grid: Grid = [
  inventoryHeaders,
  ["Skis", "Ski A", 1, "SKI-1", 120.5, 20],
  ["skis ", "Ski B", 1, "SKI-2", 79.5, 30.25],
  ["Poles", "Pole pair", 10, "POLE-1", 50, 60],
  ["", "Thing", 2, "TH-1", 0, 5],
  ["Poles", "Broken", 2.5, "POLE-9", 100, 0],
];
// Category, Income, Expense, Net, Margin, Records, Serialized, Aggregated, Units, Income per unit
const expectedBody = [
  ["Poles", 50, 60, -10, -0.2, 1, 0, 1, 10, 5],
  ["Skis", 200, 50.25, 149.75, 0.74875, 2, 2, 0, 2, 100],
  ["(uncategorized)", 0, 5, -5, "", 1, 0, 1, 2, 0],
  ["Total", 250, 115.25, 134.75, 0.539, 4, 2, 2, 14, 250 / 14],
];

const { pane } = usePane(() => seedWith(grid));

/** The summary table's cells as the host holds them (header row first). */
async function summaryTable() {
  const tables = await host.tables(pane().page, SHEET);
  expect(tables).toHaveLength(1);
  const [start, end] = tables[0].address.split(":");
  const firstRow = Number(start.replace(/\D/g, "")) - 1;
  const lastRow = Number(end.replace(/\D/g, "")) - 1;
  const values = await host.values(pane().page, SHEET);
  return values.slice(firstRow, lastRow + 1).map((row) => row.slice(0, 10));
}

async function buildSummary() {
  await pane().page.getByRole("button", { name: "Build category summary" }).click();
  await pane().page.getByText("Done", { exact: true }).waitFor();
}

test("Category summary writes the expected numbers to its sheet and shows them in the pane", async () => {
  const { page } = pane();
  await page.getByRole("tab", { name: "Summary" }).click();
  await buildSummary();

  const [headers, ...body] = await summaryTable();
  expect(headers[0]).toBe("Category");
  expect(body.map((row) => row.map((cell) => (typeof cell === "number" ? Number(cell.toFixed(10)) : cell)))).toEqual(
    expectedBody.map((row) => row.map((cell) => (typeof cell === "number" ? Number(cell.toFixed(10)) : cell))),
  );
  const values = await host.values(page, SHEET);
  const label = (text: string) => values.find((row) => row[0] === text)?.[1];
  expect([label("Source sheet"), label("Rows counted"), label("Rows excluded (errors)")]).toEqual(["Inventory", 4, 1]);
  expect(await host.charts(page, SHEET)).toHaveLength(1);

  await page.getByText(`Sheet ${SHEET}: 4 rows counted, 1 invalid row left out.`).waitFor();
  const skis = page.getByRole("table", { name: "Category summary" }).getByRole("row", { name: /^Skis / });
  expect(await skis.getByRole("cell").allInnerTexts()).toEqual(["Skis", "200.00", "50.25", "149.75", "74.9%", "2", "2", "0", "2", "100.00"]);
  await pane().screenshot("summary");
});

test("at 320 px the pane's summary table scrolls sideways instead of squeezing its text together", async () => {
  const { page } = pane();
  const region = page.getByRole("region", { name: /^Category summary table/ });
  expect(await clippedTexts(region, "th, td")).toEqual([]);
  expect(await horizontalOverflow(page)).toBe(0);

  // Scrolled to the far columns, each row still shows its category (and the numbers do not show through it).
  await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  const table = page.getByRole("table", { name: "Category summary" });
  const left = async (cell: string) => (await table.getByRole("cell", { name: cell, exact: true }).boundingBox())?.x;
  const regionLeft = (await region.boundingBox())?.x ?? NaN;
  expect(await left("Skis")).toBeCloseTo(regionLeft, 0);
  expect(await table.getByRole("cell", { name: "Skis", exact: true }).evaluate((cell) => getComputedStyle(cell).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  await pane().screenshot("summary-scrolled-320px");
  await region.evaluate((element) => element.scrollTo({ left: 0 }));
});

test("running the summary again replaces it: one summary sheet, one table, one chart", async () => {
  const { page } = pane();
  // The user raises the pole pair's income (cell E4), then summarizes again.
  await page.evaluate(() => window.__host.userEdit("Inventory", "E4", [[70]]));
  await buildSummary();
  // The pane's table shows the new total once the second run has finished.
  const total = page.getByRole("table", { name: "Category summary" }).getByRole("row", { name: /^Total / });
  await total.getByRole("cell", { name: "270.00", exact: true }).waitFor();

  expect((await host.sheetNames(page)).filter((name) => name.startsWith(SHEET))).toEqual([SHEET]);
  expect(await host.tables(page, SHEET)).toHaveLength(1);
  expect(await host.charts(page, SHEET)).toHaveLength(1);
  const body = (await summaryTable()).slice(1);
  expect(body.map((row) => row.slice(0, 2))).toEqual([["Poles", 70], ["Skis", 200], ["(uncategorized)", 0], ["Total", 270]]);
  expect(pane().errors).toEqual([]);
});
