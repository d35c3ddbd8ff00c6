/** Live check: a paste is re-checked after a short pause; the add-in's own writes are not. */
import { host, seedWith } from "./support/host-page";
import { usePane } from "./support/session";
import { bigInventory, bigInventoryCounts, bigInventoryFormats, inventoryHeaders } from "./support/workbooks";

const ROWS = 5_000;
const { pane } = usePane(() => {
  const seed = seedWith([inventoryHeaders]);
  seed.sheets![0].formats = bigInventoryFormats(ROWS);
  return seed;
});

const runs = () => pane().page.evaluate(() => window.__host.stats.runs);

test("a paste is checked without pressing Check", async () => {
  const { page } = pane();
  await page.getByRole("switch", { name: "Live check", checked: true }).waitFor();
  await host.paste(page, "Inventory", bigInventory(ROWS));
  const expected = bigInventoryCounts(ROWS);
  // Only a check of the pasted rows can show this count.
  await page
    .getByRole("list", { name: "Check summary" })
    .getByRole("listitem")
    .filter({ hasText: `${expected.data.toLocaleString("en-US")} data rows` })
    .waitFor({ timeout: 5_000 });
  await page.getByRole("button", { name: `Quantity stored as text: ${expected.quantityAsText} warnings` }).waitFor();
});

test("a fix made by the pane does not set off another check", async () => {
  const { page } = pane();
  await page.getByRole("button", { name: /^Quantity stored as text:/ }).click();
  await page.getByRole("button", { name: /^Fix all \d+: Convert to number/ }).click();
  await page.getByRole("button", { name: /^Quantity stored as text:/ }).waitFor({ state: "detached" });
  const settled = await runs();
  // Well past the live check's pause after an edit.
  await page.waitForTimeout(1_500);
  expect(await runs()).toBe(settled);
  expect(pane().errors).toEqual([]);
});

test("with live check off, an edit leaves the shown result alone until Check", async () => {
  const { page } = pane();
  await page.getByRole("switch", { name: "Live check" }).uncheck();
  await page.getByRole("switch", { name: "Live check", checked: false }).waitFor();
  const before = await runs();
  await page.evaluate(() => window.__host.userEdit("Inventory", "C2", [[-1]]));
  await page.waitForTimeout(1_500);
  expect(await runs()).toBe(before);
  await page.getByRole("button", { name: "Check sheet" }).click();
  await page.getByRole("button", { name: "Quantity below 1: 1 error" }).waitFor();
});
