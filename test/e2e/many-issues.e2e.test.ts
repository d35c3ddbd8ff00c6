/**
 * 50,000 issues stay responsive: a sheet where every code was typed as a number gives one
 * warning per row; the pane shows the group at once and pages through its rows.
 */
import { host, seedWith, settingsKey } from "./support/host-page";
import type { Locator } from "playwright-core";
import { usePane } from "./support/session";
import { inventoryHeaders, type Grid } from "./support/workbooks";

const ROWS = 50_000;

function numberCodes(): Grid {
  const grid: Grid = [inventoryHeaders];
  for (let i = 1; i <= ROWS; i += 1) grid.push(["Helmets", `Helmet ${i}`, 1, 100_000 + i, 10, 2]);
  return grid;
}

const { pane } = usePane(
  () => seedWith([inventoryHeaders], { settings: { [settingsKey]: { liveCheck: false } } }),
  async (pane) => {
    await host.paste(pane.page, "Inventory", numberCodes());
  },
);

type Tagged = HTMLElement & { kept?: boolean };
/** Marks an element so a later look can tell whether React drew it again. */
const tag = (item: Locator) => item.evaluate((element) => void ((element as Tagged).kept = true));
const stillTagged = (item: Locator) => item.evaluate((element) => (element as Tagged).kept === true);

test("a check with 50,000 issues opens its group and pages through it without drawing shown rows again", async () => {
  const { page } = pane();
  const group = page.getByRole("button", { name: "Code stored as a number: 50,000 warnings" });
  const started = Date.now();
  await page.getByRole("button", { name: "Check sheet" }).click();
  await group.waitFor({ timeout: 15_000 });
  const checked = Date.now() - started;
  const issues = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^D\d+: / }) });
  await group.click();
  await issues.nth(99).waitFor();
  // One page at first: 50,000 rows are never put in the DOM at once.
  expect(await issues.count()).toBe(100);
  await tag(issues.nth(0));
  await tag(issues.nth(99));
  await page.getByRole("button", { name: "Show 100 more (49,900 not shown)" }).click();
  await issues.nth(199).waitFor();
  expect(await issues.count()).toBe(200);
  for (let pages = 3; pages <= 10; pages += 1) {
    await page.getByRole("button", { name: `Show 100 more (${(50_000 - (pages - 1) * 100).toLocaleString("en-US")} not shown)` }).click();
    await issues.nth(pages * 100 - 1).waitFor();
  }
  expect(await issues.count()).toBe(1_000);
  // Rows already shown stay the same elements: paging adds rows, it does not re-mount the list.
  expect(await stillTagged(issues.nth(0))).toBe(true);
  expect(await stillTagged(issues.nth(99))).toBe(true);
  console.log(`50,000 issues: check shown after ${checked} ms`);

  await issues.nth(150).getByRole("button", { name: /^D152: / }).click();
  await page.waitForFunction(() => window.__host.selection()[0] === "Inventory!D152", undefined, { timeout: 5_000 });
  expect(pane().errors).toEqual([]);
});
