import { createTestHost } from "../host";

const TODAY = new Date(2026, 10, 27);
/** Excel's serial for a date (1900 date system). */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

async function write(input: unknown, format?: string) {
  const host = createTestHost({ sheets: [{ name: "S" }], today: TODAY });
  await host.Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("S").getRange("B2");
    if (format) cell.numberFormat = [[format]];
    cell.values = [[input as string]];
    await context.sync();
  });
  return { value: host.sheetValues("S")[1][1], formula: host.sheetFormulas("S")[1][1], format: host.sheetFormats("S")[1][1] };
}

test.each([
  ["=1+1", 2, "=1+1"],
  ['="x"', "x", '="x"'],
  ["+5", 5, null],
  ["-5", -5, null],
  ["+A1", 0, "=+A1"],
  ["-A1", 0, "=-A1"],
  ["00123", 123, null],
  ["1E5", 100000, null],
  ["1,234.5", 1234.5, null],
  ["TRUE", true, null],
  ["false", false, null],
  ["FALSE", false, null],
  ["False", false, null],
  ["12%", 0.12, null],
  ["3-4", serial(2026, 3, 4), null],
  ["3/4/2024", serial(2024, 3, 4), null],
  ["2024-03-04", serial(2024, 3, 4), null],
  ["abc", "abc", null],
  ["'00123", "00123", null],
])("a General cell turns %j into %j", async (input, value, formula) => {
  const got = await write(input);
  expect(got.value).toEqual(value);
  expect(got.formula).toEqual(formula);
});

test.each(["=1+1", "+5", "-A1", "00123", "1E5", "3-4", "TRUE", "12%", '=HYPERLINK("x")', "6.37702E+15"])(
  "a cell formatted @ in the same batch keeps %j as exact text", async (input) => {
    const got = await write(input, "@");
    expect(got.value).toBe(input);
    expect(got.formula).toBeNull();
    expect(got.format).toBe("@");
  });

test("formatting @ after the values are written is too late", async () => {
  const host = createTestHost({ sheets: [{ name: "S" }] });
  await host.Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("S").getRange("A1");
    cell.values = [["00123"]];
    cell.numberFormat = [["@"]];
    await context.sync();
  });
  expect(host.sheetValues("S")).toEqual([[123]]);
});

test("12% and 3-4 also set Excel's number format on a General cell", async () => {
  expect((await write("12%")).format).toBe("0%");
  expect((await write("3-4")).format).toBe("d-mmm");
});

test("a formula the host cannot compute shows a marker value (or the seeded value), and keeps its formula", async () => {
  const got = await write('=HYPERLINK("x")');
  expect(got.value).toBe("#UNEVALUATED!");
  expect(got.formula).toBe('=HYPERLINK("x")');
  const seeded = createTestHost({ sheets: [{ name: "S", values: [["x", "cached"]], formulas: [[null, "=VLOOKUP(A1,T!A:B,2,0)"]] }] });
  expect(seeded.sheetValues("S")).toEqual([["x", "cached"]]);
});

test.each([
  ["=B1*C1", 6],
  ["=SUM(B1:C1)+1", 6],
  ['=B1&"-"&C1', "2-3"],
  ["=B1/0", "#DIV/0!"],
  ["=D1+1", "#VALUE!"],
  ["=E1", 0],
  ["=(B1+C1)*2", 10],
])("the host computes %j as %j", async (formula, value) => {
  const host = createTestHost({ sheets: [{ name: "S", values: [["", 2, 3, "text"]] }] });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").formulas = [[formula]];
    await context.sync();
  });
  expect(host.sheetValues("S")[0][0]).toEqual(value);
});

test("Range.formulas stores formulas; constants read back as values; null leaves a cell unchanged", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [[2, 3, "keep"]] }] });
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange("A2:C2");
    range.formulas = [["=A1", "=A1*3", null]];
    const back = range.load("formulas, values");
    await context.sync();
    expect(back.formulas).toEqual([["=A1", "=A1*3", ""]]);
    expect(back.values).toEqual([[2, 6, ""]]);
    const row1 = context.workbook.worksheets.getItem("S").getRange("A1:C1");
    row1.values = [[null, 9, null]] as never;
    row1.load("values");
    await context.sync();
    expect(row1.values).toEqual([[2, 9, "keep"]]);
  });
});

test("text shows values the way the number format displays them", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [[1234.5, 0.125, true]], formats: [["#,##0.00", "0%", "General"]] }] });
  await host.Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("S").getRange("A1:C1").load("text");
    await context.sync();
    expect(r.text).toEqual([["1,234.50", "13%", "TRUE"]]);
  });
});

test("a user typing into the sheet gets the same coercion", async () => {
  const host = createTestHost({ sheets: [{ name: "S", formats: [["General", "@"]] }], today: TODAY });
  host.userEdit("S", "A1:B1", [["00123", "00123"]]);
  expect(host.sheetValues("S")).toEqual([[123, "00123"]]);
});
