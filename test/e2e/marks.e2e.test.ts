/**
 * Problems marked on the sheet from the built pane (issue 18): the example inventory, the Check
 * tab's "Mark problems on the sheet" switch on → the host holds the add-in's conditional formats
 * (red for errors, amber for warnings) on exactly the problem cells and a note on each; the pane
 * shows the counts, fits 320 px, and its marked state is saved as a screenshot. After a reload the
 * switch is on again (the marks live in the workbook); off takes every mark and note away.
 * Each test opens its own pane on the example, so either runs alone (`-t`).
 */
import { MARK_COLOURS, MARK_FORMULAS } from "../../src/core";
import { EXAMPLE_ROWS } from "../../scripts/make-example";
import type { Grid } from "./support/workbooks";
import { seedWith } from "./support/host-page";
import { horizontalOverflow } from "./support/layout";
import { openPane, type Pane } from "./support/pane";
import { useBrowser } from "./support/session";

/** The committed example's Inventory sheet: a title, a header in row 3, 15 records. */
function exampleInventory(): Grid {
  const header = ["Name", "Quantity", "Stock codes", "Category", "Income", "Expense", "Location"];
  return [["Winter rental stock", "", "", "", "", "", ""], ["", "", "", "", "", "", ""], header, ...EXAMPLE_ROWS.map((row) => [...row])];
}

const browser = useBrowser();
let opened: Pane | undefined;

/** A pane of its own on the example inventory, closed after the test. */
async function openExample(): Promise<Pane> {
  const seed = seedWith(exampleInventory());
  // Codes and categories are text cells, as in the example workbook.
  seed.sheets![0].formats = exampleInventory().map((_row, r) => (r < 3 ? [] : [null, null, "@", "@", '"$"#,##0.00', '"$"#,##0.00']));
  opened = await openPane(browser(), seed);
  return opened;
}

afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const pane = (): Pane => {
  if (!opened) throw new Error("The test opened no pane.");
  return opened;
};

/** Turns the switch on and waits for the marking's counts. */
async function markWithSwitch() {
  const { page } = pane();
  const toggle = page.getByRole("switch", { name: "Mark problems on the sheet" });
  expect(await toggle.isChecked()).toBe(false);
  await toggle.click();
  await page.getByText("6 cells marked (4 red, 2 amber).").waitFor();
  return toggle;
}

// What `inventory-rows check examples/inventory-example.xlsx` finds: four errors, two warnings.
const RED = ["B13", "C10", "C15", "C7"];
const AMBER = ["C14", "D18"];

/** The cells each of our two formats covers ("B13, C7:C7" → sorted cell list), and other formats left alone. */
async function marksOnSheet() {
  const { page } = pane();
  const formats = await page.evaluate(() => window.__host.conditionalFormats("Inventory"));
  const cells = (areas: string) => areas.split(/,\s*/).filter(Boolean).sort();
  const ours = (level: "error" | "warning") => formats.filter((f) => f.formula === MARK_FORMULAS[level]);
  return {
    count: formats.length,
    red: ours("error").flatMap((f) => cells(f.areas)).sort(),
    amber: ours("warning").flatMap((f) => cells(f.areas)).sort(),
    fills: [...new Set([...ours("error"), ...ours("warning")].map((f) => `${f.formula} ${f.fill}`))].sort(),
    notes: await page.evaluate(() => window.__host.notes("Inventory")),
  };
}

test("switch on marks the problem cells red and amber, each with a note, and the pane shows the counts at 320 px", async () => {
  const { page } = await openExample();
  const toggle = await markWithSwitch();
  await page.getByText("4 errors, 2 warnings.", { exact: false }).waitFor();
  expect(await toggle.isChecked()).toBe(true);

  const marks = await marksOnSheet();
  expect(marks.red).toEqual(RED);
  expect(marks.amber).toEqual(AMBER);
  expect(marks.fills).toEqual([
    `${MARK_FORMULAS.error} ${MARK_COLOURS.error.fill}`,
    `${MARK_FORMULAS.warning} ${MARK_COLOURS.warning.fill}`,
  ].sort());
  expect(Object.keys(marks.notes).sort()).toEqual([...RED, ...AMBER].sort());
  expect(marks.notes.C7).toContain("SKI-170-A");
  expect(marks.notes.B13).toContain("2.5");

  expect(await horizontalOverflow(page)).toBe(0);
  await pane().screenshot("marks-pane");
});

test("after a reload the switch is on again; off takes every mark and note away", async () => {
  const { page } = await openExample();
  await markWithSwitch();
  expect((await marksOnSheet()).red).toEqual(RED);
  await pane().reload();
  const toggle = page.getByRole("switch", { name: "Mark problems on the sheet" });
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[role="switch"][aria-describedby="ir-marks-status"]')?.checked === true);
  await toggle.click();
  await page.getByText("Off: the sheet shows no marks.").waitFor();
  const marks = await marksOnSheet();
  expect(marks).toEqual({ count: 0, red: [], amber: [], fills: [], notes: {} });
  expect(await toggle.isChecked()).toBe(false);
});
