/**
 * Every panel at Excel's default pane width (320 px) and a wider pane: nothing sticks out
 * sideways, and a screenshot of each is kept under test-artifacts/e2e/.
 */
import { seedWith } from "./support/host-page";
import { horizontalOverflow } from "./support/layout";
import { usePane } from "./support/session";
import { poolInventory } from "./support/workbooks";

const grid = poolInventory();
// A long name and a long code list, the texts most likely to push a narrow pane wider.
grid.push(["Rental cars", "Station wagon with a very long descriptive name, roof rack and winter tyres", 4, "CAR-A-0000000001, CAR-A-0000000002, CAR-A-0000000003", 1234567.89, 2.5]);

const { pane } = usePane(() => seedWith(grid, { selection: "Inventory!A3:F3" }));

const panels: { tab: string; show: () => Promise<void> }[] = [
  { tab: "Check", show: () => pane().page.getByRole("tabpanel").getByRole("button", { name: "Check sheet" }).click() },
  { tab: "Serialize", show: () => pane().page.getByRole("tabpanel").getByRole("button", { name: /^Preview/ }).click() },
  { tab: "Aggregate", show: () => pane().page.getByRole("tabpanel").getByRole("button", { name: /^Preview/ }).click() },
  { tab: "Summary", show: () => pane().page.getByRole("tabpanel").getByRole("button", { name: "Build category summary" }).click() },
  {
    tab: "Find",
    show: async () => {
      await pane().page.getByRole("searchbox", { name: "Stock code", exact: true }).fill("CAR-A-0000000002");
      await pane().page.keyboard.press("Enter");
      await pane().page.getByRole("region", { name: /^Record at / }).waitFor();
    },
  },
  { tab: "Settings", show: () => pane().page.getByText("Detected: Quantity").waitFor() },
];

describe.each([320, 480])("at %i px", (width) => {
  beforeAll(async () => {
    await pane().page.setViewportSize({ width, height: 900 });
  });

  test.each(panels.map((panel) => [panel.tab, panel] as const))("the %s panel fits the pane's width", async (tab, panel) => {
    const { page } = pane();
    await page.getByRole("tab", { name: tab, exact: true }).click();
    await panel.show();
    // Let the action settle (its progress line would change the layout).
    await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
    expect(await horizontalOverflow(page)).toBe(0);
    await pane().screenshot(`panel-${tab.toLowerCase()}-${width}px`);
    expect(pane().errors).toEqual([]);
  });
});
