import { existsSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIO, readBack, tempDir, writeStockWorkbook } from "./support/workbooks";

describe("inventory-rows serialize and aggregate", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(async () => {
    await writeStockWorkbook(tmp.file("stock.xlsx"));
  });

  const column = (sheet: ExcelJS.Worksheet, c: number, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => sheet.getRow(from + i).getCell(c).value);

  describe("serialize --rows 4-7", () => {
    let stock: ExcelJS.Worksheet;
    let book: ExcelJS.Workbook;
    let stdout: string;
    beforeAll(async () => {
      const run = captureIO(tmp.dir);
      expect(await main(["serialize", "stock.xlsx", "--rows", "4-7", "--out", "ser.xlsx"], run.io)).toBe(0);
      stdout = run.stdout();
      book = await readBack(tmp.file("ser.xlsx"));
      stock = book.getWorksheet("Stock") as ExcelJS.Worksheet;
    });

    test("says what it did with each row", () => {
      expect(stdout).toContain("Serialized 2 groups (3 rows added):\n  row 4: 1 row → 3 rows\n  row 6: 1 row → 2 rows");
      expect(stdout).toContain("Skipped 2:\n  rows 5, 7: already serialized (quantity 1)\n");
      expect(stdout).toContain("Wrote ser.xlsx.");
    });

    test("each pool becomes unit rows in place, with one code each, written as text", () => {
      expect(column(stock, 2, 4, 10)).toEqual([1, 1, 1, 1, 1, 1, 1]);
      expect(column(stock, 3, 4, 10)).toEqual(["POLE-01", "POLE-02", "POLE-03", "00123", "H1", "H2", "VIN-9"]);
      for (let r = 4; r <= 10; r++) expect(stock.getCell(r, 3).numFmt).toBe("@");
      expect(stock.getCell("C7").type).toBe(ExcelJS.ValueType.String);
      expect(stock.getCell("D7").value).toBe("=1+1");
    });

    test("income and expense are split to the cent and keep their total", () => {
      expect(column(stock, 5, 4, 6)).toEqual([40.17, 40.17, 40.16]);
      expect(column(stock, 6, 4, 6)).toEqual([3.34, 3.33, 3.33]);
      expect(stock.getCell("E5").numFmt).toBe('"$"#,##0.00');
    });

    test("formulas in the copies point at their own row; formulas elsewhere follow the moved rows", () => {
      expect(column(stock, 7, 4, 6).map((v) => (v as ExcelJS.CellFormulaValue).formula)).toEqual(["E4*2", "E5*2", "E6*2"]);
      expect((stock.getCell("G10").value as ExcelJS.CellFormulaValue).formula).toBe("E10*2");
      expect((book.getWorksheet("Notes")?.getCell("B1").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(Stock!E4:E10)");
    });

    test("the input is untouched", async () => {
      const input = await readBack(tmp.file("stock.xlsx"));
      expect(input.getWorksheet("Stock")?.getCell("B4").value).toBe(3);
    });

    test("aggregate gives the original rows back", async () => {
      const run = captureIO(tmp.dir);
      expect(await main(["aggregate", "ser.xlsx", "--rows", "4-6,8-9", "--out", "agg.xlsx"], run.io)).toBe(0);
      expect(run.stdout()).toContain("Merged 2 groups (3 rows removed):\n  rows 4-6 → 1 row\n  rows 8-9 → 1 row");
      const agg = await readBack(tmp.file("agg.xlsx"));
      const sheet = agg.getWorksheet("Stock") as ExcelJS.Worksheet;
      expect(column(sheet, 2, 4, 7)).toEqual([3, 1, 2, 1]);
      expect(column(sheet, 3, 4, 7)).toEqual(["POLE-01, POLE-02, POLE-03", "00123", "H1, H2", "VIN-9"]);
      expect(column(sheet, 5, 4, 7)).toEqual([120.5, 99.99, 10.01, 500]);
      expect((agg.getWorksheet("Notes")?.getCell("B1").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(Stock!E4:E7)");
      expect(sheet.getCell("C8").value).toBeNull();
    });
  });

  test("refused rows are listed with their reason, exit 1, and nothing is written when nothing changed", async () => {
    writeFileSync(tmp.file("bad.csv"), "Qty,Codes,Income\n2,\"A,B,C\",10\n2.5,X,1\n");
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "bad.csv", "--rows", "2-3", "--out", "bad-out.xlsx"], run.io)).toBe(1);
    expect(run.stdout()).toMatch(/Refused 2:\n {2}row 2: .*3 codes for quantity 2.*\n {2}row 3: /);
    expect(run.stdout()).toContain("Nothing changed; bad-out.xlsx was not written.");
    expect(existsSync(tmp.file("bad-out.xlsx"))).toBe(false);
  });

  test("--rows naming rows outside what was read is a usage error that names them in Excel's numbers, nothing written", async () => {
    // Stock: title in row 1, header in row 3, records in rows 4-7.
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "stock.xlsx", "--rows", "4,8-9,40", "--out", "outside.xlsx"], run.io)).toBe(2);
    expect(run.stderr()).toBe("inventory-rows: --rows: rows 8-9, 40 are outside the rows read from Stock in stock.xlsx (1-7)\n");
    const table = captureIO(tmp.dir);
    writeFileSync(tmp.file("late.json"), JSON.stringify([["Qty", "Codes"], [2, "L-1"]]));
    expect(await main(["aggregate", "late.json", "--rows", "2-3", "--out", "outside.xlsx"], table.io)).toBe(2);
    expect(table.stderr()).toBe("inventory-rows: --rows: row 3 is outside the rows read from late.json (1-2)\n");
    expect(existsSync(tmp.file("outside.xlsx"))).toBe(false);
  });

  test("long lists stop after 50 rows; a refused merge names the differing columns once", async () => {
    const units = Array.from({ length: 60 }, (_, i) => `1,U-${i}`).join("\n");
    writeFileSync(tmp.file("units.csv"), `Qty,Codes,Name\n2,P-1,Pole\n${units}\n`);
    const ser = captureIO(tmp.dir);
    expect(await main(["serialize", "units.csv", "--rows", "2-62", "--out", "units-out.xlsx"], ser.io)).toBe(0);
    expect(ser.stdout()).toContain("Serialized 1 group (1 row added):\n  row 2: 1 row → 2 rows\n");
    // 60 rows skipped for one reason are one line.
    expect(ser.stdout()).toContain("Skipped 60:\n  rows 3-62: already serialized (quantity 1)\nWrote units-out.xlsx.");

    writeFileSync(tmp.file("pair.csv"), "Qty,Codes,Name\n1,A-1,Pole\n1,A-2,Helmet\n");
    const agg = captureIO(tmp.dir);
    expect(await main(["aggregate", "pair.csv", "--rows", "2-3", "--out", "pair-out.xlsx"], agg.io)).toBe(1);
    expect(agg.stdout()).toContain("Refused 2:\n  row 2: row 2 differs from row 3 in Name: merging would lose it\n");
  });

  test("--json reports the plan with Excel row numbers", async () => {
    writeFileSync(tmp.file("pool.json"), JSON.stringify([["Title"], [], ["Qty", "Codes", "Income"], [3, "S-1", 10]]));
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "pool.json", "--rows", "4", "--out", "pool.xlsx", "--json"], run.io)).toBe(0);
    const json = JSON.parse(run.stdout());
    expect(json.replacements[0].excelRow).toBe(4);
    expect(json.replacements[0].rows.map((r: unknown[]) => r[1])).toEqual(["S-1", "S-2", "S-3"]);
    expect(json.rowsAdded).toBe(2);
    const sheet = (await readBack(tmp.file("pool.xlsx"))).getWorksheet("pool") as ExcelJS.Worksheet;
    expect(column(sheet, 3, 4, 6)).toEqual([3.34, 3.33, 3.33]);
  });

  test("a total whose range ends at the serialized row still adds up every cent of it, named ranges included", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(["Qty", "Codes", "Income"]);
    ws.addRow([1, "A", 10]);
    ws.addRow([3, "B", 20]);
    wb.addWorksheet("Totals").getCell("A1").value = { formula: "SUM(S!C2:C3)", result: 30 } as ExcelJS.CellFormulaValue;
    wb.definedNames.add("S!$C$2:$C$3", "Income");
    // A running total inside the rows: the serialized row's own formula is copied, not grown.
    ws.getCell("D2").value = { formula: "SUM($C$2:C2)", result: 10 } as ExcelJS.CellFormulaValue;
    ws.getCell("D3").value = { formula: "SUM($C$2:C3)", result: 30 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(tmp.file("total.xlsx"));
    expect(await main(["serialize", "total.xlsx", "--rows", "3", "--out", "total-out.xlsx"], captureIO(tmp.dir).io)).toBe(0);
    const out = await readBack(tmp.file("total-out.xlsx"));
    expect(column(out.getWorksheet("S") as ExcelJS.Worksheet, 3, 2, 5)).toEqual([10, 6.67, 6.67, 6.66]);
    expect((out.getWorksheet("Totals")?.getCell("A1").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(S!C2:C5)");
    const running = column(out.getWorksheet("S") as ExcelJS.Worksheet, 4, 2, 5).map((v) => (v as ExcelJS.CellFormulaValue).formula);
    expect(running).toEqual(["SUM($C$2:C2)", "SUM($C$2:C3)", "SUM($C$2:C4)", "SUM($C$2:C5)"]);
    // A named range over the column follows too (SUM(Income) keeps the total).
    expect(out.definedNames.model).toEqual([{ name: "Income", ranges: ["S!$C$2:$C$5"] }]);
    expect(await main(["aggregate", "total-out.xlsx", "--rows", "3-5", "--out", "total-back.xlsx"], captureIO(tmp.dir).io)).toBe(0);
    const back = await readBack(tmp.file("total-back.xlsx"));
    expect(back.definedNames.model).toEqual([{ name: "Income", ranges: ["S!$C$2:$C$3"] }]);
    expect((back.getWorksheet("Totals")?.getCell("A1").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(S!C2:C3)");
  });

  test("an Excel table around the rows grows with the new rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Items");
    ws.addTable({
      name: "Items",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Qty" }, { name: "Codes" }],
      rows: [
        [2, "K-1"],
        [1, "K-9"],
      ],
    });
    await wb.xlsx.writeFile(tmp.file("table.xlsx"));
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "table.xlsx", "--rows", "2", "--out", "table-out.xlsx"], run.io)).toBe(0);
    const out = await readBack(tmp.file("table-out.xlsx"));
    const sheet = out.getWorksheet("Items") as ExcelJS.Worksheet;
    expect(column(sheet, 2, 2, 4)).toEqual(["K-1", "K-2", "K-9"]);
    const tables = sheet.getTables() as unknown as { table: { tableRef?: string; ref?: string } }[];
    expect(tables[0].table.tableRef ?? tables[0].table.ref).toBe("A1:B4");
  });
});

