/**
 * Issue 13 on the command line: the seven export shapes in test/fixtures/real-shapes are found
 * without a mapping, and the shape flags (--each-row-one-unit, --codes-unique-within,
 * --one-code-per-cell, --ignore, --per-unit) change what check and summary say.
 */
import path from "node:path";
import { main } from "../../src/cli/main";
import { parseCliArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/cli-error";
import { captureIO } from "./support/workbooks";

const dir = path.join(__dirname, "..", "fixtures", "real-shapes");

interface Report {
  table: { columns: Record<string, number> } | null;
  issues: { rule: string; address: string; severity: string }[];
  rows: { valid: number; invalid: number; units: number };
  notes?: { message: string }[];
}

async function check(file: string, ...flags: string[]): Promise<{ code: number; report: Report }> {
  const run = captureIO(dir);
  const code = await main(["check", file, "--json", ...flags], run.io);
  return { code, report: JSON.parse(run.stdout()) as Report };
}

const rules = (r: Report) => [...new Set(r.issues.map((i) => i.rule))].sort();

test.each([
  ["optician-barcode-stock.csv", { quantity: 5, codes: 0, category: 1, income: 6 }],
  // Issue 16: Status is the status column; a purchase price is the purchase value, no longer an expense.
  ["zoho-inventory-items.csv", { quantity: 7, codes: 2, category: 8, name: 1, income: 5, status: 3 }],
  ["inventree-stock.csv", { quantity: 4, codes: 3, purchase: 6 }],
  ["odoo-product-import.csv", { quantity: 5, codes: 6, category: 2, name: 1, income: 3, expense: 4 }],
  ["shelf-assets.csv", { quantity: -1, codes: 6, category: 2, name: 0, expense: 5 }],
  ["it-asset-register.csv", { quantity: -1, codes: 0, category: 2, purchase: 6 }],
  ["spare-part-price-list.csv", { quantity: 4, codes: 0, category: 2, name: 1, income: 3 }],
])("%s is found with no mapping", async (file, columns) => {
  const { report } = await check(file);
  expect(report.table?.columns).toEqual(columns);
});

test("quantity 0 is a warning: the optician's sold-out frames are records with no units, and check passes", async () => {
  const { code, report } = await check("optician-barcode-stock.csv");
  expect(code).toBe(0);
  expect(report.issues.filter((i) => i.rule === "quantity-zero").map((i) => i.address)).toEqual(["F3", "F5"]);
  expect(report.rows).toMatchObject({ valid: 6, invalid: 0, units: 31 });
});

test("--ignore codes-number mutes the barcode warnings and says how many in a note", async () => {
  const { report } = await check("optician-barcode-stock.csv", "--ignore", "codes-number");
  expect(rules(report)).toEqual(["quantity-zero"]);
  expect(report.notes?.map((n) => n.message)).toEqual(["6 warnings of muted rules not shown: codes-number 6."]);
  const run = captureIO(dir);
  await main(["check", "optician-barcode-stock.csv", "--ignore", "codes-number"], run.io);
  expect(run.stdout()).toContain("Note: 6 warnings of muted rules not shown: codes-number 6.");
});

test("--ignore codes-space for Zoho SKUs with spaces", async () => {
  expect(rules((await check("zoho-inventory-items.csv")).report)).toEqual(["codes-space", "quantity-zero"]);
  expect(rules((await check("zoho-inventory-items.csv", "--ignore", "codes-space")).report)).toEqual(["quantity-zero"]);
});

test("a register counts each row as one unit and says so; --each-row-one-unit ignores a quantity column", async () => {
  const { code, report } = await check("it-asset-register.csv");
  expect(code).toBe(0);
  expect(report.rows).toMatchObject({ valid: 4, units: 4 });
  expect(report.notes?.[0].message).toBe("No quantity column: each row counted as one unit.");
  const on = await check("zoho-inventory-items.csv", "--each-row-one-unit");
  expect(on.report.rows.units).toBe(5);
  expect(on.report.table?.columns.quantity).toBe(-1);
});

test("--codes-unique-within Part: InvenTree serials repeat across parts without being duplicates", async () => {
  const plain = await check("inventree-stock.csv", "--ignore", "codes-number");
  expect(plain.code).toBe(1);
  expect(plain.report.issues.filter((i) => i.rule === "codes-duplicate")).toHaveLength(4);
  const scoped = await check("inventree-stock.csv", "--ignore", "codes-number", "--codes-unique-within", "Part");
  expect(scoped.code).toBe(0);
  expect(scoped.report.rows).toMatchObject({ valid: 5, invalid: 0 });
});

test("--one-code-per-cell: part numbers with commas are one code each", async () => {
  const plain = await check("spare-part-price-list.csv");
  expect(plain.report.issues.filter((i) => i.rule === "codes-duplicate").map((i) => i.address)).toEqual(["A2", "A3"]);
  const whole = await check("spare-part-price-list.csv", "--one-code-per-cell", "--ignore", "codes-space");
  expect(whole.code).toBe(0);
  expect(rules(whole.report)).toEqual(["quantity-zero"]);
});

test("bad flag values are usage errors naming what is allowed", () => {
  expect(() => parseCliArgs(["check", "x.csv", "--ignore", "codes-numbr"], () => "")).toThrow(CliError);
  expect(() => parseCliArgs(["check", "x.csv", "--ignore", "codes-numbr"], () => "")).toThrow(/--ignore codes-numbr: not a rule id; use one of no-header, /);
  expect(() => parseCliArgs(["check", "x.csv", "--per-unit", " "], () => "")).toThrow("--per-unit needs a column header");
  const parsed = parseCliArgs(["summary", "x.csv", "--per-unit", "Cost", "--per-unit", "Rate", "--one-code-per-cell"], () => "");
  expect("options" in parsed && parsed.options.shape).toEqual({ perUnitColumns: ["Cost", "Rate"], oneCodePerCell: true });
});
