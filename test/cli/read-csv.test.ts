import type { CellValue } from "../../src/core";
import { changesForTable, excelChangeOf, keepSourceText, type ExcelChange } from "../../src/cli/excel-changes";
import { parseCsvLikeExcel, parseCsvVerbatim } from "../../src/cli/read-csv";
import { parseExcelNumber, toExcelValue } from "../../src/cli/excel-text-value";
import { toDateSerial } from "../../src/cli/excel-date";

const today = new Date(2026, 10, 27);
const one = (field: string) => parseCsvLikeExcel(`h\n"${field.replace(/"/g, "\"\"")}"\n`, { today })[1][0];

describe("parseCsvLikeExcel: structure", () => {
  test("strips a UTF-8 byte-order mark from the first header", () => {
    expect(parseCsvLikeExcel("\uFEFFQuantity,Codes\n1,A", { today })[0]).toEqual(["Quantity", "Codes"]);
  });

  test.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["old-Mac CR", "\r"],
  ])("reads %s line endings", (_name, eol) => {
    const text = ["Qty,Code", "1,A", "2,B"].join(eol) + eol;
    expect(parseCsvLikeExcel(text, { today })).toEqual([["Qty", "Code"], [1, "A"], [2, "B"]]);
  });

  test("reads a file that mixes line endings", () => {
    expect(parseCsvLikeExcel("a\r\nb\rc\nd", { today })).toEqual([["a"], ["b"], ["c"], ["d"]]);
  });

  test("keeps quoted commas, quotes and line breaks inside one cell", () => {
    const text = 'Name,Codes\r\n"Kunde, Doyle","A1,\r\nA2"\r\n"say ""hi""",x\r\n';
    expect(parseCsvLikeExcel(text, { today })).toEqual([
      ["Name", "Codes"],
      ["Kunde, Doyle", "A1,\nA2"],
      ['say "hi"', "x"],
    ]);
  });

  test("keeps blank lines in the middle as blank rows so row numbers match Excel", () => {
    expect(parseCsvLikeExcel("a,b\n\n1,2\n\n\n", { today })).toEqual([["a", "b"], ["", ""], [1, 2]]);
  });

  test("pads ragged rows to the widest row", () => {
    expect(parseCsvLikeExcel("a\n1,2,3", { today })).toEqual([["a", "", ""], [1, 2, 3]]);
  });

  test("an empty file or a lone BOM gives an empty grid", () => {
    expect(parseCsvLikeExcel("", { today })).toEqual([]);
    expect(parseCsvLikeExcel("\uFEFF\r\n", { today })).toEqual([]);
  });

  test("honours Excel's `sep=` first line", () => {
    expect(parseCsvLikeExcel("sep=;\na;b\n1,5;2", { today })).toEqual([["a", "b"], ["1,5", 2]]);
  });

  test("quoting does not protect a field from conversion, as in Excel", () => {
    expect(parseCsvLikeExcel('"00123","1,234"', { today })).toEqual([[123, 1234]]);
  });
});

describe("parseCsvLikeExcel: numbers typed as Excel types them", () => {
  test.each<[string, number]>([
    ["00123", 123],
    ["1E5", 100000],
    ["1e-2", 0.01],
    ["6.37702E+15", 6377020000000000],
    ["3.01043E+13", 30104300000000],
    ["-5", -5],
    ["+5", 5],
    ["1,234", 1234],
    ["1,234,567.5", 1234567.5],
    ["12%", 0.12],
    ["$1,234.50", 1234.5],
    ["-$5", -5],
    ["$-5", -5],
    ["(42)", -42],
    ["($1.50)", -1.5],
    [".5", 0.5],
    ["5.", 5],
    [" 7 ", 7],
    ["1 1/2", 1.5],
    ["-0", 0],
    ["3558344370409403", 3558344370409400],
    ["56022484085662558554", 5.60224840856625e19],
    ["5602248408566255894", 5602248408566250000],
    ["0.1234567890123456789", 0.123456789012345],
    ["1111222233334444", 1111222233334440],
    ["1.99999999999999999E3", 1999.99999999999],
  ])("%s → %p", (text, expected) => {
    expect(one(text)).toBe(expected);
  });

  test.each(["12,34", "1,2345", "1E", "--5", "(-5)", "(5", "1.2.3", "$1E5", "1 1/0", "0x10", "Infinity", "1E400", "ICC-2065556", "017019279-2", "1786VM80X07", "=1+1", "#N/A", "A,B"])(
    "%s stays text",
    (text) => {
      expect(toExcelValue(text, 2026)).toBe(text);
    },
  );

  test("digits past the 15th become zeros (Excel truncates, it does not round)", () => {
    expect(parseExcelNumber("9999999999999999")).toBe(9999999999999990);
    expect(parseExcelNumber("-1234567890123456789")).toBe(-1234567890123450000);
  });

  test("every converted number has at most 15 significant digits", () => {
    for (const text of ["123456789012345678", "9.99999999999999999", "1234567.123456789123"]) {
      const n = parseExcelNumber(text);
      expect(n).not.toBeNull();
      expect(Number((n as number).toPrecision(15))).toBe(n);
    }
  });
});

