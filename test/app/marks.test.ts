/** Marks on the sheet (issue 18) through the app on the strict host: mark, re-check, clear, reopen, refusals. */
import { createInventoryApp } from "../../src/app";
import { createTestHost, type TestHost } from "../host";
import { valueOf, world } from "./helpers";
import { MARKED_STOCK, ourAreas, stockSheet } from "./marks-helpers";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

function setUp(maxExcelApi = "1.20", extra = {}) {
  const w = world([stockSheet(MARKED_STOCK, extra)], { maxExcelApi });
  host = w.host;
  return w;
}

test("marking paints errors red and warnings amber with conditional formats and writes a note per cell", async () => {
  const { app, host } = setUp();
  const before = host.sheetFormats("Stock");
  const done = valueOf(await app.markIssues());
  expect(done.errorCells).toBeGreaterThan(0);
  const areas = ourAreas(host.conditionalFormats("Stock"));
  expect(areas.error).toContain("C3");
  const issues = done.check.issues;
  const notes = host.notes("Stock");
  for (const issue of issues) expect(notes[issue.address.split("!")[1]]).toContain(issue.message);
  const red = host.conditionalFormats("Stock").find((f) => f.formula.includes(":error"))!;
  expect([red.fill, red.fontColor]).toEqual(["#FFC7CE", "#9C0006"]);
  expect(host.sheetFormats("Stock")).toEqual(before);
  expect(done.excelUndo).toBe(true);
});

test("clear leaves the workbook exactly as before marking", async () => {
  const { app, host } = setUp();
  const before = host.snapshot();
  valueOf(await app.markIssues());
  valueOf(await app.clearMarks());
  expect(host.snapshot()).toEqual(before);
  expect(valueOf(await app.marksState())).toEqual({ sheetName: null, cells: 0 });
});

test("a cell with the user's own note keeps it and gets no note of ours", async () => {
  const { app, host } = setUp("1.20", { notes: { C3: "check with Anna" } });
  const before = host.snapshot();
  const done = valueOf(await app.markIssues());
  expect(done.userNotesKept).toBe(1);
  expect(host.notes("Stock").C3).toBe("check with Anna");
  valueOf(await app.clearMarks());
  expect(host.snapshot()).toEqual(before);
});

test("re-checking after a fix moves the marks: the fixed cell loses its mark and note", async () => {
  const { app, host } = setUp();
  valueOf(await app.markIssues());
  host.userEdit("Stock", "C3", [[2]]);
  const again = valueOf(await app.markIssues());
  expect(ourAreas(host.conditionalFormats("Stock")).error ?? "").not.toContain("C3");
  expect(host.notes("Stock").C3).toBeUndefined();
  expect(again.check.issues.some((i) => i.address.endsWith("!C3"))).toBe(false);
});

test("a user fill and a user note made while marked survive clear", async () => {
  const { app, host } = setUp();
  valueOf(await app.markIssues());
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Stock").getRange("C3").format.fill.color = "#00B050";
    await context.sync();
  });
  host.userNote("Stock", "A2", "mine");
  const fills = host.sheetFormats("Stock");
  valueOf(await app.clearMarks());
  expect(host.notes("Stock")).toEqual({ A2: "mine" });
  expect(host.sheetFormats("Stock")).toEqual(fills);
  expect(ourAreas(host.conditionalFormats("Stock"))).toEqual({});
});

test("a user's edit of our note makes it theirs: clear leaves it", async () => {
  const { app, host } = setUp();
  valueOf(await app.markIssues());
  host.userNote("Stock", "C3", "fixed tomorrow");
  valueOf(await app.clearMarks());
  expect(host.notes("Stock")).toEqual({ C3: "fixed tomorrow" });
});

