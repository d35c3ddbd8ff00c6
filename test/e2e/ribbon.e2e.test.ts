/**
 * The ribbon's buttons in the pane's shared runtime: each completes its event once; Serialize
 * selection and Category summary work without the pane and leave their outcome in it.
 */
import type { Page } from "playwright-core";
import { host, seedWith } from "./support/host-page";
import { usePane } from "./support/session";
import { poolInventory } from "./support/workbooks";

const { pane } = usePane(() => seedWith(poolInventory(), { selection: "Inventory!A3:F3" }));

/** Presses a ribbon button; resolves with how often the handler called `event.completed()`. */
async function pressRibbon(page: Page, name: string): Promise<number> {
  const completed = await page.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        let calls = 0;
        window.__ribbon[id]({ source: { id }, completed: () => { calls += 1; setTimeout(() => resolve(calls), 300); } });
        setTimeout(() => resolve(calls), 8_000);
      }),
    name,
  );
  return completed;
}

const shownPane = (page: Page) => page.evaluate(() => window.__host.officeCalls().showAsTaskpane);

test("Serialize selection from the ribbon serializes without opening the pane and leaves a notice with Undo", async () => {
  const { page } = pane();
  const original = await host.values(page, "Inventory");
  expect(await pressRibbon(page, "serializeSelection")).toBe(1);
  expect(await host.values(page, "Inventory")).toHaveLength(original.length + 11);
  expect(await shownPane(page)).toBe(0);
  const notice = page.getByText("Serialized", { exact: true });
  await notice.waitFor();
  await pane().screenshot("ribbon-serialized");
  await page.getByRole("button", { name: "Undo" }).first().click();
  await page.getByText("Undone", { exact: true }).waitFor();
  expect(await host.values(page, "Inventory")).toEqual(original);
});

test("Serialize selection on a row with nothing to serialize opens the pane and says why", async () => {
  const { page } = pane();
  await host.select(page, "Inventory!A2:F2");
  expect(await pressRibbon(page, "serializeSelection")).toBe(1);
  await page.getByText("Nothing to serialize", { exact: true }).waitFor();
  expect(await shownPane(page)).toBe(1);
});

test("Category summary from the ribbon writes the sheet; a pane shown by Check checks the inventory", async () => {
  const { page } = pane();
  expect(await pressRibbon(page, "categorySummary")).toBe(1);
  expect(await host.sheetNames(page)).toContain("Inventory summary");
  await page.getByText("Category summary ready", { exact: true }).waitFor();

  await page.getByRole("tab", { name: "Find" }).click();
  // Check is a ShowTaskpane button: Office shows the pane (here: hidden, then shown), and a pane shown again checks.
  await page.evaluate(async () => {
    await window.__host.Office.addin.hide();
    await window.__host.Office.addin.showAsTaskpane();
  });
  await page.getByRole("tab", { name: "Check", selected: true }).waitFor();
  await page.getByRole("list", { name: "Check summary" }).getByText("3 data rows").waitFor();
  expect(await shownPane(page)).toBe(2);
  expect(pane().errors).toEqual([]);
});