describe("serialize writes only the cells the plan changes, text as text", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("unchanged text cells keep their own format; the codes written are @ text even where the column was General", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(["Qty", "Codes", "Name", "Size"]);
    ws.addRow([3, "K-1", "Kayak", "00042"]);
    ws.getCell("C2").numFmt = '[Blue]@" (name)"';
    ws.getCell("D2").numFmt = "0";
    await wb.xlsx.writeFile(tmp.file("formats.xlsx"));

    expect(await main(["serialize", "formats.xlsx", "--rows", "2", "--out", "formats-out.xlsx"], captureIO(tmp.dir).io)).toBe(0);
    const sheet = (await readBack(tmp.file("formats-out.xlsx"))).getWorksheet("S") as ExcelJS.Worksheet;
    expect(column(sheet, 2, 2, 4)).toEqual(["K-1", "K-2", "K-3"]);
    expect([2, 3, 4].map((r) => sheet.getCell(r, 2).numFmt)).toEqual([undefined, "@", "@"]);
    expect([3, 4].map((r) => sheet.getCell(r, 2).type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    // Name and Size equal the row's own values in every unit: never written, so never reformatted.
    expect([2, 3, 4].map((r) => sheet.getCell(r, 3).numFmt)).toEqual(Array(3).fill('[Blue]@" (name)"'));
    expect([2, 3, 4].map((r) => sheet.getCell(r, 4).numFmt)).toEqual(["0", "0", "0"]);
    expect(column(sheet, 4, 2, 4)).toEqual(["00042", "00042", "00042"]);
  });
});

