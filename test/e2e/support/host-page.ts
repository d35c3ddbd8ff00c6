/** The strict host as the tests see it from Node: each call is one `page.evaluate`. */
import type { Page } from "playwright-core";
import type { HostSeed } from "../../host";
import type { Cell, Grid } from "./workbooks";

/** Column letters for a 0-based index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The A1 range a grid covers when its top-left cell is A1 (`A1:F13`). */
export function rangeOf(grid: Grid): string {
  const width = Math.max(...grid.map((row) => row.length));
  return `A1:${columnLetters(width - 1)}${grid.length}`;
}

/** Key under which the app stores its settings in `context.workbook.settings`. */
export const settingsKey = "inventoryRows.settings";

/** A workbook with one inventory sheet (active) holding `grid`. */
export function seedWith(grid: Grid, extra: Partial<HostSeed> = {}, sheet = "Inventory"): HostSeed {
  return { sheets: [{ name: sheet, values: grid }], active: sheet, selection: `${sheet}!A1`, ...extra };
}

export const host = {
  // Big grids cross as one JSON string: Playwright's structured argument transfer takes
  // seconds for 100,000 rows, a string takes milliseconds.
  values: async (page: Page, sheet: string) =>
    JSON.parse(await page.evaluate((name) => JSON.stringify(window.__host.sheetValues(name)), sheet)) as Cell[][],
  selection: (page: Page) => page.evaluate(() => window.__host.selection()),
  sheetNames: (page: Page) => page.evaluate(() => window.__host.sheetNames()),
  tables: (page: Page, sheet?: string) => page.evaluate((name) => window.__host.tables(name), sheet),
  charts: (page: Page, sheet?: string) => page.evaluate((name) => window.__host.charts(name), sheet),
  settings: (page: Page) => page.evaluate(() => window.__host.settings()),
  snapshot: (page: Page) => page.evaluate(() => window.__host.snapshot()),
  /** The user pastes `grid` with its top-left cell at A1 of `sheet`. */
  paste: (page: Page, sheet: string, grid: Grid) =>
    page.evaluate(({ sheet, range, json }) => window.__host.userEdit(sheet, range, JSON.parse(json)), {
      sheet,
      range: rangeOf(grid),
      json: JSON.stringify(grid),
    }),
  /** The user selects `address` (`"Inventory!A3:F3"`). */
  select: (page: Page, address: string) => page.evaluate((a) => window.__host.userSelect(a), address),
};
