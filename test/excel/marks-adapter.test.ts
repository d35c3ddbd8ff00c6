/** The marks adapter (issue 18) on the strict host: scattered cells in chunks, the stored record, addresses read back. */
import { markedCells, type Issue } from "../../src/core";
import { clearMarksIn, MARKS_KEY, MAX_MARK_NOTES, recordFromStored, writeMarks } from "../../src/excel";
import { withoutSheet } from "../../src/excel/marks-read";
import { createTestHost, type TestHost } from "../host";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

const issue = (row: number, column: number, severity: Issue["severity"]): Issue => ({ rule: "quantity-not-whole", severity, row, column, message: `cell ${row},${column}` });

async function sheetId(): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Stock").load("id");
    await context.sync();
    return sheet.id;
  });
}

test("hundreds of scattered cells go in as several conditional formats, each address within 255 characters", async () => {
  host = createTestHost({ sheets: [{ name: "Stock", values: [["x"]] }], maxExcelApi: "1.20" });
  host.install();
  const issues = Array.from({ length: 300 }, (_, i) => issue(i * 3 + 1000, (i % 4) + 27, i % 5 === 0 ? "warning" : "error"));
  const id = await sheetId();
  const written = await Excel.run((context) => writeMarks(context, { sheetId: id, origin: { row: 0, column: 0 } }, markedCells(issues), { locale: "en-US" }));
  expect(written).toMatchObject({ errorCells: 240, warningCells: 60, userNotesKept: 0, kind: "note" });
  const formats = host.conditionalFormats("Stock");
  expect(formats.length).toBeGreaterThan(2);
  const cells = formats.flatMap((f) => f.areas.split(/,\s*/));
  expect(cells).toHaveLength(300);
  expect(Object.keys(host.notes("Stock"))).toHaveLength(300);
  const record = recordFromStored(host.settings()[MARKS_KEY]);
  expect(record).toMatchObject({ sheetId: id, kind: "note", cells: 300, locale: "en-US" });
  expect(await Excel.run((context) => clearMarksIn(context, id))).toBe(true);
  expect(host.conditionalFormats("Stock")).toEqual([]);
  expect(host.notes("Stock")).toEqual({});
  expect(host.settings()[MARKS_KEY]).toBeUndefined();
});

test("a stored record that is not ours to trust is ignored", () => {
  expect(recordFromStored({ sheetId: "s", kind: "note", hashes: ["0123abcd"], cells: 1 })).toBeDefined();
  expect(recordFromStored(JSON.stringify({ sheetId: "s", kind: "note", hashes: ["0123abcd"], cells: 1 }))).toBeDefined();
  expect(recordFromStored({ sheetId: "s", kind: "sticker", hashes: [], cells: 1 })).toBeUndefined();
  expect(recordFromStored({ sheetId: "s", kind: "note", hashes: ["not a hash"], cells: 1 })).toBeUndefined();
  expect(recordFromStored({ sheetId: "s", kind: "note", hashes: [], cells: 1, extra: true })).toBeUndefined();
  expect(recordFromStored("{oops")).toBeUndefined();
});

test("areas read back lose their sheet names and dollar signs, quoted names included", () => {
  expect(withoutSheet("Stock!$B$5:$B$9, Stock!D7")).toEqual(["B5:B9", "D7"]);
  expect(withoutSheet("'My, stock'!C3,'My, stock'!AA10:AB12")).toEqual(["C3", "AA10:AB12"]);
});

test("a sheet name with a comma, or a doubled quote and a comma, never reads as a cell", () => {
  expect(withoutSheet("'Q1, 2024'!C5")).toEqual(["C5"]);
  expect(withoutSheet("'Q1, 2024'!$C$5:$C$9,'Q1, 2024'!D7")).toEqual(["C5:C9", "D7"]);
  expect(withoutSheet("'O''Brien, stock'!B2")).toEqual(["B2"]);
  expect(withoutSheet("'O''Brien, stock'!B2, 'O''Brien, stock'!E4:E6")).toEqual(["B2", "E4:E6"]);
});

test("on a sheet named with a comma the notes go on the marked cells and clear takes them all", async () => {
  host = createTestHost({ sheets: [{ name: "Q1, 2024", values: [["x"]] }], maxExcelApi: "1.20" });
  host.install();
  const id = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Q1, 2024").load("id");
    await context.sync();
    return sheet.id;
  });
  const target = { sheetId: id, origin: { row: 0, column: 0 } };
  await Excel.run((context) => writeMarks(context, target, markedCells([issue(4, 2, "error")]), { locale: "en-US" }));
  expect(Object.keys(host.notes("Q1, 2024"))).toEqual(["C5"]);
  // Marking again reads the old note back at C5: ours, so it is replaced, never kept as the user's.
  const again = await Excel.run((context) => writeMarks(context, target, markedCells([issue(4, 2, "error"), issue(6, 3, "warning")]), { locale: "en-US" }));
  expect(again.userNotesKept).toBe(0);
  expect(Object.keys(host.notes("Q1, 2024")).sort()).toEqual(["C5", "D7"]);
  expect(await Excel.run((context) => clearMarksIn(context, id))).toBe(true);
  expect(host.notes("Q1, 2024")).toEqual({});
});

test("the record is read back up to the cap its writer keeps to, and no further", () => {
  const hashes = (n: number) => Array.from({ length: n }, (_, i) => i.toString(16).padStart(8, "0"));
  expect(recordFromStored({ sheetId: "s", kind: "note", hashes: hashes(MAX_MARK_NOTES), cells: MAX_MARK_NOTES })).toBeDefined();
  expect(recordFromStored({ sheetId: "s", kind: "note", hashes: hashes(MAX_MARK_NOTES + 1), cells: MAX_MARK_NOTES + 1 })).toBeUndefined();
});

test("cells past the note cap are marked without notes, said in the result, and still clear", async () => {
  host = createTestHost({ sheets: [{ name: "Stock", values: [["x"]] }], maxExcelApi: "1.20" });
  host.install();
  const id = await sheetId();
  const issues = Array.from({ length: 5 }, (_, i) => issue(i + 1, 2, "error"));
  const written = await Excel.run((context) => writeMarks(context, { sheetId: id, origin: { row: 0, column: 0 } }, markedCells(issues), { locale: "en-US", noteCap: 3 }));
  expect(written).toMatchObject({ errorCells: 5, userNotesKept: 0, notesLeftOut: 2 });
  expect(Object.keys(host.notes("Stock")).sort()).toEqual(["C2", "C3", "C4"]);
  expect(recordFromStored(host.settings()[MARKS_KEY])?.hashes).toHaveLength(3);
  expect(await Excel.run((context) => clearMarksIn(context, id))).toBe(true);
  expect(host.notes("Stock")).toEqual({});
});