test("a reopened workbook (a new app on a host seeded from the snapshot) still clears exactly", async () => {
  const { app, host: first } = setUp();
  const before = first.snapshot();
  valueOf(await app.markIssues({ displayLocale: "fi-FI" }));
  const saved = first.snapshot();
  const settings = first.settings();
  first.uninstall();
  const reopened = createTestHost({ ...saved, settings, maxExcelApi: "1.20" } as never);
  reopened.install();
  host = reopened;
  const again = createInventoryApp();
  expect(valueOf(await again.marksState())).toEqual({ sheetName: "Stock", cells: expect.any(Number) });
  valueOf(await again.clearMarks());
  expect(reopened.snapshot().sheets).toEqual(before.sheets);
});

test("a protected sheet is refused with nothing changed", async () => {
  const { app, host } = setUp("1.20", { protected: true });
  const before = host.snapshot();
  const result = await app.markIssues();
  expect(result.ok ? "ok" : result.kind).toBe("protected");
  expect(host.snapshot()).toEqual(before);
});

test("below ExcelApi 1.9 marking is refused with nothing changed", async () => {
  const { app, host } = setUp("1.8");
  const before = host.snapshot();
  const result = await app.markIssues();
  expect(result.ok ? "ok" : result.kind).toBe("refused");
  expect(host.snapshot()).toEqual(before);
});

test("below 1.18 the notes are threaded comments; below 1.10 there are none and the result says so", async () => {
  const withComments = setUp("1.17");
  valueOf(await withComments.app.markIssues());
  expect(Object.keys(withComments.host.notes("Stock"))).toEqual([]);
  expect(Object.keys(withComments.host.comments("Stock"))).toContain("C3");
  valueOf(await withComments.app.clearMarks());
  expect(withComments.host.comments("Stock")).toEqual({});
  withComments.host.uninstall();
  const bare = setUp("1.9");
  const done = valueOf(await bare.app.markIssues());
  expect(done.message).toContain("cannot add notes");
  expect(ourAreas(bare.host.conditionalFormats("Stock")).error).toContain("C3");
});

test("a cell with the user's threaded comment keeps it and gets no note of ours", async () => {
  const { app, host } = setUp("1.20", { comments: { C3: "Anna: counted twice?" } });
  const before = host.snapshot();
  const done = valueOf(await app.markIssues());
  expect(done.userNotesKept).toBe(1);
  expect(host.notes("Stock").C3).toBeUndefined();
  expect(host.comments("Stock").C3).toBe("Anna: counted twice?");
  valueOf(await app.clearMarks());
  expect(host.snapshot()).toEqual(before);
});

test("marking 500 cells or more reports progress as the notes are written", async () => {
  const values = [MARKED_STOCK[0], ...Array.from({ length: 520 }, (_, i) => ["Pole", "Poles", 2.5, `P${i}`, 10, 2, ""])];
  const w = world([stockSheet(values)], { maxExcelApi: "1.20" });
  host = w.host;
  const seen: [number, number][] = [];
  valueOf(await w.app.markIssues({ onProgress: (done, total) => seen.push([done, total]) }));
  expect(seen.at(-1)).toEqual([520, 520]);
  expect(Object.keys(w.host.notes("Stock"))).toHaveLength(520);
});

test("a threaded comment of ours that someone replied to is theirs: clear keeps it and marking counts it as kept", async () => {
  const { app, host: first } = setUp("1.17");
  valueOf(await app.markIssues());
  const saved = first.snapshot();
  const settings = first.settings();
  first.uninstall();
  const sheets = saved.sheets.map((s) => {
    if (!s.comments?.C3) return s;
    const content = typeof s.comments.C3 === "string" ? s.comments.C3 : s.comments.C3.content;
    return { ...s, comments: { ...s.comments, C3: { content, replies: ["Anna: fixed on Monday"] } } };
  });
  const reopened = createTestHost({ ...saved, sheets, settings, maxExcelApi: "1.17" } as never);
  reopened.install();
  host = reopened;
  const again = createInventoryApp();
  const marked = valueOf(await again.markIssues());
  expect(marked.userNotesKept).toBe(1);
  valueOf(await again.clearMarks());
  expect(Object.keys(reopened.comments("Stock"))).toEqual(["C3"]);
});
