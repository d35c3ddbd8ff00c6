import { existsSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIO, readBack, tempDir } from "./support/workbooks";

/**
 * A sheet with one issue of each kind `fix` meets:
 *   2 quantity "3" and income "12.50" as text                (quantity-as-text, amount-as-text)
 *   3 codes "X-2; X-3"                                       (codes-separator)
 *   4 code 12345 stored as a number                           (codes-number → "12345")
 *   5 code 1526770000002969300 stored as a number, digits lost (codes-precision-lost: not fixable)
 *   6 code 123 shown as 00123 by its number format            (codes-number, refused: text not known)
 *   7 code "AB\u200BC"                                         (codes-invisible)
 *   8 a formula whose text is "Y-1; Y-2"                       (codes-separator on a formula cell)
 *   9 no code                                                  (codes-missing: generate-codes, not fix)
 */
async function writeFixBook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stock");
  sheet.getRow(1).values = ["Name", "Qty", "Codes", "Category", "Income"];
  const rows: ExcelJS.CellValue[][] = [
    ["Poles", "3", "X-1", "Skis", "12.50"],
    ["Boots", 2, "X-2; X-3", "Boots", 10],
    ["Helmet", 1, 12345, "Helmets", 5],
    ["Card", 1, 1526770000002969300, "Cards", 5],
    ["Padded", 1, 123, "Cards", 5],
    ["Hidden", 1, "AB\u200BC", "Cards", 5],
    ["Formula", 2, { formula: 'CONCAT("Y-1; ","Y-2")', result: "Y-1; Y-2" } as ExcelJS.CellFormulaValue, "Cards", 5],
    ["Nocode", 1, "", "Cards", 5],
  ];
  rows.forEach((values, i) => values.forEach((v, c) => (sheet.getRow(i + 2).getCell(c + 1).value = v)));
  sheet.getCell("C6").numFmt = "00000";
  await workbook.xlsx.writeFile(file);
}

