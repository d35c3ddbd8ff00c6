import { main } from "../../src/cli/main";
import { partsNotKept } from "../../src/cli/read-xlsx";
import { notKeptWarning } from "../../src/cli/save-workbook";
import type { LoadedInput } from "../../src/cli/read-input";
import { captureIO } from "./support/workbooks";

describe("--help", () => {
  test.each([
    [["--help"], "Usage:\n  inventory-rows check     FILE"],
    [["check", "--help"], "inventory-rows check FILE [options]"],
    [["summary", "-h"], "--out OUT.xlsx       write a copy of the workbook"],
    [["serialize", "--help"], "--rows ROWS          row numbers as Excel shows them: 5,7-9"],
    [["aggregate", "--help"], "Merges chosen rows that agree on every other column"],
    [["check", "--help"], "--excel-reading off  read a .csv as it stands"],
    [["serialize", "--help"], "POLE-01, POLE-02 with quantity 10 gives POLE-03 … POLE-10"],
    [["serialize", "--help"], "a pool without codes gets ITEM-0001"],
    [["aggregate", "--help"], "A group with a unit row that carries\nmore than one code (a car's VIN and plate) is refused"],
    [["--help"], "summary, serialize and aggregate work on\nthe file's own text in those cells and write it as text"],
    [["check", "--help"], "--locale TAG         read and print numbers as this locale writes them"],
    [["summary", "--help"], "(default: from LC_ALL, LC_NUMERIC or LANG, else en-US)"],
    [["serialize", "--help"], "--delimiter D        split a .csv on D: ',' ';' '|' or tab"],
    [["--help"], "With --locale fi-FI a .csv is read as Excel in Finland opens it: 12,50 is 12.5 and 1.5 stays\ntext."],
  ])("%j prints its help on stdout and exits 0", async (argv, expected) => {
    const run = captureIO(".");
    expect(await main(argv, run.io)).toBe(0);
    expect(run.stdout()).toContain(expected);
    expect(run.stdout()).toContain("Exit code: 0 no errors, 1 errors found, 2 bad usage or unreadable file.");
    expect(run.stderr()).toBe("");
  });

  test("--version", async () => {
    const run = captureIO(".");
    expect(await main(["--version"], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^inventory-rows \d+\.\d+\.\d+\n$/);
  });
});

describe("parts a written copy cannot keep", () => {
  test("charts, pivot tables and macros are found by their zip entry names", () => {
    const bytes = Buffer.from("PK\u0003\u0004....xl/charts/chart1.xml....xl/vbaProject.bin....xl/worksheets/sheet1.xml");
    expect(partsNotKept(bytes)).toEqual(["charts", "macros"]);
    expect(partsNotKept(Buffer.from("PK\u0003\u0004xl/worksheets/sheet1.xml"))).toEqual([]);
  });

  test("the user is told on stderr, and only when something would be missing", () => {
    const input = { path: "/data/stock.xlsx", notKept: ["charts"] } as LoadedInput;
    expect(notKeptWarning(input, "out.xlsx")).toBe(
      "inventory-rows: note: out.xlsx will not contain the charts of /data/stock.xlsx (the file library used here cannot write them); /data/stock.xlsx itself is unchanged\n",
    );
    expect(notKeptWarning({ ...input, notKept: [] }, "out.xlsx")).toBeNull();
  });
});
