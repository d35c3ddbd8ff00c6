/** Issue 13: the summary's stock value columns on the command line, printed and written with --out. */
import path from "node:path";
import { main } from "../../src/cli/main";
import { captureIO, readBack, tempDir } from "./support/workbooks";

const dir = path.join(__dirname, "..", "fixtures", "real-shapes");

test("the printed summary ends each line with the stock value of each per-unit column", async () => {
  const run = captureIO(dir);
  expect(await main(["summary", "odoo-product-import.csv", "--per-unit", "Sales Price", "--per-unit", "Cost"], run.io)).toBe(0);
  const lines = run.stdout().split("\n");
  const header = lines.find((l) => l.startsWith("Category"))!;
  expect(header).toMatch(/Income per unit\s+Stock value \(Sales Price\)\s+Stock value \(Cost\)$/);
  expect(lines.find((l) => l.startsWith("Total"))).toMatch(/3,285\.00\s+1,620\.00$/);
});

test("summary --out writes a stock value column per per-unit column into the table, totals included, as money", async () => {
  const tmp = tempDir();
  try {
    const run = captureIO(dir);
    const out = tmp.file("summary.xlsx");
    expect(await main(["summary", "odoo-product-import.csv", "--out", out], run.io)).toBe(0);
    const sheet = (await readBack(out)).getWorksheet("Inventory summary")!;
    expect(sheet.getCell(7, 11).value).toBe("Stock value (Sales Price)");
    const totals = 7 + 2 + 1; // the heading row, two categories, then the totals
    expect(sheet.getCell(totals, 1).value).toBe("Total");
    expect(sheet.getCell(totals, 11).value).toBe(3285);
    expect(sheet.getCell(totals, 11).numFmt).toBe(sheet.getCell(8, 2).numFmt);
  } finally {
    tmp.cleanup();
  }
});
