import { writeFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { SUMMARY_HEADERS } from "../../src/core";
import { captureIO, readBack, tempDir, writeStockWorkbook } from "./support/workbooks";
import path from "node:path";

const fixtures = path.join(__dirname, "..", "fixtures", "cli");

describe("inventory-rows summary", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(async () => {
    await writeStockWorkbook(tmp.file("stock.xlsx"));
  });

  test("prints an aligned table with a totals row", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "stock.xlsx"], run.io)).toBe(0);
    const lines = run.stdout().split("\n");
    expect(lines[0]).toBe("Stock in stock.xlsx: 4 rows counted");
    const header = lines[2];
    expect(header).toMatch(/^Category\s+Income\s+Expense\s+Net\s+Margin\s+Records\s+Serialized records/);
    const incomeEnd = header.indexOf("Income") + "Income".length;
    const body = lines.slice(4).filter((l) => /^\S/.test(l) && !l.startsWith("-"));
    expect(body.map((l) => l.split(/\s{2,}/)[0])).toEqual(["=1+1", "Cars", "Helmets", "Skis", "Total"]);
    // Numbers are right-aligned under their heading.
    for (const line of body) expect(line[incomeEnd - 1]).toMatch(/\d/);
    expect(body[4]).toMatch(/^Total\s+730\.50\s+131\.25\s+599\.25\s+82\.0%\s+4\s+2\s+2\s+7\s+104\.36$/);
  });

  test("with errors, it names the check command to paste: same file, sheet and mapping, quoted for the shell", async () => {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(tmp.file("my stock.csv"), "Pieces,Model Number\n2,A1\n2.5,B1\n");
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "my stock.csv", "--map", "quantity=Pieces", "--map", "codes=Model Number", "--sheet", "my stock"], run.io)).toBe(1);
    expect(run.stdout()).toContain(
      "1 error found (header in row 1); run inventory-rows check 'my stock.csv' --sheet 'my stock' --map quantity=Pieces --map 'codes=Model Number' to see them.",
    );
  });

  test("--json gives the engine's summary", async () => {
    const run = captureIO(fixtures);
    expect(await main(["summary", "inventory.json", "--json"], run.io)).toBe(0);
    const json = JSON.parse(run.stdout());
    expect(json.totals).toMatchObject({ records: 4, units: 7, income: 730.49, expense: 131.25 });
    expect(json.categories.map((c: { category: string }) => c.category)).toEqual(["=1+1", "Cars", "Helmets", "Skis"]);
  });

  describe("--out writes the summary sheet into a copy of the workbook", () => {
    let book: ExcelJS.Workbook;
    let sheet: ExcelJS.Worksheet;
    beforeAll(async () => {
      const run = captureIO(tmp.dir);
      expect(await main(["summary", "stock.xlsx", "--out", "summary.xlsx"], run.io)).toBe(0);
      expect(run.stdout()).toContain('Wrote summary.xlsx (sheet "Inventory summary").');
      book = await readBack(tmp.file("summary.xlsx"));
      sheet = book.getWorksheet("Inventory summary") as ExcelJS.Worksheet;
    });

    test("the other sheets and their formulas are kept", () => {
      expect(book.worksheets.map((ws) => ws.name)).toEqual(["Notes", "Stock", "Inventory summary"]);
      expect(book.getWorksheet("Notes")?.getCell("B1").value).toMatchObject({ formula: "SUM(Stock!E4:E7)" });
      expect(book.getWorksheet("Stock")?.getCell("G4").value).toMatchObject({ formula: "E4*2" });
    });

    test("title, source, counts and time, labelled as the add-in labels them", () => {
      expect(sheet.getCell("A1").value).toBe("Inventory summary");
      expect([2, 3, 4, 5].map((r) => sheet.getCell(`A${r}`).value)).toEqual(["Source sheet", "Rows counted", "Rows excluded (errors)", "Created"]);
      expect(sheet.getCell("B2").value).toBe("Stock");
      expect(sheet.getCell("B3").value).toBe(4);
      expect(sheet.getCell("B4").value).toBe(0);
      expect((sheet.getCell("B5").value as Date).toISOString()).toBe("2026-11-27T09:30:00.000Z");
    });

    test("a table with the summary columns; categories are text cells, `=1+1` is never a formula", () => {
      expect(sheet.getRow(7).values).toEqual([undefined, ...SUMMARY_HEADERS]);
      expect(sheet.getCell("A8").value).toBe("=1+1");
      expect(sheet.getCell("A8").type).toBe(3 /* ValueType.String */);
      expect(sheet.getCell("A8").numFmt).toBe("@");
      expect(sheet.getCell("A11").value).toBe("Skis");
      const tables = sheet.getTables() as unknown as { table: { name: string; totalsRow: boolean } }[];
      expect(tables.map((t) => t.table.name)).toEqual(["InventorySummary"]);
    });

    test("the totals row holds the engine's exact totals as values, in the table's totals row", () => {
      const totals = (column: string) => sheet.getCell(`${column}12`).value;
      expect(["A", "B", "C", "D", "F", "G", "H", "I"].map(totals)).toEqual(["Total", 730.5, 131.25, 599.25, 4, 2, 2, 7]);
      expect(totals("E") as number).toBeCloseTo(599.25 / 730.5, 12);
      expect(totals("J") as number).toBeCloseTo(730.5 / 7, 12);
      const tables = sheet.getTables() as unknown as { table: { totalsRow: boolean; tableRef: string } }[];
      expect(tables[0].table).toMatchObject({ totalsRow: true, tableRef: "A7:J12" });
    });

    test("money keeps the source column's format, margin is a percentage", () => {
      expect(sheet.getCell("B8").numFmt).toBe('"$"#,##0.00');
      expect(sheet.getCell("B12").numFmt).toBe('"$"#,##0.00');
      expect(sheet.getCell("E8").numFmt).toBe("0.0%");
      expect(sheet.getCell("F8").numFmt).toBe("#,##0");
    });

    test("running it again on its own output replaces its sheet instead of adding one", async () => {
      const run = captureIO(tmp.dir);
      expect(await main(["summary", "summary.xlsx", "--sheet", "Stock", "--out", "again.xlsx"], run.io)).toBe(0);
      const again = await readBack(tmp.file("again.xlsx"));
      expect(again.worksheets.map((ws) => ws.name)).toEqual(["Notes", "Stock", "Inventory summary"]);
    });
  });

  test("a user's own sheet called Inventory summary is never touched: the report goes to (2)", async () => {
    const { default: ExcelJSModule } = await import("exceljs");
    const wb = new ExcelJSModule.Workbook();
    await wb.xlsx.readFile(tmp.file("stock.xlsx"));
    wb.addWorksheet("Inventory summary").getCell("A1").value = "my notes";
    await wb.xlsx.writeFile(tmp.file("mine.xlsx"));
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "mine.xlsx", "--sheet", "Stock", "--out", "mine-out.xlsx"], run.io)).toBe(0);
    const out = await readBack(tmp.file("mine-out.xlsx"));
    expect(out.getWorksheet("Inventory summary")?.getCell("A1").value).toBe("my notes");
    expect(out.getWorksheet("Inventory summary (2)")?.getCell("A1").value).toBe("Inventory summary");
  });

  test("the report's sheet is numbered as the add-in numbers it; when every name up to (20) is the user's, nothing is written", async () => {
    const { default: ExcelJSModule } = await import("exceljs");
    const wb = new ExcelJSModule.Workbook();
    await wb.xlsx.readFile(tmp.file("stock.xlsx"));
    wb.addWorksheet("Inventory summary").getCell("A1").value = "my notes";
    for (let n = 2; n <= 20; n++) wb.addWorksheet(`Inventory summary (${n})`).getCell("A1").value = `mine ${n}`;
    await wb.xlsx.writeFile(tmp.file("full.xlsx"));
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "full.xlsx", "--sheet", "Stock", "--out", "full-out.xlsx"], run.io)).toBe(2);
    expect(run.stderr()).toBe(
      'inventory-rows: every sheet name from "Inventory summary" to "Inventory summary (20)" is taken by sheets of yours; rename one\n',
    );
    const { existsSync } = await import("node:fs");
    expect(existsSync(tmp.file("full-out.xlsx"))).toBe(false);
  });

  test("a CSV input becomes a new workbook with the data sheet and the summary; rows with errors exit 1", async () => {
    const run = captureIO(tmp.dir);
    const csv = path.join(fixtures, "bom-cr.csv");
    expect(await main(["summary", csv, "--out", "from-csv.xlsx"], run.io)).toBe(1);
    expect(run.stdout()).toContain("1 row with errors excluded");
    const out = await readBack(tmp.file("from-csv.xlsx"));
    expect(out.worksheets.map((ws) => ws.name)).toEqual(["bom-cr", "Inventory summary"]);
    expect(out.getWorksheet("bom-cr")?.getCell("C4").value).toBe("POLE-1,\nPOLE-2");
    expect(out.getWorksheet("Inventory summary")?.getCell("B10").value).toBe(1300.49);
  });

  test("a margin without income is an empty cell in the written table, not an empty text", async () => {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(tmp.file("free.csv"), "Qty,Codes,Category,Income,Expense\n1,F-1,Loaners,0,12\n");
    expect(await main(["summary", "free.csv", "--out", "free.xlsx"], captureIO(tmp.dir).io)).toBe(0);
    const sheet = (await readBack(tmp.file("free.xlsx"))).getWorksheet("Inventory summary") as ExcelJS.Worksheet;
    expect(sheet.getCell("A8").value).toBe("Loaners");
    expect(sheet.getCell("E8").value).toBeNull();
    expect(sheet.getCell("E8").type).toBe(0 /* ValueType.Null */);
  });
});

