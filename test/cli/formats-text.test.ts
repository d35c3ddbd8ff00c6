/** The pieces of every written text file, the --out rules, and the help that states them (docs/design.md §20). */
import { main } from "../../src/cli/main";
import { outputKindOf, outputRefusal } from "../../src/cli/output-kind";
import { delimitedLine, fieldText, numberText } from "../../src/cli/text-output";
import { captureIO } from "./support/workbooks";

describe("text output", () => {
  test.each([
    [1234.5, "en-US", "1234.5"],
    [1234.5, "de-DE", "1234,5"],
    [-0.25, "fi-FI", "-0,25"],
    [3558344370409400, "en-US", "3558344370409400"],
    [1e-7, "en-US", "1e-7"],
  ])("the number %p in %s is written %j (no grouping, the locale's decimal)", (value, locale, expected) => {
    expect(numberText(value, locale)).toBe(expected);
  });

  test("a field is quoted only when it holds the delimiter, a quote or a line break", () => {
    expect(delimitedLine(["a", "b, c", 'say "hi"', "x\ny", "t\tz"], ",")).toBe('a,"b, c","say ""hi""","x\ny",t\tz');
    expect(delimitedLine(["b, c", "t\tz"], "\t")).toBe('b, c\t"t\tz"');
  });

  test("cells become field text: numbers as numbers (negative too), booleans as Excel writes them, text formula-safe", () => {
    expect([-5, true, false, "", "-5", "=1+1", "ok"].map((v) => fieldText(v))).toEqual(["-5", "TRUE", "FALSE", "", "'-5", "'=1+1", "ok"]);
  });
});

describe("--out names", () => {
  test.each([
    ["out.xlsx", "xlsx"], ["OUT.CSV", "csv"], ["out.tsv", "tsv"], ["out.txt", "tsv"], ["out.json", "json"], ["out.xls", undefined], ["out", undefined],
  ])("%s is written as %s", (name, kind) => {
    expect(outputKindOf(name)).toBe(kind);
  });

  test("serialize and aggregate write text only for a text or JSON input", () => {
    expect(outputRefusal("serialize", "o.csv", "in.csv")).toBeNull();
    expect(outputRefusal("aggregate", "o.json", "in.tsv")).toBeNull();
    expect(outputRefusal("serialize", "o.txt", "in.xlsm")).toMatch(/an \.xlsx input is written as \.xlsx/);
    expect(outputRefusal("serialize", "o.xlsx", "in.xlsx")).toBeNull();
    expect(outputRefusal("check", "o.csv", "in.xlsx")).toBeNull();
    expect(outputRefusal("summary", "o.json", "in.xlsx")).toBeNull();
  });
});

describe("help says which formats go in and out", () => {
  test.each([
    [["--help"], "a .tsv or .txt file (split on tabs"],
    [["--help"], "an array of objects (one per\nrow, keys as the headers)"],
    [["check", "--help"], "--out ISSUES.csv     also write the issue list (cell, severity, rule, message, value)"],
    [["summary", "--help"], "--out OUT.csv        write the summary table alone (also .tsv, .txt or .json)"],
    [["serialize", "--help"], "--out OUT.csv        for a .csv, .tsv, .txt or .json input: the changed rows as .csv,"],
    [["aggregate", "--help"], "Written text files: .csv is UTF-8 with a byte-order mark"],
  ])("%j says %j", async (argv, expected) => {
    const run = captureIO(".");
    expect(await main(argv, run.io)).toBe(0);
    expect(run.stdout()).toContain(expected);
  });
});
