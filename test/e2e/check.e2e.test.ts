/**
 * Check on a 100,000-row paste: the counts, click-to-select, and Fix all changing exactly
 * the cells of one rule.
 */
import { host, seedWith, settingsKey } from "./support/host-page";
import { usePane } from "./support/session";
import { bigInventory, bigInventoryCounts, bigInventoryFormats, inventoryHeaders } from "./support/workbooks";

const ROWS = 100_000;
const expected = bigInventoryCounts(ROWS);
const { pane } = usePane(
  () => {
    // Live check off, so the timing below is the Check button's own.
    const seed = seedWith([inventoryHeaders], { settings: { [settingsKey]: { liveCheck: false } } });
    seed.sheets![0].formats = bigInventoryFormats(ROWS);
    return seed;
  },
  async (pane) => {
    await host.paste(pane.page, "Inventory", bigInventory(ROWS));
  },
);

const fmt = (n: number) => n.toLocaleString("en-US");

test("Check on 100,000 pasted rows shows the right counts, reading in blocks", async () => {
  const { page } = pane();
  await page.evaluate(() => window.__host.resetStats());
  const started = Date.now();
  await page.getByRole("button", { name: "Check sheet" }).click();
  const summary = page.getByRole("list", { name: "Check summary" });
  await summary.waitFor({ timeout: 15_000 });
  const elapsed = Date.now() - started;
  const { syncs, requests, responses } = await page.evaluate(() => window.__host.stats);
  const largest = Math.max(...requests, ...responses);
  console.log(`Check of ${fmt(ROWS)} rows: counts shown after ${elapsed} ms; ${syncs} syncs, largest payload ${fmt(largest)} bytes`);

  expect(await summary.getByRole("listitem").allInnerTexts()).toEqual([
    `${fmt(expected.data)} data rows`,
    `${fmt(expected.valid)} valid`,
    `${fmt(expected.invalid)} invalid`,
    `${fmt(expected.serialized)} serialized`,
    `${fmt(expected.aggregated)} aggregated`,
    `${fmt(expected.units)} units`,
  ]);
  // Read in blocks, never a sync per row.
  expect(syncs).toBeLessThan(40);
  await expect(page.getByRole("button", { name: `Quantity stored as text: ${expected.quantityAsText} warnings` }).isVisible()).resolves.toBe(true);
  await expect(page.getByRole("button", { name: `Quantity is not a whole number: ${expected.invalid} errors` }).isVisible()).resolves.toBe(true);
  await pane().screenshot("check-100k");
});

test("clicking an issue makes its cell the selection in Excel", async () => {
  const { page } = pane();
  await page.getByRole("button", { name: /^Quantity is not a whole number:/ }).click();
  // Row 5,000 of the data is sheet row 5,001; quantity is column C.
  const issue = page.getByRole("button", { name: /^C5001\b/ });
  await issue.click();
  await page.waitForFunction(() => window.__host.selection()[0] === "Inventory!C5001", undefined, { timeout: 5_000 });
  expect(await host.selection(page)).toEqual(["Inventory!C5001"]);

  await page.getByRole("button", { name: /^C10001\b/ }).click();
  await page.waitForFunction(() => window.__host.selection()[0] === "Inventory!C10001", undefined, { timeout: 5_000 });
  await pane().screenshot("check-issue-selected");
});

test("Fix all of a rule changes exactly the cells of that rule", async () => {
  const { page } = pane();
  await page.evaluate(() => {
    (window as unknown as { __before: unknown }).__before = window.__host.sheetValues("Inventory");
  });
  await page.getByRole("button", { name: /^Quantity stored as text:/ }).click();
  await page.getByRole("button", { name: `Fix all ${expected.quantityAsText}: Convert to number` }).click();
  // The pane re-checks after a fix: the group disappears.
  await page.getByRole("button", { name: /^Quantity stored as text:/ }).waitFor({ state: "detached", timeout: 15_000 });

  const changes = await page.evaluate(() => {
    const before = (window as unknown as { __before: unknown[][] }).__before;
    const after = window.__host.sheetValues("Inventory");
    const out: { row: number; column: number; before: unknown; after: unknown }[] = [];
    for (let r = 0; r < Math.max(before.length, after.length); r += 1) {
      const a = before[r] ?? [];
      const b = after[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c += 1) {
        if (a[c] !== b[c]) out.push({ row: r, column: c, before: a[c], after: b[c] });
      }
    }
    return out;
  });
  const wanted = [];
  for (let i = 1000; i <= ROWS; i += 1000) {
    if (i % 5000 !== 0) wanted.push({ row: i, column: 2, before: "3", after: 3 });
  }
  expect(changes).toEqual(wanted);
  await pane().screenshot("check-after-fix-all");
  expect(pane().errors).toEqual([]);
});