describe("an Excel table (ListObject) is the inventory", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("check reads the table, not the notes around it or its totals row; serialize grows it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "Stock, December";
    ws.addTable({
      name: "Stock",
      ref: "B3",
      headerRow: true,
      totalsRow: true,
      columns: [{ name: "Qty", totalsRowFunction: "sum", totalsRowResult: 3 } as ExcelJS.TableColumnProperties, { name: "Codes" }],
      rows: [
        [2, "T-1"],
        [1, "T-9"],
      ],
    });
    ws.getCell("B10").value = "checked by Sam";
    ws.getCell("E4").value = "a note beside the table";
    await wb.xlsx.writeFile(tmp.file("listobject.xlsx"));

    const run = captureIO(tmp.dir);
    expect(await main(["check", "listobject.xlsx", "--json"], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect(report.origin).toBe("B3");
    expect(report.rows).toMatchObject({ data: 2, valid: 2, units: 3 });

    const above = captureIO(tmp.dir);
    expect(await main(["serialize", "listobject.xlsx", "--rows", "2", "--out", "above.xlsx"], above.io)).toBe(2);
    expect(above.stderr()).toBe("inventory-rows: --rows: row 2 is outside the rows read from S in listobject.xlsx (3-5)\n");
    expect(await main(["serialize", "listobject.xlsx", "--rows", "4", "--out", "listobject-out.xlsx"], captureIO(tmp.dir).io)).toBe(0);
    const sheet = (await readBack(tmp.file("listobject-out.xlsx"))).getWorksheet("S") as ExcelJS.Worksheet;
    expect(column(sheet, 3, 4, 6)).toEqual(["T-1", "T-2", "T-9"]);
    expect(sheet.getCell("B11").value).toBe("checked by Sam");
    expect([sheet.getCell("E4").value, sheet.getCell("E5").value]).toEqual(["a note beside the table", null]);
    const tables = sheet.getTables() as unknown as { table: { tableRef: string } }[];
    expect(tables[0].table.tableRef).toBe("B3:C7");
  });
});

