/**
 * Serialize a pool of 12 units with one code: preview, apply, then Undo back to the
 * original sheet, cell for cell.
 */
import { host, seedWith } from "./support/host-page";
import { openPane } from "./support/pane";
import { usePane } from "./support/session";
import { poolInventory } from "./support/workbooks";

const { browser, pane } = usePane(() => {
  const grid = poolInventory();
  const formats = grid.map((_row, r) => (r === 0 ? [] : [null, null, null, "@", "#,##0.00", "#,##0.00"]));
  const seed = seedWith(grid, { selection: "Inventory!A3:F3" });
  seed.sheets![0].formats = formats;
  return seed;
});

/** Splits `cents` into `parts` amounts, the leftover cents going one each to the first. */
function split(cents: number, parts: number): number[] {
  const base = Math.floor(cents / parts);
  return Array.from({ length: parts }, (_, k) => (base + (k < cents - base * parts ? 1 : 0)) / 100);
}

test("serializing a 12-unit pool: preview, apply, 12 rows with kept and generated codes, money to the cent; Undo restores the sheet", async () => {
  const { page } = pane();
  const original = await host.snapshot(page);

  await page.getByRole("tab", { name: "Serialize" }).click();
  await page.getByRole("button", { name: "Preview selection" }).click();
  const counts = page.getByRole("list", { name: "Serialize preview counts" });
  await counts.waitFor();
  expect(await counts.getByRole("listitem").allInnerTexts()).toEqual(["1 row affected", "11 new rows", "11 generated codes"]);
  const generated = Array.from({ length: 11 }, (_, k) => `POLE-${String(k + 2).padStart(2, "0")}`);
  await page.getByText(`New codes: ${generated.join(", ")}`).waitFor();
  await pane().screenshot("serialize-preview");

  await page.getByRole("button", { name: "Serialize 1 row" }).click();
  await page.getByText("Done", { exact: true }).waitFor();
  await pane().screenshot("serialize-done");

  const income = split(10000, 12);
  const expense = split(2501, 12);
  const units = ["POLE-01", ...generated].map((code, k) => ["Ski poles", "Pole pair 120 cm", 1, code, income[k], expense[k]]);
  const values = await host.values(page, "Inventory");
  expect(values).toEqual([original.sheets[0].values[0], original.sheets[0].values[1], ...units, original.sheets[0].values[3]]);
  // Totals unchanged to the cent.
  const cents = (column: number) => units.reduce((sum, row) => sum + Math.round((row[column] as number) * 100), 0);
  expect([cents(4), cents(5)]).toEqual([10000, 2501]);
  expect((await host.snapshot(page)).sheets[0].formats.slice(2, 14).map((row) => row[3])).toEqual(Array(12).fill("@"));

  await page.getByRole("button", { name: "Undo" }).click();
  await page.waitForFunction(() => window.__host.sheetValues("Inventory").length === 4, undefined, { timeout: 5_000 });
  const restored = await host.snapshot(page);
  expect(restored.sheets).toEqual(original.sheets);
  expect(restored.tables).toEqual(original.tables);
  await pane().screenshot("serialize-undone");
  expect(pane().errors).toEqual([]);
});

describe("serialize, other cases", () => {
  const openOn = async (grid: ReturnType<typeof poolInventory>, extra: Parameters<typeof seedWith>[1]) => {
    const other = await openPane(browser(), seedWith(grid, extra));
    await other.page.getByRole("tab", { name: "Serialize" }).click();
    await other.page.getByRole("button", { name: "Preview selection" }).click();
    return other;
  };

  test("inside an Excel table the table grows by the new rows", async () => {
    const other = await openOn(poolInventory(), { selection: "Inventory!A3:F3", sheets: [{ name: "Inventory", values: poolInventory(), tables: [{ name: "Stock", address: "A1:F4" }] }] });
    try {
      await other.page.getByRole("button", { name: "Serialize 1 row" }).click();
      await other.page.getByText("Done", { exact: true }).waitFor();
      expect((await host.tables(other.page, "Inventory")).map((table) => [table.name, table.address])).toEqual([["Stock", "A1:F15"]]);
      expect(await host.values(other.page, "Inventory")).toHaveLength(15);
    } finally {
      await other.close();
    }
  });

  test("above 1,000 new rows the pane asks first: Cancel changes nothing, confirming adds them", async () => {
    const grid = [poolInventory()[0], ["Ski poles", "Pole", 1500, "BIG-1", 1500, 0]];
    const other = await openOn(grid, { selection: "Inventory!A2:F2" });
    try {
      const { page } = other;
      await page.getByRole("button", { name: "Serialize 1 row" }).click();
      const dialog = page.getByRole("alertdialog", { name: "Add 1,499 rows?" });
      await dialog.waitFor();
      await other.screenshot("serialize-confirm");
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await dialog.waitFor({ state: "detached" });
      expect(await host.values(page, "Inventory")).toEqual(grid);

      await page.getByRole("button", { name: "Serialize 1 row" }).click();
      await dialog.getByRole("button", { name: "Add 1,499 rows" }).click();
      await page.getByText("Done", { exact: true }).waitFor();
      const values = await host.values(page, "Inventory");
      expect(values).toHaveLength(1501);
      // BIG-1 ends in digits: the pool goes on BIG-2 … BIG-1500 (SPEC §3).
      expect(values[1500]).toEqual(["Ski poles", "Pole", 1, "BIG-1500", 1, 0]);
    } finally {
      await other.close();
    }
  });

  test("on a protected sheet the pane says so in plain words and nothing changes", async () => {
    const grid = poolInventory();
    const other = await openOn(grid, { selection: "Inventory!A3:F3", sheets: [{ name: "Inventory", values: grid, protected: true }] });
    try {
      const { page } = other;
      await page.getByRole("button", { name: "Serialize 1 row" }).click();
      await page.getByText("The sheet is protected", { exact: true }).waitFor();
      await other.screenshot("serialize-protected");
      expect(await host.values(page, "Inventory")).toEqual(grid);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
