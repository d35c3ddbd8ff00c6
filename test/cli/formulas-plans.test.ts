import { existsSync } from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIO, readBack, tempDir } from "./support/workbooks";

/** Income is Qty × Price in every row: `=C2*E2`, as a user types it. */
async function writeFormulaWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Stock");
  sheet.addRow(["Name", "Codes", "Qty", "Category", "Price", "Income", "Expense"]);
  sheet.addRow(["Pole", "POLE-1", 2, "Ski", 5, null, 4]);
  sheet.addRow(["Helmet", "H1", 1, "Ski", 3, null, 1]);
  sheet.addRow(["Helmet", "H2", 1, "Ski", 3, null, 1]);
  for (let r = 2; r <= 4; r++) {
    const qty = sheet.getCell(r, 3).value as number;
    const price = sheet.getCell(r, 5).value as number;
    sheet.getCell(r, 6).value = { formula: `C${r}*E${r}`, result: qty * price } as ExcelJS.CellFormulaValue;
  }
  await book.xlsx.writeFile(file);
}

const formulaOf = (sheet: ExcelJS.Worksheet, address: string): unknown => (sheet.getCell(address).value as ExcelJS.CellFormulaValue | null)?.formula;

describe("inventory-rows serialize and aggregate with formulas in the rows", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(async () => {
    await writeFormulaWorkbook(tmp.file("income.xlsx"));
  });

  test("serialize refuses a row whose Income is a formula, naming the cell and what it holds; nothing is written", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "income.xlsx", "--rows", "2", "--out", "ser.xlsx"], run.io)).toBe(1);
    expect(run.stdout()).toContain("Refused 1:\n  row 2: F2 holds =C2*E2: serializing would write a value over this formula; use their values or change the formulas first");
    expect(run.stdout()).toContain("Nothing changed; ser.xlsx was not written.");
    expect(existsSync(tmp.file("ser.xlsx"))).toBe(false);
  });

  test("--formulas values writes the split values and says how many formulas became values", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "income.xlsx", "--rows", "2", "--out", "ser-values.xlsx", "--formulas", "values"], run.io)).toBe(0);
    expect(run.stdout()).toContain("Serialized 1 group (1 row added; 1 formula became a value):");
    const stock = (await readBack(tmp.file("ser-values.xlsx"))).getWorksheet("Stock") as ExcelJS.Worksheet;
    expect([stock.getCell("F2").value, stock.getCell("F3").value]).toEqual([5, 5]);
    expect(formulaOf(stock, "F4")).toBe("C4*E4");
  });

  test("aggregate refuses units with formulas in Income by default and merges them with --formulas values", async () => {
    const refused = captureIO(tmp.dir);
    expect(await main(["aggregate", "income.xlsx", "--rows", "3-4", "--out", "agg.xlsx", "--json"], refused.io)).toBe(1);
    const json = JSON.parse(refused.stdout()) as { refused: { excelRow: number; reason: string }[]; formulasAsValues: number; out: null };
    expect(json.refused.map((x) => x.excelRow)).toEqual([3, 4]);
    expect(json.refused[0].reason).toMatch(/^F3 holds =C3\*E3; F4 holds =C4\*E4: merging would write values over these formulas/);
    expect(json.out).toBeNull();
    const run = captureIO(tmp.dir);
    expect(await main(["aggregate", "income.xlsx", "--rows", "3-4", "--out", "agg.xlsx", "--formulas", "values"], run.io)).toBe(0);
    expect(run.stdout()).toContain("Merged 1 group (1 row removed; 2 formulas became values):");
    const stock = (await readBack(tmp.file("agg.xlsx"))).getWorksheet("Stock") as ExcelJS.Worksheet;
    expect([stock.getCell("B3").value, stock.getCell("C3").value, stock.getCell("F3").value]).toEqual(["H1, H2", 2, 6]);
  });

  test("--formulas takes refuse or values, and only serialize and aggregate take it", async () => {
    const bad = captureIO(tmp.dir);
    expect(await main(["serialize", "income.xlsx", "--rows", "2", "--out", "x.xlsx", "--formulas", "keep"], bad.io)).toBe(2);
    expect(bad.stderr()).toContain("--formulas takes refuse or values");
    const check = captureIO(tmp.dir);
    expect(await main(["check", "income.xlsx", "--formulas", "values"], check.io)).toBe(2);
    expect(check.stderr()).toContain("check does not take --formulas");
  });
});