describe("Excel's last row counts what lies below an Excel table", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("serialize is refused when the rows it adds would push a note under the table past row 1,048,576", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addTable({ name: "Stock", ref: "A1", headerRow: true, columns: [{ name: "Qty" }, { name: "Codes" }], rows: [[3, "N-1"]] });
    ws.getCell("A1048575").value = "last note";
    await wb.xlsx.writeFile(tmp.file("deep.xlsx"));
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "deep.xlsx", "--rows", "2", "--out", "deep-out.xlsx"], run.io)).toBe(1);
    expect(run.stdout()).toContain(
      "Refused 1:\n  row 2: serializing needs 2 new rows and the sheet would end at row 1,048,577, past Excel's limit of 1,048,576\n",
    );
    expect(existsSync(tmp.file("deep-out.xlsx"))).toBe(false);
  });
});

describe("sheet features follow the rows", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("merged ranges, dropdown validation, conditional formats, notes, hidden rows and the AutoFilter move with inserted and deleted rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(["Qty", "Codes", "Category"]);
    ws.addRow([3, "A-1", "Skis"]);
    ws.addRow([1, "B-1", "Boots"]);
    for (let r = 2; r <= 3; r++) ws.getCell(`C${r}`).dataValidation = { type: "list", allowBlank: true, formulae: ['"Skis,Boots"'] };
    ws.getCell("A6").value = "Note spanning two rows";
    ws.mergeCells("A6:C7");
    ws.addConditionalFormatting({ ref: "A2:A3", rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["1"], priority: 1 }] });
    ws.getCell("C3").note = "left boot scuffed";
    ws.getRow(3).hidden = true;
    ws.autoFilter = "A1:C3";
    await wb.xlsx.writeFile(tmp.file("extras.xlsx"));

    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "extras.xlsx", "--rows", "2", "--out", "extras-ser.xlsx"], run.io)).toBe(0);
    const ser = (await readBack(tmp.file("extras-ser.xlsx"))).getWorksheet("S") as ExcelJS.Worksheet;
    expect(column(ser, 2, 2, 5)).toEqual(["A-1", "A-2", "A-3", "B-1"]);
    expect(ser.getCell("C4").dataValidation).toMatchObject({ type: "list" });
    expect(ser.getCell("C5").dataValidation).toMatchObject({ type: "list" });
    expect(ser.getCell("A8").value).toBe("Note spanning two rows");
    expect(ser.getCell("C9").isMerged).toBe(true);
    expect(ser.getCell("A6").isMerged).toBe(false);
    const formats = (ser as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(formats.map((f) => f.ref)).toEqual(["A2:A5"]);
    // The note stays with the Boots record, not with the row number it had.
    expect([3, 4, 5].map((r) => ser.getCell(`C${r}`).note)).toEqual([undefined, undefined, "left boot scuffed"]);
    expect([3, 4, 5].map((r) => ser.getRow(r).hidden)).toEqual([false, false, true]);
    expect(ser.autoFilter).toBe("A1:C5");

    const back = captureIO(tmp.dir);
    expect(await main(["aggregate", "extras-ser.xlsx", "--rows", "2-4", "--out", "extras-agg.xlsx"], back.io)).toBe(0);
    const agg = (await readBack(tmp.file("extras-agg.xlsx"))).getWorksheet("S") as ExcelJS.Worksheet;
    expect(agg.getCell("A6").value).toBe("Note spanning two rows");
    expect(agg.getCell("C7").isMerged).toBe(true);
    expect(agg.getCell("C3").dataValidation).toMatchObject({ type: "list" });
    expect(agg.getCell("C4").dataValidation).toBeUndefined();
    expect([3, 5].map((r) => agg.getCell(`C${r}`).note)).toEqual(["left boot scuffed", undefined]);
    expect([3, 4, 5].map((r) => agg.getRow(r).hidden)).toEqual([true, false, false]);
    expect(agg.autoFilter).toBe("A1:C3");
    expect((agg as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((f) => f.ref)).toEqual(["A2:A3"]);
  });
});

