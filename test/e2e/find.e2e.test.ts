/** Find by code, as a barcode scanner uses it: code + Enter selects the row; unknown codes say so. */
import { host, seedWith } from "./support/host-page";
import { usePane } from "./support/session";
import { poolInventory } from "./support/workbooks";

const { pane } = usePane(
  () => seedWith(poolInventory()),
  async (pane) => {
    await pane.page.getByRole("tab", { name: "Find" }).click();
  },
);

const waitForSelection = (address: string) =>
  pane().page.waitForFunction((a) => window.__host.selection()[0] === a, address, { timeout: 5_000 });

/** A scanner types the code and presses Enter, with no pause. */
async function scan(code: string) {
  await pane().page.keyboard.type(code);
  await pane().page.keyboard.press("Enter");
}

test("code + Enter selects the row holding that code and shows the record", async () => {
  const { page } = pane();
  const box = page.getByRole("searchbox", { name: "Stock code", exact: true });
  await box.click();
  await scan("HEL-2");
  await waitForSelection("Inventory!A4:F4");
  const record = page.getByRole("region", { name: /^Record at / });
  await record.getByText("Helmet M").waitFor();
  expect(await record.getByRole("definition").allInnerTexts()).toEqual(["Helmets", "Helmet M", "5", "HEL-1, HEL-2", "60.5", "10"]);
  await pane().screenshot("find-found");
});

test("two scans in a row: the second code replaces the first and wins", async () => {
  const { page } = pane();
  await scan("POLE-01");
  await scan("vin-0001");
  await waitForSelection("Inventory!A2:F2");
  await page.getByRole("region", { name: /^Record at / }).getByText("Hatchback").waitFor();
  expect(await page.getByRole("searchbox", { name: "Stock code", exact: true }).inputValue()).toBe("vin-0001");
});

test("an unknown code says so and keeps the focus for the next scan", async () => {
  const { page } = pane();
  const before = await host.selection(page);
  await scan("NOPE-404");
  await page.getByText(/NOPE-404/).first().waitFor();
  expect(await page.getByText("No row has the code \"NOPE-404\".").isVisible()).toBe(true);
  const box = page.getByRole("searchbox", { name: "Stock code", exact: true });
  expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await host.selection(page)).toEqual(before);
  await pane().screenshot("find-unknown");

  // The next scan goes straight into the box.
  await scan("HEL-1");
  await waitForSelection("Inventory!A4:F4");
  expect(pane().errors).toEqual([]);
});
