/** Workbook text is rendered as text: markup in categories and codes never becomes HTML. */
import { host, seedWith } from "./support/host-page";
import { usePane } from "./support/session";
import { inventoryHeaders, type Grid } from "./support/workbooks";

const IMG = `<img src=x onerror="window.__pwned=1">`;
const SCRIPT = `<script>window.__pwned=2</script>`;
const QUOTED = `Q"1&2`;
const ENTITY = `R'3&amp;4`;
const BOLD = `<b>B</b>`;

const grid: Grid = [
  inventoryHeaders,
  [IMG, SCRIPT, 1, QUOTED, 10, 1],
  [IMG, "Pool & co", 3, `${ENTITY}, ${BOLD}`, 12.5, 2],
  ["Other", "Duplicate", 1, QUOTED, 1, 0],
];

const { pane } = usePane(() => seedWith(grid));

/** Nothing from the workbook turned into elements or ran. */
async function expectNoMarkup() {
  const found = await pane().page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    images: document.querySelectorAll('img[src="x"]').length,
    bold: Array.from(document.querySelectorAll("b")).filter((b) => b.textContent === "B").length,
    scripts: Array.from(document.scripts).filter((s) => s.textContent?.includes("__pwned")).length,
  }));
  expect(found).toEqual({ pwned: undefined, images: 0, bold: 0, scripts: 0 });
}

test("Check: issue messages show codes with quotes and ampersands as typed", async () => {
  const { page } = pane();
  await page.getByRole("button", { name: "Check sheet" }).click();
  await page.getByRole("button", { name: /^Code used in another row:/ }).click();
  const issue = page.getByRole("button", { name: /^D2\b/ });
  expect(await issue.innerText()).toContain(QUOTED);
  await expectNoMarkup();
  await pane().screenshot("hostile-check");
});

test("Summary: a category made of markup is a category name in the pane and on the sheet", async () => {
  const { page } = pane();
  await page.getByRole("tab", { name: "Summary" }).click();
  await page.getByRole("button", { name: "Build category summary" }).click();
  const table = page.getByRole("table", { name: "Category summary" });
  await table.getByRole("cell", { name: IMG, exact: true }).waitFor();
  const values = await host.values(page, "Inventory summary");
  expect(values.some((row) => row[0] === IMG)).toBe(true);
  await expectNoMarkup();
  await pane().screenshot("hostile-summary");
});

test("Find: a code with an entity finds its record, shown as plain text", async () => {
  const { page } = pane();
  await page.getByRole("tab", { name: "Find" }).click();
  await page.getByRole("searchbox", { name: "Stock code", exact: true }).fill(ENTITY);
  await page.keyboard.press("Enter");
  const record = page.getByRole("region", { name: /^Record at / });
  await record.getByText(`${ENTITY}, ${BOLD}`, { exact: true }).waitFor();
  expect(await record.getByRole("definition").allInnerTexts()).toEqual([IMG, "Pool & co", "3", `${ENTITY}, ${BOLD}`, "12.5", "2"]);
  await expectNoMarkup();
  await pane().screenshot("hostile-find");
  expect(pane().errors).toEqual([]);
});