function column(sheet: ExcelJS.Worksheet, c: number, from: number, to: number) {
  return Array.from({ length: to - from + 1 }, (_, i) => sheet.getRow(from + i).getCell(c).value);
}

describe("refusals for one reason are one line per run of rows", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("3,000 rows refused for the same header problem print as `rows 2-3001`, --json keeps one entry per row", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `2,2,P-${i}`).join("\n");
    writeFileSync(tmp.file("twice.csv"), `Qty,Qty,Codes\n${rows}\n`);
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "twice.csv", "--rows", "2-3001", "--out", "twice-out.xlsx"], run.io)).toBe(1);
    expect(run.stdout()).toBe(
      "twice.csv:\nRefused 3,000:\n" +
        '  rows 2-3001: the table has a header problem: B1: "Qty" (B1) and "Qty" (A1) both look like the quantity column; rename one of the two headers\n' +
        "Nothing changed; twice-out.xlsx was not written.\n",
    );
    const json = captureIO(tmp.dir);
    expect(await main(["serialize", "twice.csv", "--rows", "2-3001", "--out", "twice-out.xlsx", "--json"], json.io)).toBe(1);
    const refused = JSON.parse(json.stdout()).refused as { excelRow: number }[];
    expect(refused.map((r) => r.excelRow)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 2));
  });

  test("runs break where the reason changes; rows of one run need not be adjacent", async () => {
    writeFileSync(tmp.file("mixed.csv"), "Qty,Codes\n2.5,A\n2.5,B\n1,C\n1,D\n2,E\n1,F\n");
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "mixed.csv", "--rows", "2-7", "--out", "mixed-out.xlsx"], run.io)).toBe(1);
    expect(run.stdout()).toContain(
      "Skipped 3:\n  rows 4-5, 7: already serialized (quantity 1)\n" +
        "Refused 2:\n  row 2: the row has an error: A2: quantity 2.5 is not a whole number\n  row 3: the row has an error: A3: quantity 2.5 is not a whole number\n",
    );
  });
});

test("the serialize report groups its counts: 1 row → 3,000 rows", async () => {
  const tmp = tempDir();
  try {
    writeFileSync(tmp.file("big-pool.csv"), "Qty,Codes\n3000,BIG-0001\n");
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "big-pool.csv", "--rows", "2", "--out", "big-units.xlsx"], run.io)).toBe(0);
    expect(run.stdout()).toContain("Serialized 1 group (2,999 rows added):\n  row 2: 1 row → 3,000 rows\n");
  } finally {
    tmp.cleanup();
  }
});

