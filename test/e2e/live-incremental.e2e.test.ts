/**
 * Live check on a 100,000-row sheet (issue 19): after the first check, a paste is checked by
 * reading only the pasted rows; the pane shows the new issue. Syncs and bytes are asserted,
 * never time.
 */
import { host, seedWith } from "./support/host-page";
import { usePane } from "./support/session";
import { bigInventory, bigInventoryFormats, inventoryHeaders, type Grid } from "./support/workbooks";

const ROWS = 100_000;
const fmt = (n: number) => n.toLocaleString("en-US");
const { pane } = usePane(() => {
  const seed = seedWith([inventoryHeaders]);
  seed.sheets![0].formats = bigInventoryFormats(ROWS);
  return seed;
});

/** 50 new rows with unique codes; one has quantity 2.5 (one more `quantity-not-whole` error). */
function pastedRows(): Grid {
  return Array.from({ length: 50 }, (_, i) => ["Skis", `Pasted ${i}`, i === 7 ? 2.5 : 1, `P${String(i).padStart(6, "0")}`, 10, 2.5]);
}

test("a paste into a 100,000-row sheet is checked by reading only the pasted rows", async () => {
  const { page } = pane();
  await page.getByRole("switch", { name: "Live check", checked: true }).waitFor();
  await host.paste(page, "Inventory", bigInventory(ROWS));
  // The first check after the big paste reads the whole sheet and keeps its index.
  const notWhole = (count: number) => page.getByRole("button", { name: `Quantity is not a whole number: ${count} errors` });
  await notWhole(ROWS / 5000).waitFor({ timeout: 30_000 });
  await page.evaluate(() => window.__host.resetStats());

  await page.evaluate((json) => window.__host.userEdit("Inventory", "A50002:F50051", JSON.parse(json)), JSON.stringify(pastedRows()));
  await notWhole(ROWS / 5000 + 1).waitFor({ timeout: 30_000 });
  const { syncs, requests, responses } = await page.evaluate(() => window.__host.stats);
  const bytes = [...requests, ...responses].reduce((a, b) => a + b, 0);
  console.log(`Live check of a 50-row paste into ${fmt(ROWS)} rows: ${syncs} syncs, ${fmt(bytes)} bytes`);
  expect(syncs).toBeLessThanOrEqual(2);
  expect(bytes).toBeLessThanOrEqual(50_000);
  await page
    .getByRole("list", { name: "Check summary" })
    .getByRole("listitem")
    .filter({ hasText: `${fmt(ROWS)} data rows` })
    .waitFor();
  expect(pane().errors).toEqual([]);
});