describe("numbers in the printed summary", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("a margin that rounds to zero has no sign; real losses keep theirs; percentages are grouped", async () => {
    writeFileSync(
      tmp.file("margins.csv"),
      "Qty,Codes,Category,Income,Expense\n1,A,Almost even,10000,10004\n1,B,Loss,100,150\n1,C,Refunds,1,-1000\n",
    );
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "margins.csv"], run.io)).toBe(0);
    const margins = Object.fromEntries(
      run.stdout().split("\n").filter((l) => /^(Almost even|Loss|Refunds|Total)\s/.test(l)).map((l) => {
        const cells = l.split(/\s{2,}/);
        return [cells[0], cells[4]];
      }),
    );
    // -0.0004 is -0.04%: shown with one decimal it is 0.0%, never -0.0%.
    expect(margins).toEqual({ "Almost even": "0.0%", Loss: "-50.0%", Refunds: "100,100.0%", Total: "9.4%" });
  });
});

describe("summary of a CSV", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("--out keeps what Excel would change as the file's text; the totals are those of the sheet written", async () => {
    writeFileSync(tmp.file("ids.csv"), "Item ID,SKU,Qty,Codes,Category,Income\n1526770000002969435,099205,1,A-1,1-2,5\n1526770000002969436,099206,2,\"A-2,A-3\",1-2,7\n");
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "ids.csv", "--out", "ids-summary.xlsx"], run.io)).toBe(0);
    const book = await readBack(tmp.file("ids-summary.xlsx"));
    const data = book.getWorksheet("ids") as ExcelJS.Worksheet;
    expect(["A2", "B2", "E2", "A3", "B3"].map((a) => [data.getCell(a).value, data.getCell(a).numFmt])).toEqual([
      ["1526770000002969435", "@"],
      ["099205", "@"],
      ["1-2", "@"],
      ["1526770000002969436", "@"],
      ["099206", "@"],
    ]);
    // The category 1-2 is not Excel's date serial, in the printed table and in the sheet.
    expect(run.stdout()).toMatch(/\n1-2\s+12\.00\s/);
    expect((book.getWorksheet("Inventory summary") as ExcelJS.Worksheet).getCell("A8").value).toBe("1-2");
  });

  test("with --excel-reading off, the check command it suggests reads the file the same way", async () => {
    writeFileSync(tmp.file("off.csv"), "Qty,Codes\n2.5,A\n1,B\n");
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "off.csv", "--excel-reading", "off"], run.io)).toBe(1);
    expect(run.stdout()).toContain("run inventory-rows check off.csv --excel-reading off to see them.");
  });
});
