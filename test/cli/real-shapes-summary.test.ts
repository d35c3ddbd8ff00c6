/** Issue 13 on the command line: per-unit columns as stock value in the summary, and serialize of a register refused. */
import path from "node:path";
import { main } from "../../src/cli/main";
import { captureIO, tempDir } from "./support/workbooks";

const dir = path.join(__dirname, "..", "fixtures", "real-shapes");

async function summary(file: string, ...flags: string[]) {
  const run = captureIO(dir);
  const code = await main(["summary", file, "--json", ...flags], run.io);
  return { code, summary: JSON.parse(run.stdout()) as { totals: Record<string, unknown>; categories: Record<string, unknown>[] } };
}

test("detected per-unit prices show as stock value = Σ price × units; sold-out rows count as records with 0 units", async () => {
  const { summary: s } = await summary("odoo-product-import.csv");
  expect(s.totals).toMatchObject({ records: 3, units: 15, income: 0, stockValue: { "Sales Price": 3285 } });
  expect(s.categories.map((c) => [c.category, c.records, c.units])).toEqual([["All / Furniture", 2, 15], ["All / Lighting", 1, 0]]);
});

test("--per-unit Cost: Odoo's cost is per unit too, not summed as expense", async () => {
  const { summary: s } = await summary("odoo-product-import.csv", "--per-unit", "Sales Price", "--per-unit", "Cost");
  expect(s.totals).toMatchObject({ expense: 0, stockValue: { "Sales Price": 3285, Cost: 1620 } });
});

test("serialize on a register is refused: there is no quantity cell to write", async () => {
  const tmp = tempDir();
  try {
    const run = captureIO(dir);
    const code = await main(["serialize", "it-asset-register.csv", "--rows", "2", "--out", tmp.file("out.xlsx"), "--json"], run.io);
    expect(code).toBe(1);
    expect(run.stdout()).toContain("the sheet has no quantity column (each row is one unit): there is no quantity cell to write");
  } finally {
    tmp.cleanup();
  }
});

test("serialize copies a per-unit price to every unit", async () => {
  const tmp = tempDir();
  try {
    const run = captureIO(dir);
    const code = await main(["serialize", "spare-part-price-list.csv", "--rows", "4", "--out", tmp.file("out.xlsx"), "--json"], run.io);
    expect(code).toBe(0);
    const plan = JSON.parse(run.stdout()) as { replacements: { rows: unknown[][] }[] };
    const rows = plan.replacements[0].rows;
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r[3] === 8.9 && r[4] === 1)).toBe(true);
  } finally {
    tmp.cleanup();
  }
});
