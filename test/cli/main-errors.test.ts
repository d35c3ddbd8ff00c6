import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIO, tempDir, writeStockWorkbook } from "./support/workbooks";

describe("bad input and bad usage: one line on stderr, exit code 2, nothing written", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  async function fails(argv: string[], expected: RegExp): Promise<void> {
    const run = captureIO(tmp.dir);
    expect(await main(argv, run.io)).toBe(2);
    expect(run.stdout()).toBe("");
    const err = run.stderr();
    expect(err).toMatch(expected);
    expect(err.trimEnd().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  }

  test.each([
    ["empty.csv", "", /empty\.csv is empty/],
    ["empty.xlsx", "", /empty\.xlsx is empty/],
    ["garbage.xlsx", "\u0001\u0002binary\u0000junk", /not an \.xlsx workbook/],
    ["garbage.csv", "\u0001\u0002\u0003\u0004binary\u0000junk", /not a text file/],
    ["broken.json", "[[1,2]", /broken\.json is not valid JSON/],
    ["flat.json", "[1,2,3]", /flat\.json at row 1: /],
    ["object-cell.json", '[["Qty"],[{"x":1}]]', /object-cell\.json at row 2, column 1: a cell must be a string, number, boolean or null/],
    ["header-only.csv", "Qty,Codes\r\n", /header row \(row 1\) has no data rows/],
    ["blank-rows.json", '[["Qty","Codes"],[null,""]]', /has no data rows/],
    ["old.xls", "x", /old \.xls workbooks are not read/],
    ["notes.pdf", "x", /use an \.xlsx, \.csv, \.tsv, \.txt or \.json file/],
  ])("%s", async (name, content, expected) => {
    writeFileSync(tmp.file(name), content);
    await fails(["check", name], expected);
  });

  test("a zip that is not a workbook is reported as damaged", async () => {
    // An empty zip archive: valid zip, no workbook parts.
    writeFileSync(tmp.file("zip.xlsx"), Buffer.from("504b0506000000000000000000000000000000000000", "hex"));
    await fails(["check", "zip.xlsx"], /zip\.xlsx is damaged|holds no worksheets/);
  });

  test("a truncated workbook is reported as damaged", async () => {
    await writeStockWorkbook(tmp.file("whole.xlsx"));
    const bytes = readFileSync(tmp.file("whole.xlsx"));
    writeFileSync(tmp.file("cut.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await fails(["check", "cut.xlsx"], /cut\.xlsx is damaged and cannot be read/);
  });

  test("a workbook whose sheet is cut off inside the package is damaged, not an empty sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S").addRows([["Qty", "Codes"], [1, "A"]]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions));
    const start = bytes.indexOf("<sheetData>");
    bytes.fill(" ", start, bytes.indexOf("</worksheet>", start) + "</worksheet>".length);
    writeFileSync(tmp.file("cut-sheet.xlsx"), bytes);
    await fails(["check", "cut-sheet.xlsx"], /cut-sheet\.xlsx is damaged and cannot be read as an \.xlsx workbook/);
  });

  test("a password-protected workbook (an OLE compound file) says so", async () => {
    writeFileSync(tmp.file("locked.xlsx"), Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]));
    await fails(["check", "locked.xlsx"], /password-protected \(encrypted\) or an old \.xls file/);
  });

  test("a missing file, a folder and an empty sheet", async () => {
    await fails(["check", "nope.csv"], /nope\.csv: no such file/);
    await fails(["check", "."], /use an \.xlsx/);
    mkdirSync(tmp.file("folder.csv"));
    await fails(["check", "folder.csv"], /folder\.csv is a folder, not a file/);
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet("Empty");
    await blank.xlsx.writeFile(tmp.file("blank.xlsx"));
    await fails(["check", "blank.xlsx"], /blank\.xlsx: sheet "Empty" is empty/);
    await fails(["summary", "blank.xlsx", "--out", "blank-out.xlsx"], /blank\.xlsx: sheet "Empty" is empty/);
    expect(existsSync(tmp.file("blank-out.xlsx"))).toBe(false);
    await writeStockWorkbook(tmp.file("wb.xlsx"));
    await fails(["check", "wb.xlsx", "--sheet", "Missing"], /has no sheet "Missing"; its sheets are: Notes, Stock/);
  });

  test.each([
    [[], /name a command/],
    [["frobnicate", "x.csv"], /unknown command "frobnicate"/],
    [["check"], /check needs a FILE/],
    [["check", "a.csv", "b.csv"], /takes one FILE, got 2/],
    [["check", "a.csv", "--bogus"], /Unknown option '--bogus'/],
    [["check", "a.csv", "--rows", "5"], /check does not take --rows/],
    [["check", "a.csv", "--map", "price=Cost"], /role must be one of quantity, codes, category, name, income, expense/],
    [["check", "a.csv", "--map", "quantity="], /write the column's header after "="/],
    [["check", "a.csv", "--map", "quantity=A", "--map", "quantity=B"], /--map names quantity twice/],
    [["serialize", "a.csv", "--out", "o.xlsx"], /serialize needs --rows/],
    [["serialize", "a.csv", "--rows", "5"], /serialize needs --out/],
    [["serialize", "a.csv", "--rows", "0", "--out", "o.xlsx"], /0 is not a row number/],
    [["serialize", "a.csv", "--rows", "9-7", "--out", "o.xlsx"], /runs backwards; write 7-9/],
    [["serialize", "a.csv", "--rows", "5,x", "--out", "o.xlsx"], /"x" is not a row number/],
    [["serialize", "a.csv", "--rows", "2000000", "--out", "o.xlsx"], /past Excel's last row/],
    [["aggregate", "a.csv", "--rows", "2", "--out", "o.pdf"], /--out o\.pdf: aggregate writes \.xlsx, or for a \.csv, \.tsv, \.txt or \.json input also/],
    [["serialize", "a.xlsx", "--rows", "2", "--out", "o.csv"], /--out o\.csv: an \.xlsx input is written as \.xlsx .*; use --out OUT\.xlsx/],
    [["check", "a.csv", "--out", "issues.pdf"], /--out issues\.pdf: check writes \.xlsx, \.csv, \.tsv, \.txt or \.json \(the issue list\)/],
    [["check", "a.csv", "--force"], /--force only makes sense with --out/],
    [["summary", "a.csv", "--force"], /--force only makes sense with --out/],
  ])("usage %j", async (argv, expected) => {
    await fails(argv, expected);
  });

  test("--map naming a header that is not in the sheet is a usage error", async () => {
    writeFileSync(tmp.file("map.csv"), "Qty,Codes\n1,A\n");
    await fails(["check", "map.csv", "--map", "income=Revenue 2024"], /no column is headed "Revenue 2024"/);
  });

  test("--map looks in the one header window: blank rows do not count, the 21st non-blank row is past it", async () => {
    const blanks = "\n".repeat(26);
    writeFileSync(tmp.file("late-header.json"), JSON.stringify([["Stock list"], ...Array.from({ length: 25 }, () => []), ["Pieces", "Codes"], [1, "A"]]));
    const run = captureIO(tmp.dir);
    expect(await main(["check", "late-header.json", "--map", "quantity=Pieces", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout()).table.headerRow).toBe(26);
    const notes = Array.from({ length: 20 }, (_, i) => `note ${i}`).join("\n");
    writeFileSync(tmp.file("too-late.csv"), `${notes}${blanks}\nPieces,Codes\n1,A\n`);
    await fails(["check", "too-late.csv", "--map", "quantity=Pieces"], /no column is headed "Pieces" in the first 20 rows of the file/);
  });

  describe("--out is never the input and never silently replaces a file", () => {
    beforeAll(async () => {
      await writeStockWorkbook(tmp.file("in.xlsx"));
    });

    test("the same path, written differently", async () => {
      await fails(["summary", "in.xlsx", "--out", "./sub/../in.xlsx"], /--out is the input file/);
      await fails(["summary", "in.xlsx", "--out", `${tmp.dir}/in.xlsx`, "--force"], /--out is the input file/);
    });

    test("a symbolic link or hard link to the input", async () => {
      symlinkSync(tmp.file("in.xlsx"), tmp.file("link.xlsx"));
      linkSync(tmp.file("in.xlsx"), tmp.file("hard.xlsx"));
      await fails(["summary", "in.xlsx", "--out", "link.xlsx", "--force"], /--out is the input file/);
      await fails(["summary", "in.xlsx", "--out", "hard.xlsx", "--force"], /--out is the input file/);
    });

    test("an existing file needs --force; a missing folder is refused", async () => {
      writeFileSync(tmp.file("taken.xlsx"), "keep me");
      await fails(["summary", "in.xlsx", "--out", "taken.xlsx"], /taken\.xlsx already exists; add --force/);
      expect(readFileSync(tmp.file("taken.xlsx"), "utf8")).toBe("keep me");
      await fails(["summary", "in.xlsx", "--out", "no/such/dir/x.xlsx"], /does not exist/);
      expect(existsSync(tmp.file("no"))).toBe(false);
    });
  });
});

test.each([
  [["check", "a.csv", "--excel-reading", "maybe"], "inventory-rows: --excel-reading takes on or off\n"],
  [["check", "a.xlsx", "--excel-reading", "off"], "inventory-rows: --excel-reading is about how a .csv is read; a.xlsx is not a .csv\n"],
])("--excel-reading usage %j is exit 2 with one line", async (argv, expected) => {
  const run = captureIO(".");
  expect(await main(argv, run.io)).toBe(2);
  expect(run.stderr()).toBe(expected);
});
