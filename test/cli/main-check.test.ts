import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIO, tempDir, writeStockWorkbook } from "./support/workbooks";

const fixtures = path.join(__dirname, "..", "fixtures", "cli");

describe("inventory-rows check", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("a CSV with a BOM, CR line endings and a quoted line break is read as Excel would, and its damage is reported", async () => {
    const run = captureIO(fixtures);
    const code = await main(["check", "bom-cr.csv", "--json"], run.io);
    const result = JSON.parse(run.stdout());
    expect(code).toBe(1);
    expect(result.table.headerRow).toBe(2);
    expect(result.table.headers[0]).toBe("Name");
    const byRule = (rule: string) => result.issues.filter((i: { rule: string }) => i.rule === rule);
    // 00123 became the number 123, exactly as Excel does when it opens the CSV.
    expect(byRule("codes-number").map((i: { address: string }) => i.address)).toEqual(["C5"]);
    expect(byRule("quantity-not-whole").map((i: { address: string }) => i.address)).toEqual(["B6"]);
    expect(byRule("codes-separator")).toHaveLength(0);
    expect(result.rows).toMatchObject({ data: 3, valid: 2, invalid: 1 });
    expect(run.stderr()).toBe("");
  });

  test("every issue in --json carries the address the user sees, also when the table does not start at A1", async () => {
    // The used range starts at C3 (nothing in columns A-B or rows 1-2): addresses count from there.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Offset");
    sheet.getRow(3).values = [undefined, undefined, "Qty", "Codes"];
    sheet.getRow(4).values = [undefined, undefined, 2.5, "A"];
    sheet.getRow(5).values = [undefined, undefined, 1, "A"];
    await workbook.xlsx.writeFile(tmp.file("offset.xlsx"));
    const run = captureIO(tmp.dir);
    expect(await main(["check", "offset.xlsx", "--json"], run.io)).toBe(1);
    const { issues, origin } = JSON.parse(run.stdout());
    expect(origin).toBe("C3");
    for (const issue of issues) expect(issue.message.startsWith(`${issue.address}:`)).toBe(true);
    expect(issues.map((i: { address: string }) => i.address)).toEqual(["C4", "D4", "D5"]);
  });

  test("the human report keeps the engine's whole message, advice included, and counts in the singular", async () => {
    writeFileSync(tmp.file("no-codes.csv"), "Name,QTY,Location,Order Number,Min Amount,Model Number,Notes\nPoles,2,Shelf,1,1,123,x\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "no-codes.csv"], run.io)).toBe(1);
    expect(run.stdout()).toContain(
      '    A1  no header row found in the first 20 rows: row 1 has a quantity column ("QTY", B1) but no stock-codes column; add one or choose it in the column mapping\n',
    );
    expect(run.stdout()).toContain('\nThe column mapping on the command line: --map role=Header, e.g. --map quantity=QTY --map "codes=Asset Tag".\n');
    writeFileSync(tmp.file("one.csv"), "Qty,Codes\n1,A\n");
    const one = captureIO(tmp.dir);
    expect(await main(["check", "one.csv"], one.io)).toBe(0);
    expect(one.stdout()).toContain("one.csv: header in row 1; 1 row (0 blank skipped): 1 valid, 0 invalid; 1 serialized, 0 aggregated, 1 unit\n");
  });

  test("a sheet name is printed safely: a right-to-left override in it is shown, not obeyed", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Stock\u202Exslx.ffo").addRows([["Qty", "Codes"], [1, "A"]]);
    await workbook.xlsx.writeFile(tmp.file("bidi.xlsx"));
    const run = captureIO(tmp.dir);
    expect(await main(["check", "bidi.xlsx"], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^Stock\\u202exslx\.ffo in bidi\.xlsx: header in row 1/);
  });

  test("a clean .json file exits 0", async () => {
    const run = captureIO(fixtures);
    expect(await main(["check", "inventory.json"], run.io)).toBe(0);
    expect(run.stdout()).toContain("inventory.json: header in row 1; 4 rows (1 blank skipped): 4 valid, 0 invalid");
    expect(run.stdout()).toContain("No errors.");
  });

  test("an .xlsx is checked on its active sheet with formula results, and --sheet picks another", async () => {
    const file = tmp.file("stock.xlsx");
    await writeStockWorkbook(file, { errorRow: true });
    const run = captureIO(tmp.dir);
    expect(await main(["check", "stock.xlsx"], run.io)).toBe(1);
    const text = run.stdout();
    expect(text).toContain("Stock in stock.xlsx: header in row 3; 5 rows");
    expect(text).toMatch(/1 error\n {2}Excel error value \(cell-error\): 1\n {4}C8 {2}/);
    const other = captureIO(tmp.dir);
    expect(await main(["check", "stock.xlsx", "--sheet", "Notes"], other.io)).toBe(1);
    expect(other.stdout()).toContain("no inventory table found");
  });

  test("human output groups issues by severity and rule and caps long groups", async () => {
    const file = tmp.file("many.json");
    const grid = [["Qty", "Codes"], ...Array.from({ length: 30 }, (_, i) => [-1, `C${i}`])];
    writeFileSync(file, JSON.stringify(grid));
    const run = captureIO(tmp.dir);
    expect(await main(["check", "many.json"], run.io)).toBe(1);
    const text = run.stdout();
    expect(text).toContain("30 errors\n  Quantity below 1 (quantity-below-one): 30\n    A2");
    expect(text).toContain("… and 10 more (--json lists every issue)");
    expect(text.trimEnd().endsWith("30 errors, 0 warnings.")).toBe(true);
  });

  test("--map points a role at the user's own header", async () => {
    const file = tmp.file("qty.csv");
    writeFileSync(file, "Item,Pieces,Serial number\nPoles,3,\"P1,P2,P3\"\n");
    const without = captureIO(tmp.dir);
    // Without it the sheet reads as a register (issue 13): each row one unit, said in a note.
    expect(await main(["check", "qty.csv", "--json"], without.io)).toBe(0);
    expect(JSON.parse(without.stdout())).toMatchObject({ table: { columns: { quantity: -1, codes: 2 } }, notes: [{ message: "No quantity column: each row counted as one unit." }] });
    const run = captureIO(tmp.dir);
    expect(await main(["check", "qty.csv", "--map", "quantity=pieces", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout()).table.columns).toMatchObject({ quantity: 1, codes: 2 });
  });

  test("workbook text cannot send control sequences to the terminal", async () => {
    const file = tmp.file("hostile.json");
    writeFileSync(file, JSON.stringify([["Qty", "Codes"], ["\u001b[31mred", "A"]]));
    const run = captureIO(tmp.dir);
    await main(["check", "hostile.json"], run.io);
    expect(run.stdout()).not.toContain("\u001b");
  });

  test("--progress counts the rows of a large CSV as they are read", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i % 3 + 1},C${i}`);
    writeFileSync(tmp.file("large.csv"), `Qty,Codes\n${rows.join("\n")}\n`);
    const run = captureIO(tmp.dir);
    expect(await main(["check", "large.csv", "--progress"], run.io)).toBe(0);
    expect(run.stderr()).toMatch(/reading large\.csv…\n.*25,000 rows read\n.*50,000 rows read\n.*checking 60,001 rows…/s);
  });
});

describe("check says which headers it used, or what it looked at", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("the headline names the header and column used for each role", async () => {
    await writeStockWorkbook(tmp.file("stock.xlsx"));
    const run = captureIO(tmp.dir);
    await main(["check", "stock.xlsx"], run.io);
    expect(run.stdout().split("\n")[1]).toBe(
      'Columns: quantity = "Qty" (B), codes = "Codes" (C), category = "Category" (D), name = "Name" (A), income = "Income" (E), expense = "Expense" (F)',
    );
    // Letters are the sheet's, also when the table does not start in column A.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Offset").getRow(3).values = [undefined, undefined, "Pieces", "Serial"];
    (workbook.getWorksheet("Offset") as ExcelJS.Worksheet).getRow(4).values = [undefined, undefined, 1, "S-1"];
    await workbook.xlsx.writeFile(tmp.file("offset.xlsx"));
    const offset = captureIO(tmp.dir);
    expect(await main(["check", "offset.xlsx", "--map", "quantity=pieces"], offset.io)).toBe(0);
    expect(offset.stdout()).toContain('\nColumns: quantity = "Pieces" (C), codes = "Serial" (D)\n');
  });

  test("the status, available and purchase columns are named too", async () => {
    writeFileSync(tmp.file("fleet.json"), JSON.stringify([["Name", "Qty", "Codes", "Status", "Available", "Purchase value"], ["Car", 1, "C-1", "Rented", 0, 20000]]));
    const run = captureIO(tmp.dir);
    await main(["check", "fleet.json"], run.io);
    expect(run.stdout().split("\n")[1]).toBe(
      'Columns: quantity = "Qty" (B), codes = "Codes" (C), name = "Name" (A), status = "Status" (D), available = "Available" (E), purchase = "Purchase value" (F)',
    );
  });

  test("without a header row it shows the first rows it looked at: a `;` file split on commas is one cell per row", async () => {
    writeFileSync(tmp.file("semicolons.csv"), "Stock list\n\nQty;Codes;Name\n2;A-1;Pole\n1;B-1;Helmet\n1;C-1;Boot\n1;D-1;Ski\n1;E-1;Glove\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "semicolons.csv", "--delimiter", ","], run.io)).toBe(1);
    expect(run.stdout()).toContain(
      "semicolons.csv: no inventory table found\n" +
        "The first 5 rows with content, where a header was looked for:\n" +
        "  row 1: Stock list\n  row 3: Qty;Codes;Name\n  row 4: 2;A-1;Pole\n  row 5: 1;B-1;Helmet\n  row 6: 1;C-1;Boot\n\n",
    );
  });

  test("an unknown header shows cell by cell; workbook text in those rows is made safe and cut", async () => {
    const long = "x".repeat(200);
    writeFileSync(tmp.file("unknown.json"), JSON.stringify([["Pieces", "", "Serial #", "\u001b[2J"], [2, "", "S-1", long]]));
    const run = captureIO(tmp.dir);
    expect(await main(["check", "unknown.json"], run.io)).toBe(1);
    const lines = run.stdout().split("\n");
    expect(lines.slice(0, 2)).toEqual(["unknown.json: no inventory table found", "The first 2 rows with content, where a header was looked for:"]);
    expect(lines[2]).toBe("  row 1: Pieces |  | Serial # | \\x1b[2J");
    expect(lines[3]).toBe(`  row 2: 2 |  | S-1 | ${"x".repeat(39)}…`);
    expect(run.stdout()).not.toContain("\u001b");
  });

  test("--map with a header that is not there lists the headers that are", async () => {
    writeFileSync(tmp.file("mapped.csv"), "Stock list,,\nItem,Pieces,Serial number\nPoles,3,P1\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "mapped.csv", "--map", "quantity=Pcs"], run.io)).toBe(2);
    expect(run.stderr()).toBe(
      'inventory-rows: --map quantity=Pcs: no column is headed "Pcs" in the first 20 rows of the file; headers seen: "Item", "Pieces", "Serial number"\n',
    );
  });
});

describe("check names every column Excel's reading of a CSV would change", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const csv =
    "Item ID,SKU,Name,Qty,Codes,Income,Size\n" +
    "1526770000002969435,099205,Pole,007,P-1,+5,3-4\n" +
    "1526770000002969436,099206,Pole,1,P-2,5,M\n" +
    "1526770000002969437,1234,Pole,1,P-3,5,L\n";

  test("each column once, with a count and its first cell; a quantity of 007 or an income of +5 is not a change", async () => {
    writeFileSync(tmp.file("zoho.csv"), csv);
    const run = captureIO(tmp.dir);
    expect(await main(["check", "zoho.csv"], run.io)).toBe(0);
    expect(run.stdout()).toContain(
      "\nExcel changes values in 3 columns when it opens this file; the checks see Excel's values, and what the other commands write (--out) keeps the file's text:\n" +
        '  "Item ID" (A): 3 cells, digits after the 15th become 0 (A2: 1526770000002969435 → 1526770000002960000)\n' +
        '  "SKU" (B): 2 cells, leading zeros are dropped (B2: 099205 → 99205)\n' +
        `  "Size" (G): 1 cell, read as a date (G2: 3-4 → ${new Date().getFullYear()}-03-04)\n`,
    );
    const json = captureIO(tmp.dir);
    expect(await main(["check", "zoho.csv", "--json"], json.io)).toBe(0);
    const { excelChanges } = JSON.parse(json.stdout());
    expect(excelChanges.map((c: { column: string; header: string; cells: number; kinds: string[] }) => [c.column, c.header, c.cells, c.kinds])).toEqual([
      ["A", "Item ID", 3, ["long-number"]],
      ["B", "SKU", 2, ["leading-zeros"]],
      ["G", "Size", 1, ["date"]],
    ]);
    expect(excelChanges[1].first).toEqual({ address: "B2", text: "099205", value: 99205 });
  });

  test("the codes column is named too, and check still sees what Excel shows", async () => {
    writeFileSync(tmp.file("codes.csv"), "Qty,Codes\n1,00123\n1,00124\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "codes.csv", "--json"], run.io)).toBe(0);
    const result = JSON.parse(run.stdout());
    expect(result.issues.map((i: { rule: string; address: string }) => `${i.rule} ${i.address}`)).toEqual(["codes-number B2", "codes-number B3"]);
    expect(result.excelChanges).toMatchObject([{ column: "B", header: "Codes", cells: 2, kinds: ["leading-zeros"] }]);
  });

  test("--excel-reading off reads the CSV as it stands: nothing is changed, so nothing is named", async () => {
    writeFileSync(tmp.file("plain.csv"), csv);
    const run = captureIO(tmp.dir);
    expect(await main(["check", "plain.csv", "--excel-reading", "off", "--json"], run.io)).toBe(0);
    const result = JSON.parse(run.stdout());
    expect(result.excelChanges).toEqual([]);
    // 007 and +5 are text as written: the check says so instead of reading them as numbers.
    expect(result.issues.map((i: { rule: string; address: string }) => `${i.rule} ${i.address}`)).toEqual(["quantity-as-text D2", "amount-as-text F2"]);
    const human = captureIO(tmp.dir);
    await main(["check", "plain.csv", "--excel-reading", "off"], human.io);
    expect(human.stdout()).not.toContain("Excel changes");
  });
});