describe("inventory-rows fix", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(async () => {
    await writeFixBook(tmp.file("stock.xlsx"));
  });

  describe("every fixable rule", () => {
    let code: number;
    let stdout: string;
    let sheet: ExcelJS.Worksheet;
    beforeAll(async () => {
      const run = captureIO(tmp.dir);
      code = await main(["fix", "stock.xlsx", "--out", "fixed.xlsx"], run.io);
      stdout = run.stdout();
      sheet = (await readBack(tmp.file("fixed.xlsx"))).getWorksheet("Stock") as ExcelJS.Worksheet;
    });

    test("prints each changed cell with what it held, what it holds now and the rule", () => {
      expect(stdout).toContain(
        "Fixed 5 cells:\n" +
          '  B2: "3" → 3  (quantity-as-text)\n' +
          '  E2: "12.50" → 12.5  (amount-as-text)\n' +
          '  C3: "X-2; X-3" → "X-2, X-3"  (codes-separator)\n' +
          '  C4: 12345 → "12345"  (codes-number)\n' +
          '  C7: "AB\\u200bC" → "ABC"  (codes-invisible)\n',
      );
      expect(stdout).toContain("Wrote fixed.xlsx.");
    });

    test("writes the fixes: numbers as numbers, codes as text", () => {
      expect(sheet.getCell("B2").value).toBe(3);
      expect(sheet.getCell("E2").value).toBe(12.5);
      expect(sheet.getCell("C3").value).toBe("X-2, X-3");
      expect(sheet.getCell("C4").value).toBe("12345");
      expect(sheet.getCell("C4").numFmt).toBe("@");
      expect(sheet.getCell("C7").value).toBe("ABC");
    });

    test("a code whose digits Excel lost, or whose shown text is not known, is listed as not fixable and never guessed (exit 1)", () => {
      expect(code).toBe(1);
      expect(stdout).toContain("Not fixed 3 cells:\n");
      expect(stdout).toMatch(/ {2}row 5: C5: code 1526770000002969300 is a number Excel has rounded .*re-enter it as text from the source\n/);
      expect(stdout).toContain('  row 6: C6: the code is a number shown with the format "00000", so the text Excel shows is not its digits; type the code again as text\n');
      expect(sheet.getCell("C5").value).toBe(1526770000002969300);
      expect(sheet.getCell("C6").value).toBe(123);
    });

    test("a formula cell is not written over: refused naming the formula (as serialize does)", () => {
      expect(stdout).toContain('  row 8: C8 holds =CONCAT("Y-1; ","Y-2"): the result would be written over the formula; change the formula, or use --formulas values\n');
      expect((sheet.getCell("C8").value as ExcelJS.CellFormulaValue).formula).toBe('CONCAT("Y-1; ","Y-2")');
    });

    test("a missing code is left to generate-codes", () => {
      expect(sheet.getCell("C9").value).toBe("");
      expect(stdout).not.toContain("C9");
    });

    test("the input is untouched", async () => {
      const input = (await readBack(tmp.file("stock.xlsx"))).getWorksheet("Stock") as ExcelJS.Worksheet;
      expect(input.getCell("B2").value).toBe("3");
      expect(input.getCell("C3").value).toBe("X-2; X-3");
    });
  });

  test("--formulas values writes the fix over the formula and counts it", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["fix", "stock.xlsx", "--rule", "codes-separator", "--formulas", "values", "--out", "values.xlsx", "--json"], run.io)).toBe(0);
    const result = JSON.parse(run.stdout());
    expect(result.changes).toEqual([
      { address: "C3", before: "X-2; X-3", after: "X-2, X-3", rule: "codes-separator" },
      { address: "C8", before: "Y-1; Y-2", after: "Y-1, Y-2", rule: "codes-separator" },
    ]);
    expect(result.formulasAsValues).toBe(1);
    const sheet = (await readBack(tmp.file("values.xlsx"))).getWorksheet("Stock") as ExcelJS.Worksheet;
    expect(sheet.getCell("C8").value).toBe("Y-1, Y-2");
  });

  test("--rule and --rows limit the fix; --json lists every change and refusal", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["fix", "stock.xlsx", "--rule", "amount-as-text", "--rule", "codes-number", "--rows", "2-4", "--out", "some.xlsx", "--json"], run.io)).toBe(0);
    const result = JSON.parse(run.stdout());
    expect(result.changes).toEqual([
      { address: "E2", before: "12.50", after: 12.5, rule: "amount-as-text" },
      { address: "C4", before: 12345, after: "12345", rule: "codes-number" },
    ]);
    expect(result.refused).toEqual([]);
    expect(result.out).toBe(tmp.file("some.xlsx"));
  });

  test("--rule codes-number also lists the codes whose digits are lost (exit 1)", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["fix", "stock.xlsx", "--rule", "codes-number", "--rows", "5", "--out", "lost.xlsx", "--json"], run.io)).toBe(1);
    const result = JSON.parse(run.stdout());
    expect(result.changes).toEqual([]);
    expect(result.refused).toMatchObject([{ row: 4, excelRow: 5, reason: expect.stringContaining("C5: code 1526770000002969300 is a number Excel has rounded") }]);
    expect(result.out).toBeNull();
    expect(existsSync(tmp.file("lost.xlsx"))).toBe(false);
  });

  test("nothing to fix: exit 0, the output is not written", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["fix", "stock.xlsx", "--rows", "9", "--out", "none.xlsx"], run.io)).toBe(0);
    expect(run.stdout()).toBe(`Stock in stock.xlsx:\nNothing changed: no fixable issue; none.xlsx was not written.\n`);
    expect(existsSync(tmp.file("none.xlsx"))).toBe(false);
  });

  test("an available count stored as text becomes a number (available-as-text)", async () => {
    writeFileSync(tmp.file("available.json"), JSON.stringify([["Name", "Qty", "Codes", "Status", "Available"], ["Poles", 5, "P-1", "Rented", "3"]]));
    const run = captureIO(tmp.dir);
    expect(await main(["fix", "available.json", "--out", "available.xlsx", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout()).changes).toEqual([{ address: "E2", before: "3", after: 3, rule: "available-as-text" }]);
    expect((await readBack(tmp.file("available.xlsx"))).worksheets[0].getCell("E2").value).toBe(3);
  });

  test("more than 20 changed cells: the first 20, then a count; --json keeps them all", async () => {
    const grid = [["Name", "Qty", "Codes"], ...Array.from({ length: 25 }, (_, i) => [`Item ${i}`, "1", `C-${i}`])];
    writeFileSync(tmp.file("many.json"), JSON.stringify(grid));
    const run = captureIO(tmp.dir);
    expect(await main(["fix", "many.json", "--out", "many.xlsx"], run.io)).toBe(0);
    const lines = run.stdout().split("\n");
    expect(lines[1]).toBe("Fixed 25 cells:");
    expect(lines.slice(2, 23)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `  B${i + 2}: "1" → 1  (quantity-as-text)`),
      "  … and 5 more cells (--json lists every cell)",
    ]);
    const json = captureIO(tmp.dir);
    expect(await main(["fix", "many.json", "--out", "many2.xlsx", "--json"], json.io)).toBe(0);
    expect(JSON.parse(json.stdout()).changes).toHaveLength(25);
    const sheet = (await readBack(tmp.file("many.xlsx"))).worksheets[0];
    expect(sheet.getCell("B26").value).toBe(1);
  });

  test.each([
    [["fix", "stock.xlsx", "--rule", "codes-spaces", "--out", "x.xlsx"], "--rule codes-spaces: use a fixable rule: quantity-as-text, codes-empty-entry, codes-separator, codes-space, codes-invisible, codes-duplicate-in-row, codes-number, amount-as-text, available-as-text"],
    [["fix", "stock.xlsx", "--rule", "codes-missing", "--out", "x.xlsx"], "--rule codes-missing: codes are made by inventory-rows generate-codes"],
    [["fix", "stock.xlsx"], "fix needs --out OUT.xlsx (the input is never changed)"],
    [["fix", "stock.xlsx", "--out", "./stock.xlsx"], "--out is the input file: results are never written over the input"],
    [["fix", "stock.xlsx", "--rows", "40", "--out", "x.xlsx"], "--rows: row 40 is outside the rows read"],
  ])("%j is bad usage: exit 2 with one line", async (argv, message) => {
    const run = captureIO(tmp.dir);
    expect(await main(argv, run.io)).toBe(2);
    expect(run.stderr()).toContain(message);
    expect(run.stdout()).toBe("");
  });

  test("fix --help names every fixable rule and the exit codes", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["fix", "--help"], run.io)).toBe(0);
    expect(run.stdout()).toContain("inventory-rows fix FILE [--rule RULE …] [--rows ROWS] --out OUT.xlsx [options]");
    expect(run.stdout()).toContain("quantity-as-text, codes-empty-entry, codes-separator");
    expect(run.stdout()).toContain("Cells left unfixed are listed and give exit code 1.");
    const usage = captureIO(tmp.dir);
    await main(["--help"], usage.io);
    expect(usage.stdout()).toContain("  inventory-rows fix       FILE [--rule RULE …]");
    expect(usage.stdout()).toContain("  inventory-rows generate-codes FILE [--rows 5,7-9] --out OUT.xlsx");
  });
});
