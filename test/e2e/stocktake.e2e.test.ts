/**
 * Stocktake with a scanner (issue 20): scans typed into the Stocktake tab are answered at once,
 * survive a reload of the pane (they are kept in the workbook), and Finish writes the report sheet.
 */
import { host, seedWith } from "./support/host-page";
import { usePane } from "./support/session";
import { inventoryHeaders, type Grid } from "./support/workbooks";

/** Serialized skis, a pool of three poles under one code, a pair of helmets with a code each. */
function shelf(): Grid {
  return [
    inventoryHeaders,
    ["Skis", "Ski A", 1, "S1", 10, 1],
    ["Skis", "Ski B", 1, "S2", 10, 1],
    ["Poles", "Pole pool", 3, "POLE", 30, 3],
    ["Helmets", "Helmet", 2, "H1, H2", 20, 2],
  ];
}

const { pane } = usePane(() => seedWith(shelf()));

async function openTab() {
  const { page } = pane();
  await page.getByRole("tab", { name: "Stocktake" }).click();
  const field = page.getByRole("textbox", { name: "Scan a code" });
  // The field takes the focus by itself once the stocktake has started: the scanner can begin at once.
  await page.waitForFunction(() => document.activeElement?.tagName === "INPUT" && document.activeElement.closest("#ir-panel-stocktake") !== null);
  return field;
}

/** A scanner types the code and presses Enter, with no pause; the answer is the live region's text. */
async function scan(code: string): Promise<string> {
  const { page } = pane();
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  return (await page.getByRole("status").filter({ has: page.locator("[data-answer]") }).innerText()).replace(/\s+/g, " ");
}

test("each scan is answered at once in the field that keeps focus: counted, twice, too many, unknown", async () => {
  const { page } = pane();
  const field = await openTab();
  expect(await scan("S1")).toBe("Counted Row 2: Ski A, Skis. 1 of 1 counted.");
  expect(await scan("S1")).toBe("Scanned already S1 on row 2 was scanned already: not counted again.");
  await scan("POLE");
  await scan("POLE");
  expect(await scan("POLE")).toBe("Counted Row 4: Pole pool, Poles. 3 of 3 counted.");
  expect(await scan("H1")).toBe("Counted Row 5: Helmet, Helmets. 1 of 2 counted.");
  expect(await scan("X9")).toBe("Unknown X9 is not in the inventory: not counted.");
  expect(await scan("POLE")).toMatch(/^Too many Row 4 has 3 units with code POLE/);
  await page.getByRole("button", { name: "Undo last scan" }).click();
  expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.getByText("5 of 7 units counted").waitFor();
  await page.getByText("7 scans").waitFor();
  await pane().screenshot("stocktake-scans");
  expect(pane().errors).toEqual([]);
});

test("closing the pane loses no scan: the reloaded pane takes them up from the workbook", async () => {
  const { page } = pane();
  await page.waitForFunction(() => {
    const saved = window.__host.settings()["inventoryRows.stocktake"] as { sheetId?: string } | undefined;
    return saved !== undefined && window.__host.sheetNames().includes("InventoryRows.Scans") && window.__host.sheetValues("InventoryRows.Scans").length === 7;
  });
  await pane().reload();
  await openTab();
  await pane().page.getByText("Counting Inventory: 7 scans taken up again from the workbook.").waitFor();
  await pane().page.getByText("5 of 7 units counted").waitFor();
});

test("Finish writes the Stocktake sheet: two units missing, one scanned twice, one unknown code", async () => {
  const { page } = pane();
  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByText("Stocktake written to Stocktake: 2 units missing, 1 unknown code.").waitFor();
  const rows = (await host.values(page, "Stocktake")).map((row) => row.filter((cell) => cell !== "" && cell !== null));
  expect(rows[6]).toEqual(["Units missing", 2]);
  expect(rows.slice(14, 18)).toEqual([
    [2, "Skis", "Ski A", "S1", 1, 1, 0],
    [3, "Skis", "Ski B", "S2", 1, 0, 1],
    [4, "Poles", "Pole pool", "POLE", 3, 3, 0],
    [5, "Helmets", "Helmet", "H1, H2", 2, 1, 1],
  ]);
  expect(rows.slice(19, 24)).toEqual([["Unknown codes"], ["X9"], [], ["Scanned twice"], ["S1"]]);
  expect(await host.sheetNames(page)).toEqual(["Inventory", "Stocktake"]);
  await pane().screenshot("stocktake-finished");
  expect(pane().errors).toEqual([]);
});