test("aggregate of cars that each carry a VIN and a plate exits 1, says why, and writes no --out file", async () => {
  const tmp = tempDir();
  try {
    writeFileSync(tmp.file("cars.csv"), "Qty,Codes,Model\n1,\"VIN1, PLATE1\",Car\n1,\"VIN2, PLATE2\",Car\n");
    const run = captureIO(tmp.dir);
    expect(await main(["aggregate", "cars.csv", "--rows", "2-3", "--out", "cars-out.xlsx"], run.io)).toBe(1);
    expect(run.stdout()).toContain("2 rows (2, 3) are units with more than one code each: a pooled row could not say which codes belong to which unit");
    expect(existsSync(tmp.file("cars-out.xlsx"))).toBe(false);
  } finally {
    tmp.cleanup();
  }
});

describe("numbers Excel would change survive a CSV → workbook trip", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const cells = (sheet: ExcelJS.Worksheet, row: number, columns: number) =>
    Array.from({ length: columns }, (_, c) => [sheet.getRow(row).getCell(c + 1).value, sheet.getRow(row).getCell(c + 1).numFmt]);

  test("serialize writes the file's text, as @ text, in every unit row; amounts and dates stay numbers", async () => {
    writeFileSync(
      tmp.file("zoho.csv"),
      "Item ID,SKU,Qty,Codes,Income,Size,Bought\n1526770000002969435,099205,2,\"P-1,P-2\",$10.00,3-4,2024-01-01\n",
    );
    expect(await main(["serialize", "zoho.csv", "--rows", "2", "--out", "zoho-units.xlsx"], captureIO(tmp.dir).io)).toBe(0);
    const sheet = (await readBack(tmp.file("zoho-units.xlsx"))).getWorksheet("zoho") as ExcelJS.Worksheet;
    for (const row of [2, 3]) {
      expect(cells(sheet, row, 7)).toEqual([
        ["1526770000002969435", "@"],
        ["099205", "@"],
        [1, undefined],
        [row === 2 ? "P-1" : "P-2", "@"],
        [5, '"$"#,##0.00'],
        ["3-4", "@"],
        [new Date(Date.UTC(2024, 0, 1)), "m/d/yyyy"],
      ]);
    }
  });

  test("aggregate sees rows that differ only past the 15th digit and refuses to merge them; equal rows merge and keep their text", async () => {
    writeFileSync(
      tmp.file("ids.csv"),
      "Item ID,Qty,Codes\n1526770000002969435,1,A-1\n1526770000002969436,1,A-2\n0042,1,B-1\n0042,1,B-2\n",
    );
    const run = captureIO(tmp.dir);
    expect(await main(["aggregate", "ids.csv", "--rows", "2-5", "--out", "ids-out.xlsx"], run.io)).toBe(1);
    expect(run.stdout()).toContain("row 2: row 2 differs from row 3 in Item ID: merging would lose it");
    expect(run.stdout()).toContain("Merged 1 group (1 row removed):\n  rows 4-5 → 1 row");
    const sheet = (await readBack(tmp.file("ids-out.xlsx"))).getWorksheet("ids") as ExcelJS.Worksheet;
    expect([2, 3, 4].map((r) => cells(sheet, r, 3))).toEqual([
      [["1526770000002969435", "@"], [1, undefined], ["A-1", "@"]],
      [["1526770000002969436", "@"], [1, undefined], ["A-2", "@"]],
      [["0042", "@"], [2, undefined], ["B-1, B-2", "@"]],
    ]);
  });

  test("--excel-reading off writes every cell as the file has it: only plain numbers are numbers", async () => {
    writeFileSync(tmp.file("verbatim.csv"), "Qty,Codes,Income,Size\n2,\"V-1,V-2\",10.00,1/2\n");
    expect(await main(["serialize", "verbatim.csv", "--rows", "2", "--out", "verbatim-out.xlsx", "--excel-reading", "off"], captureIO(tmp.dir).io)).toBe(0);
    const sheet = (await readBack(tmp.file("verbatim-out.xlsx"))).getWorksheet("verbatim") as ExcelJS.Worksheet;
    expect(cells(sheet, 3, 4)).toEqual([[1, undefined], ["V-2", "@"], [5, undefined], ["1/2", "@"]]);
  });
});

