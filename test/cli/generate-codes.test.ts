import { existsSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIO, readBack, tempDir } from "./support/workbooks";

/** Rows 2-7: ITEM-0007 in use, rows 3, 5 and 6 without codes, row 7's code a formula that gives "". */
async function writeCodesBook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stock");
  sheet.getRow(1).values = ["Name", "Qty", "Codes", "Category"];
  const rows: ExcelJS.CellValue[][] = [
    ["Poles", 1, "ITEM-0007", "Skis"],
    ["Boots", 1, null, "Boots"],
    ["Helmet", 1, "H-1", "Helmets"],
    ["Gloves", 1, "", "Gloves"],
    ["Hat", 1, " , ", "Hats"],
    ["Formula", 1, { formula: 'IF(B7>5,"X","")', result: "" } as ExcelJS.CellFormulaValue, "Hats"],
  ];
  rows.forEach((values, i) => values.forEach((v, c) => (sheet.getRow(i + 2).getCell(c + 1).value = v)));
  await workbook.xlsx.writeFile(file);
}

describe("inventory-rows generate-codes", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(async () => {
    await writeCodesBook(tmp.file("stock.xlsx"));
    writeFileSync(tmp.file("stock.json"), JSON.stringify([["Name", "Qty", "Codes"], ["a", 1, "ITEM-0041"], ["b", 1, ""], ["c", 1, ""]]));
  });

  describe("every row without codes", () => {
    let code: number;
    let stdout: string;
    let sheet: ExcelJS.Worksheet;
    beforeAll(async () => {
      const run = captureIO(tmp.dir);
      code = await main(["generate-codes", "stock.xlsx", "--out", "codes.xlsx"], run.io);
      stdout = run.stdout();
      sheet = (await readBack(tmp.file("codes.xlsx"))).getWorksheet("Stock") as ExcelJS.Worksheet;
    });

    test("numbers on after the highest code with the prefix and prints each code written", () => {
      expect(stdout).toContain(
        "Generated codes in 3 cells:\n" +
          '  C3: "" → "ITEM-0008"  (codes-missing)\n' +
          '  C5: "" → "ITEM-0009"  (codes-missing)\n' +
          '  C6: " , " → "ITEM-0010"  (codes-missing)\n',
      );
      expect(stdout).toContain("Wrote codes.xlsx.");
    });

    test("writes the codes as text and keeps every other cell", () => {
      expect(["C2", "C3", "C4", "C5", "C6"].map((a) => sheet.getCell(a).value)).toEqual(["ITEM-0007", "ITEM-0008", "H-1", "ITEM-0009", "ITEM-0010"]);
      expect(sheet.getCell("C3").numFmt).toBe("@");
    });

    test("a code cell holding a formula is not written over: listed, exit 1", () => {
      expect(code).toBe(1);
      expect(stdout).toContain('No code for 1 cell:\n  row 7: C7 holds =IF(B7>5,"X",""): the result would be written over the formula');
      expect((sheet.getCell("C7").value as ExcelJS.CellFormulaValue).formula).toBe('IF(B7>5,"X","")');
    });
  });

  test("--rows limits it to the rows without codes among them; --json lists every code", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["generate-codes", "stock.xlsx", "--rows", "4-5", "--out", "some.xlsx", "--json"], run.io)).toBe(0);
    const result = JSON.parse(run.stdout());
    expect(result.changes).toEqual([{ address: "C5", before: "", after: "ITEM-0008", rule: "codes-missing" }]);
    expect(result.refused).toEqual([]);
    const sheet = (await readBack(tmp.file("some.xlsx"))).getWorksheet("Stock") as ExcelJS.Worksheet;
    expect(sheet.getCell("C3").value).toBeNull();
    expect(sheet.getCell("C5").value).toBe("ITEM-0008");
  });

  test("a .json input is written as a new workbook with the codes", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["generate-codes", "stock.json", "--out", "json.xlsx", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout()).changes.map((c: { after: string }) => c.after)).toEqual(["ITEM-0042", "ITEM-0043"]);
    const sheet = (await readBack(tmp.file("json.xlsx"))).worksheets[0];
    expect(sheet.getCell("C3").value).toBe("ITEM-0042");
    expect(sheet.getCell("C4").value).toBe("ITEM-0043");
  });

  test("no row without codes: exit 0, nothing written", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["generate-codes", "stock.xlsx", "--rows", "2", "--out", "none.xlsx"], run.io)).toBe(0);
    expect(run.stdout()).toBe("Stock in stock.xlsx:\nNothing changed: no row without codes; none.xlsx was not written.\n");
    expect(existsSync(tmp.file("none.xlsx"))).toBe(false);
  });

  test("no inventory table: the check's reason, exit 1, nothing written", async () => {
    writeFileSync(tmp.file("plain.json"), JSON.stringify([["Hello", "World"], ["a", "b"]]));
    const run = captureIO(tmp.dir);
    expect(await main(["generate-codes", "plain.json", "--out", "plain.xlsx"], run.io)).toBe(1);
    expect(run.stdout()).toMatch(/^plain\.json:\n.+\nNothing changed; plain\.xlsx was not written\.\n$/);
    expect(existsSync(tmp.file("plain.xlsx"))).toBe(false);
  });

  test.each([
    [["generate-codes", "stock.xlsx"], "generate-codes needs --out OUT.xlsx (the input is never changed)"],
    [["generate-codes", "stock.xlsx", "--rule", "codes-space", "--out", "x.xlsx"], "generate-codes does not take --rule"],
  ])("%j is bad usage: exit 2", async (argv, message) => {
    const run = captureIO(tmp.dir);
    expect(await main(argv, run.io)).toBe(2);
    expect(run.stderr()).toContain(message);
  });

  test("--help says what it does", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["generate-codes", "--help"], run.io)).toBe(0);
    expect(run.stdout()).toContain("inventory-rows generate-codes FILE [--rows ROWS] --out OUT.xlsx [options]");
    expect(run.stdout()).toContain("Rows that get no code are listed and give exit code 1.");
  });
});