describe("parseCsvLikeExcel: booleans, dates and empties", () => {
  test.each<[string, boolean]>([
    ["TRUE", true],
    ["false", false],
    ["True", true],
  ])("%s → %p", (text, expected) => {
    expect(one(text)).toBe(expected);
  });

  test("empty fields are empty strings", () => {
    expect(parseCsvLikeExcel("a,,c\n,,", { today })).toEqual([["a", "", "c"], ["", "", ""]]);
  });

  test.each<[string, number]>([
    ["2024-01-01", 45292],
    ["2024/1/1", 45292],
    ["4/5/16", toDateSerial(2016, 4, 5) as number],
    ["8/24/22", 44797],
    ["1/23/2023", 44949],
    ["4/5/30", toDateSerial(1930, 4, 5) as number],
    ["12-31-29", toDateSerial(2029, 12, 31) as number],
    ["3-4", toDateSerial(2026, 3, 4) as number],
    ["4/5", toDateSerial(2026, 4, 5) as number],
    ["3-40", toDateSerial(1940, 3, 1) as number],
    ["4/31", toDateSerial(1931, 4, 1) as number],
    ["4/2024", toDateSerial(2024, 4, 1) as number],
    ["10:30", 0.4375],
    ["6:00 PM", 0.75],
    ["2024-01-01 12:00", 45292.5],
  ])("%s → serial %p", (text, expected) => {
    expect(one(text)).toBe(expected);
  });

  test("serials follow the 1900 date system, phantom 29 Feb 1900 included", () => {
    expect(toDateSerial(1900, 1, 1)).toBe(1);
    expect(toDateSerial(1900, 2, 28)).toBe(59);
    expect(toDateSerial(1900, 2, 29)).toBe(60);
    expect(toDateSerial(1900, 3, 1)).toBe(61);
    expect(toDateSerial(1899, 12, 31)).toBeNull();
    expect(toDateSerial(2023, 2, 29)).toBeNull();
  });

  test.each(["2/30/2024", "13/1/2024", "2024-13-01", "25:00", "1899-12-31", "4/5/123"])("%s is not a date and stays text", (text) => {
    expect(one(text)).toBe(text);
  });
});

describe("where Excel's reading changes what the file says", () => {
  test.each<[string, string]>([
    ["099205", "leading-zeros"],
    ["-007", "leading-zeros"],
    ["00.5", "leading-zeros"],
    ["1526770000002969435", "long-number"],
    ["0.1234567890123456789", "long-number"],
    ["1E5", "exponent"],
    ["3.01043E+13", "exponent"],
    ["+44123", "plus-sign"],
    ["3-4", "date"],
    ["4/2024", "date"],
    ["3-40", "date"],
    ["3-4 10:30", "date"],
  ])("%s is changed: %s", (text, kind) => {
    expect(excelChangeOf(text, toExcelValue(text, 2026))).toBe(kind);
  });

  test.each(["12", "-3.50", "0.5", "0", "$5", "1,234", "12%", "(42)", "1 1/2", "1234567890123450000", "2024-01-01", "8/24/22", "10:30", "TRUE", "ABC-1", "=1+1", ""])(
    "%s is read as what it says",
    (text) => {
      expect(excelChangeOf(text, toExcelValue(text, 2026))).toBeNull();
    },
  );

  test("the reader reports each changed cell with its place and the file's own text", () => {
    const changes: ExcelChange[] = [];
    const grid = parseCsvLikeExcel("Item ID,SKU,Qty\n1526770000002969435,099205,2\n7,X-1, 3-4\n", { today, onChange: (c) => changes.push(c) });
    expect(grid[1]).toEqual([1526770000002960000, 99205, 2]);
    expect(changes).toEqual([
      { row: 1, column: 0, text: "1526770000002969435", kind: "long-number" },
      { row: 1, column: 1, text: "099205", kind: "leading-zeros" },
      { row: 2, column: 2, text: " 3-4", kind: "date" },
    ]);
  });

  test("the kept grid holds the file's text where it changed, except a number reading in the quantity and money columns", () => {
    const changes: ExcelChange[] = [];
    const grid = parseCsvLikeExcel("Qty,Codes,Income,SKU\n007,A,+5,099\n3-4,B,1E2,7\n", { today, onChange: (c) => changes.push(c) });
    const table = { headerRow: 0, columns: { quantity: 0, codes: 1, income: 2 }, headers: ["Qty", "Codes", "Income", "SKU"] };
    const kept = keepSourceText(grid, changesForTable(changes, table));
    expect(kept).toEqual([["Qty", "Codes", "Income", "SKU"], [7, "A", 5, "099"], ["3-4", "B", 100, 7]]);
    expect(grid[1]).toEqual([7, "A", 5, 99]);
    expect(keepSourceText(grid, [])).toBe(grid);
  });
});

describe("--excel-reading off: the CSV as it stands", () => {
  test.each<[string, CellValue]>([
    ["12", 12],
    ["-3.50", -3.5],
    ["0.25", 0.25],
    ["-0", 0],
    ["123456789012345", 123456789012345],
    ["1234567890123456", "1234567890123456"],
    ["00123", "00123"],
    ["1E5", "1E5"],
    ["+5", "+5"],
    ["$5", "$5"],
    ["1,234", "1,234"],
    ["12%", "12%"],
    [" 7", " 7"],
    [".5", ".5"],
    ["TRUE", "TRUE"],
    ["2024-01-01", "2024-01-01"],
    ["3-4", "3-4"],
    ["", ""],
  ])("%s → %p", (text, expected) => {
    expect(parseCsvVerbatim(`h\n"${text}"\n`)[1][0]).toBe(expected);
  });

  test("splits cells exactly as the Excel reading does", () => {
    expect(parseCsvVerbatim("\uFEFFsep=;\r\na;b\r\n00123;\"x;y\"\r\n")).toEqual([["a", "b"], ["00123", "x;y"]]);
  });
});
