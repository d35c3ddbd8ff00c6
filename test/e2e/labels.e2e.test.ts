/**
 * Barcode labels in the built pane (issue 17): serialize a 12-unit pool, then "Labels for the 12
 * new units" writes the Labels sheet: one picture per code at its label's cell, drawn in the
 * browser by bwip-js, each decoding back to exactly its code; the page is set up as Avery L7160.
 */
import fs from "node:fs";
import path from "node:path";
import type { ShapeInfo } from "../host";
import { decodePng } from "../labels/decode";
import { host, seedWith } from "./support/host-page";
import { horizontalOverflow } from "./support/layout";
import { artifactsDir } from "./support/paths";
import { usePane } from "./support/session";
import { poolInventory } from "./support/workbooks";

const { pane } = usePane(() => {
  const grid = poolInventory();
  const seed = seedWith(grid, { selection: "Inventory!A3:F3" });
  seed.sheets![0].formats = grid.map((_row, r) => (r === 0 ? [] : [null, null, null, "@", "#,##0.00", "#,##0.00"]));
  return seed;
});

const CODES = Array.from({ length: 12 }, (_, k) => `POLE-${String(k + 1).padStart(2, "0")}`);

/** The labels sheet drawn as the printed page would look: cell texts and pictures at their points (1 pt = 4/3 px). */
function sheetPicture(shapes: ShapeInfo[], texts: string[][], widths: number[], heights: number[]): string {
  const px = (pt: number) => `${(pt * 4) / 3}px`;
  const cells = texts.flatMap((row, r) => row.map((text, c) => {
    if (!text) return "";
    const left = widths.slice(0, c).reduce((a, b) => a + b, 0);
    const top = heights.slice(0, r).reduce((a, b) => a + b, 0);
    return `<div style="position:absolute;left:${px(left)};top:${px(top)};width:${px(widths[c])};height:${px(heights[r])};display:flex;align-items:flex-end;justify-content:center;text-align:center;white-space:pre;font:8pt Calibri,Carlito,sans-serif;outline:1px dashed #ccc">${text}</div>`;
  }));
  const images = shapes.map((s) => `<img src="data:image/png;base64,${s.base64}" style="position:absolute;left:${px(s.left)};top:${px(s.top)};width:${px(s.width)};height:${px(s.height)}">`);
  return `<body style="margin:0;background:#fff"><div style="position:relative;width:${px(widths.reduce((a, b) => a + b, 0))};height:${px(heights.slice(0, 4).reduce((a, b) => a + b, 0))}">${cells.join("")}${images.join("")}</div></body>`;
}

test("after a serialize, Labels for the 12 new units puts 12 decodable Code 128 pictures at their label cells on an L7160 page", async () => {
  const { page } = pane();
  await page.getByRole("tab", { name: "Serialize" }).click();
  await page.getByRole("button", { name: "Preview selection" }).click();
  await page.getByRole("button", { name: "Serialize 1 row" }).click();
  await page.getByRole("button", { name: "Labels for the 12 new units" }).click();
  await page.getByText("12 labels written to Labels on 1 page.", { exact: false }).waitFor();
  expect(await page.getByRole("tab", { name: "Labels" }).getAttribute("aria-selected")).toBe("true");
  expect(await horizontalOverflow(page)).toBe(0);
  await pane().screenshot("labels-pane");

  expect(await host.sheetNames(page)).toEqual(["Inventory", "Labels"]);
  const shapes = await page.evaluate(() => window.__host.shapes("Labels"));
  const cells = Array.from({ length: 12 }, (_, k) => `${"ACE"[k % 3]}${Math.floor(k / 3) + 1}`);
  expect(shapes.map((s) => [s.cell, s.altTextDescription])).toEqual(CODES.map((code, k) => [cells[k], code]));
  for (const [k, shape] of shapes.entries()) {
    expect(decodePng(Buffer.from(shape.base64, "base64"), "code128")).toEqual({ text: CODES[k], format: "CODE_128" });
  }
  const setup = await page.evaluate(() => window.__host.printSetup("Labels"));
  expect(setup).toMatchObject({ paperSize: "A4", printGridlines: false, showGridlines: false, zoom: { scale: 100 }, rowBreaks: [] });
  const texts = await host.values(page, "Labels");
  expect(texts[0][0]).toBe("POLE-01\nPole pair 120 cm\nSki poles");

  fs.mkdirSync(artifactsDir, { recursive: true });
  const picture = await page.context().newPage();
  await picture.setContent(sheetPicture(shapes, texts as string[][], setup.columnWidths, setup.rowHeights));
  await picture.screenshot({ path: path.join(artifactsDir, "labels-sheet.png"), fullPage: true });
  await picture.close();
});

test("Make labels on a selection outside the inventory says what to select and writes nothing", async () => {
  const { page } = pane();
  await host.select(page, "Inventory!A40:F41");
  const before = await host.sheetNames(page);
  await page.getByRole("tab", { name: "Labels" }).click();
  await page.getByRole("button", { name: "Make labels" }).click();
  await page.getByText("Select the inventory rows to make labels for, on Inventory.", { exact: false }).waitFor();
  expect(await host.sheetNames(page)).toEqual(before);
  await pane().screenshot("labels-select-rows");
});
