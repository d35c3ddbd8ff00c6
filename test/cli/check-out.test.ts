/** `check --out`: the issue list to hand over, as .csv, .json or .xlsx (issue 14 point 3, issue 18 point 3). */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIO, readBack, tempDir } from "./support/workbooks";

const HOSTILE = [
  ["Qty", "Codes"],
  ['=HYPERLINK("http://evil.example","x")', "A"],
  ["@SUM(1)", "B"],
  ["\t=1", "C"],
  ["\r=1", "D"],
  ["+1+1", "E"],
  [-5, "F"],
  [2.5, "G"],
];

describe("inventory-rows check --out", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(() => writeFileSync(tmp.file("hostile.json"), JSON.stringify(HOSTILE)));

  async function check(out: string, ...extra: string[]): Promise<{ code: number; stdout: string }> {
    const run = captureIO(tmp.dir);
    const code = await main(["check", "hostile.json", "--out", out, ...extra], run.io);
    expect(run.stderr()).toBe("");
    return { code, stdout: run.stdout() };
  }

  test("the .csv holds cell, severity, rule, message and value; text that starts like a formula is quoted, numbers stay numbers", async () => {
    const { code, stdout } = await check("issues.csv");
    expect(code).toBe(1);
    expect(stdout).toContain("Wrote issues.csv (7 issues).");
    expect(readFileSync(tmp.file("issues.csv"), "utf8")).toBe(
      "\uFEFFCell,Severity,Rule,Message,Value\r\n" +
        'A2,error,quantity-not-a-number,"A2: quantity ""=HYPERLINK(""http://evil.example"",""x"")"" is not a number","\'=HYPERLINK(""http://evil.example"",""x"")"\r\n' +
        'A3,error,quantity-not-a-number,"A3: quantity ""@SUM(1)"" is not a number",\'@SUM(1)\r\n' +
        'A4,error,quantity-not-a-number,"A4: quantity ""?=1"" is not a number",\'\t=1\r\n' +
        'A5,error,quantity-not-a-number,"A5: quantity ""?=1"" is not a number","\'\r=1"\r\n' +
        'A6,error,quantity-not-a-number,"A6: quantity ""+1+1"" is not a number",\'+1+1\r\n' +
        "A7,error,quantity-below-one,A7: quantity -5 is below 1,-5\r\n" +
        "A8,error,quantity-not-whole,A8: quantity 2.5 is not a whole number,2.5\r\n",
    );
  });

  test("with --locale de-DE the .csv is ;-separated and numbers have a decimal comma, as Excel in Germany opens it", async () => {
    await check("issues-de.csv", "--locale", "de-DE");
    const lines = readFileSync(tmp.file("issues-de.csv"), "utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFFCell;Severity;Rule;Message;Value");
    expect(lines[7]).toMatch(/^A8;error;quantity-not-whole;.*;2,5$/);
  });

  test("the .json is an array of objects keyed by the columns, values as the cells hold them", async () => {
    await check("issues.json");
    const issues = JSON.parse(readFileSync(tmp.file("issues.json"), "utf8"));
    expect(issues).toHaveLength(7);
    expect(issues[0]).toEqual({ Cell: "A2", Severity: "error", Rule: "quantity-not-a-number", Message: 'A2: quantity "=HYPERLINK("http://evil.example","x")" is not a number', Value: '=HYPERLINK("http://evil.example","x")' });
    expect(issues[5]).toEqual({ Cell: "A7", Severity: "error", Rule: "quantity-below-one", Message: "A7: quantity -5 is below 1", Value: -5 });
  });

  test("the .xlsx has an Issues sheet whose text cells are text, never formulas, and whose numbers are numbers", async () => {
    await check("issues.xlsx");
    const sheet = (await readBack(tmp.file("issues.xlsx"))).getWorksheet("Issues") as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, "Cell", "Severity", "Rule", "Message", "Value"]);
    expect(sheet.getCell("E2").value).toBe('=HYPERLINK("http://evil.example","x")');
    expect(sheet.getCell("E2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("E2").numFmt).toBe("@");
    expect(sheet.getCell("E7").value).toBe(-5);
    expect(sheet.getCell("A8").value).toBe("A8");
    expect(sheet.rowCount).toBe(8);
  });

  test("--json still prints the report, with where the list went", async () => {
    const { stdout } = await check("issues-json.csv", "--json");
    const report = JSON.parse(stdout);
    expect(report.issues).toHaveLength(7);
    expect(report.out).toBe(tmp.file("issues-json.csv"));
  });

  test("a clean file writes a list with only the header row, and exit code 0", async () => {
    writeFileSync(tmp.file("clean.csv"), "Qty,Codes\n1,A\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "clean.csv", "--out", "clean-issues.csv"], run.io)).toBe(0);
    expect(readFileSync(tmp.file("clean-issues.csv"), "utf8")).toBe("\uFEFFCell,Severity,Rule,Message,Value\r\n");
    expect(run.stdout()).toContain("Wrote clean-issues.csv (0 issues).");
  });

  test("an existing --out is refused without --force and replaced with it; the input can never be the output", async () => {
    writeFileSync(tmp.file("taken.csv"), "mine");
    const refused = captureIO(tmp.dir);
    expect(await main(["check", "hostile.json", "--out", "taken.csv"], refused.io)).toBe(2);
    expect(refused.stderr()).toContain("--out taken.csv already exists; add --force to replace it");
    expect(readFileSync(tmp.file("taken.csv"), "utf8")).toBe("mine");
    expect(await main(["check", "hostile.json", "--out", "taken.csv", "--force"], captureIO(tmp.dir).io)).toBe(1);
    expect(readFileSync(tmp.file("taken.csv"), "utf8")).toContain("Cell,Severity");
    const same = captureIO(tmp.dir);
    expect(await main(["check", "hostile.json", "--out", "./hostile.json", "--force"], same.io)).toBe(2);
    expect(same.stderr()).toContain("--out is the input file");
  });
});

describe("check --out as a real process", () => {
  test("bin/inventory-rows.js writes the formula-safe list and exits 1 for the errors in it", async () => {
    const tmp = tempDir();
    try {
      writeFileSync(tmp.file("in.csv"), "Qty,Codes\n\"=1+1\",A\n");
      const bin = path.join(__dirname, "..", "..", "bin", "inventory-rows.js");
      const code = await new Promise<number | null>((resolve) => {
        execFile(process.execPath, [bin, "check", "in.csv", "--out", "issues.csv"], { cwd: tmp.dir, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "", INVENTORY_ROWS_SOURCE: "1" } }, (error) =>
          resolve(error ? (error.code as number) : 0),
        );
      });
      expect(code).toBe(1);
      expect(readFileSync(tmp.file("issues.csv"), "utf8").split("\r\n")[1]).toMatch(/^A2,error,quantity-not-a-number,.*,'=1\+1$/);
    } finally {
      tmp.cleanup();
    }
  }, 60_000);
});
