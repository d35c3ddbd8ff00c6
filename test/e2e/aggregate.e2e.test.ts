/** Aggregate: serialize then aggregate gives the original row back; rows that differ are not merged. */
import { host, seedWith } from "./support/host-page";
import { usePane } from "./support/session";
import { inventoryHeaders, type Grid } from "./support/workbooks";

const grid: Grid = [
  inventoryHeaders,
  ["Helmets", "Helmet M", 3, "HEL-1, HEL-2, HEL-3", 10, 0.05],
  ["Boots", "Boot 42", 1, "BOOT-1", 4, 1],
  ["Boots", "Boot 43", 1, "BOOT-2", 4, 1],
];

const { pane } = usePane(() => seedWith(grid, { selection: "Inventory!A2:F2" }));

test("serialize then aggregate gives back the original row", async () => {
  const { page } = pane();
  await page.getByRole("tab", { name: "Serialize" }).click();
  await page.getByRole("button", { name: "Preview selection" }).click();
  await page.getByRole("button", { name: "Serialize 1 row" }).click();
  await page.getByText("Done", { exact: true }).waitFor();
  expect((await host.values(page, "Inventory")).slice(1, 4)).toEqual([
    ["Helmets", "Helmet M", 1, "HEL-1", 3.34, 0.02],
    ["Helmets", "Helmet M", 1, "HEL-2", 3.33, 0.02],
    ["Helmets", "Helmet M", 1, "HEL-3", 3.33, 0.01],
  ]);

  await host.select(page, "Inventory!A2:F4");
  await page.getByRole("tab", { name: "Aggregate" }).click();
  const panel = page.getByRole("tabpanel");
  await panel.getByRole("button", { name: "Preview selection" }).click();
  const counts = panel.getByRole("list", { name: "Aggregate preview counts" });
  await counts.waitFor();
  expect(await counts.getByRole("listitem").allInnerTexts()).toEqual(["3 rows merged", "into 1 row"]);
  await pane().screenshot("aggregate-preview");
  await panel.getByRole("button", { name: "Merge 3 rows" }).click();
  await panel.getByText("Done", { exact: true }).waitFor();
  expect(await host.values(page, "Inventory")).toEqual(grid);
});

test("rows that differ in another column are not merged, and the pane names the column", async () => {
  const { page } = pane();
  await host.select(page, "Inventory!A3:F4");
  const panel = page.getByRole("tabpanel");
  await panel.getByRole("button", { name: /^Preview (selection|again)$/ }).click();
  const refused = panel.getByRole("region", { name: "Not merged" });
  await refused.waitFor();
  expect(await refused.innerText()).toContain("Name");
  expect(await panel.getByRole("button", { name: /^Merge / }).count()).toBe(0);
  await pane().screenshot("aggregate-refused");
  expect(await host.values(page, "Inventory")).toEqual(grid);
  expect(pane().errors).toEqual([]);
});
