/**
 * Keyboard only: every action of every panel is reached with Tab (tabs with the arrow keys,
 * as the ARIA tabs pattern has it) and runs with Enter.
 */
import type { Page } from "playwright-core";
import { host, seedWith } from "./support/host-page";
import { openTab, tabTo, unreachableByTab } from "./support/keyboard";
import { usePane } from "./support/session";
import { inventoryHeaders, type Grid } from "./support/workbooks";

const grid: Grid = [
  inventoryHeaders,
  ["Helmets", "Helmet M", 1, "HEL-1", 5, 1],
  ["Helmets", "Helmet M", 1, "HEL-2", 5, 1],
  ["Poles", "Pole pair", 3, "POLE-1", 9, 3],
  ["Poles", "Pole pair", "2", "POLE-9", 6, 2],
];

const { pane } = usePane(() => {
  const seed = seedWith(grid, { selection: "Inventory!A4:F4" });
  seed.sheets![0].formats = [[], [], [], [], [null, null, "@"]];
  return seed;
});

const panel = () => pane().page.getByRole("tabpanel");
/** Enter and screen readers keep working after an action: the focus is on `name`, not lost to the page. */
const focusOn = (page: Page, name: string) =>
  page.waitForFunction((text) => document.activeElement?.textContent?.trim() === text, name, { timeout: 5_000 });
const press = async (name: string | RegExp) => {
  await tabTo(pane().page, panel().getByRole("button", { name }));
  await pane().page.keyboard.press("Enter");
};

test("Check: check, open a rule, go to an issue's cell and Fix all, with Tab and Enter", async () => {
  const { page } = pane();
  await press("Check sheet");
  await panel().getByRole("list", { name: "Check summary" }).waitFor();
  await focusOn(page, "Check sheet");
  await press(/^Quantity stored as text:/);
  await press(/^C5\b/);
  await page.waitForFunction(() => window.__host.selection()[0] === "Inventory!C5");
  expect(await unreachableByTab(page)).toEqual([]);
  await pane().screenshot("keyboard-check");
  await press(/^Fix all 1: /);
  await panel().getByRole("button", { name: /^Quantity stored as text:/ }).waitFor({ state: "detached" });
  expect((await host.values(page, "Inventory"))[4][2]).toBe(2);
});

test("Serialize: preview, apply and Undo with the keyboard", async () => {
  const { page } = pane();
  const before = await host.values(page, "Inventory");
  await host.select(page, "Inventory!A4:F4");
  await openTab(page, "Serialize");
  await press("Preview selection");
  await press("Serialize 1 row");
  await panel().getByText("Done", { exact: true }).waitFor();
  await focusOn(page, "Preview selection");
  expect(await host.values(page, "Inventory")).toHaveLength(before.length + 2);
  expect(await unreachableByTab(page)).toEqual([]);
  await press("Undo");
  await page.waitForFunction((rows) => window.__host.sheetValues("Inventory").length === rows, before.length);
  expect(await host.values(page, "Inventory")).toEqual(before);
});

test("Aggregate: preview and merge with the keyboard", async () => {
  const { page } = pane();
  await host.select(page, "Inventory!A2:F3");
  await openTab(page, "Aggregate");
  await press("Preview selection");
  await press("Merge 2 rows");
  await panel().getByText("Done", { exact: true }).waitFor();
  expect((await host.values(page, "Inventory"))[1]).toEqual(["Helmets", "Helmet M", 2, "HEL-1, HEL-2", 10, 2]);
  expect(await unreachableByTab(page)).toEqual([]);
  await pane().screenshot("keyboard-aggregate");
});

test("Summary: build it with the keyboard", async () => {
  const { page } = pane();
  await openTab(page, "Summary");
  await press("Build category summary");
  await panel().getByText("Done", { exact: true }).waitFor();
  await focusOn(page, "Build category summary");
  expect(await host.sheetNames(page)).toContain("Inventory summary");
  expect(await unreachableByTab(page)).toEqual([]);
});

test("Find: Tab to the box, type a code, Enter", async () => {
  const { page } = pane();
  await openTab(page, "Find");
  await tabTo(page, panel().getByRole("searchbox", { name: "Stock code", exact: true }));
  await page.keyboard.type("POLE-1");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.__host.selection()[0] === "Inventory!A3:F3");
  expect(await unreachableByTab(page)).toEqual([]);
});

test("Settings: every field and button is reached with Tab; Enter on Save stores them", async () => {
  const { page } = pane();
  await openTab(page, "Settings");
  await panel().getByText("Detected: Quantity").waitFor();
  expect(await unreachableByTab(page)).toEqual([]);
  await tabTo(page, panel().getByLabel("Summary sheet name", { exact: true }));
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Keyboard report");
  await press("Save settings");
  await panel().getByText("Settings saved in the workbook.").waitFor();
  expect(await host.settings(page)).toMatchObject({ "inventoryRows.settings": { summarySheetName: "Keyboard report" } });
  await pane().screenshot("keyboard-settings");
  expect(pane().errors).toEqual([]);
});
