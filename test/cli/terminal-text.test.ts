import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { terminalText } from "../../src/cli/terminal-text";
import { captureIO, tempDir } from "./support/workbooks";

describe("terminalText shows control characters and bidi overrides as escapes", () => {
  test.each([
    ["a\u001b[2Jb", "a\\x1b[2Jb"],
    ["Stock\u202Exslx", "Stock\\u202exslx"],
    ["\u0000\u0007\u007f\u0085\u009b", "\\x00\\x07\\x7f\\x85\\x9b"],
    ["\u200e\u200f\u2066\u2069", "\\u200e\\u200f\\u2066\\u2069"],
    ["two\r\nlines\tand tab", "two⏎lines→and tab"],
    ["Määrä € „quoted“ – 数量", "Määrä € „quoted“ – 数量"],
  ])("%j → %j", (input, shown) => {
    expect(terminalText(input)).toBe(shown);
  });

  test("an escape counts as one character when text is cut", () => {
    expect(terminalText("\u001b".repeat(10), 4)).toBe("\\x1b\\x1b\\x1b…");
  });
});

describe("file text in error lines reaches the terminal escaped; JSON output is unchanged", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  // XML cannot hold ESC in a sheet name; bidi controls it can.
  test("sheet names listed by a --sheet error are escaped", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Evil\u2066c\u200f").addRows([["Qty", "Codes"], [1, "A"]]);
    workbook.addWorksheet("Stock\u202Exslx").addRows([["Qty", "Codes"], [1, "A"]]);
    await workbook.xlsx.writeFile(tmp.file("names.xlsx"));
    const run = captureIO(tmp.dir);
    expect(await main(["check", "names.xlsx", "--sheet", "Missing"], run.io)).toBe(2);
    expect(run.stderr()).toContain('its sheets are: Evil\\u2066c\\u200f, Stock\\u202exslx');
    expect(run.stderr()).not.toMatch(/[\u2066\u200f\u202e]/);
  });

  test("the invalid-JSON error quoting the file is escaped", async () => {
    // Long enough that one ESC is not "binary data"; the parser's message quotes the text near the error.
    writeFileSync(tmp.file("bad.json"), `[["Qty","Codes"],${'[1,"A"],'.repeat(40)}[1,\u001b[31m]]`);
    const run = captureIO(tmp.dir);
    expect(await main(["check", "bad.json"], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/bad\.json is not valid JSON/);
    expect(run.stderr()).toContain("\\x1b");
    expect(run.stderr()).not.toContain("\u001b");
  });

  test("--json keeps the text as it is in the file (JSON escapes controls itself)", async () => {
    writeFileSync(tmp.file("codes.json"), JSON.stringify([["Qty", "Codes", "Name"], [1, "A", "x\u202Ey\u001bz"]]));
    const run = captureIO(tmp.dir);
    await main(["check", "codes.json", "--json"], run.io);
    expect(run.stdout()).not.toContain("\u001b");
    expect(run.stdout()).not.toContain("\\\\x1b");
    const human = captureIO(tmp.dir);
    await main(["check", "codes.json"], human.io);
    expect(human.stdout()).not.toContain("\u001b");
  });
});
