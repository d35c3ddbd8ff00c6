/**
 * Marks across Excel versions and copies (issue 18): below ExcelApi 1.18 the user's notes are
 * invisible and refuse our comments; marks made with notes cannot be moved where notes cannot be
 * read; a copy of the marked sheet carries notes that are ours.
 */
import { createInventoryApp } from "../../src/app";
import { createTestHost, type TestHost, type WorkbookSnapshot } from "../host";
import { valueOf, world } from "./helpers";
import { MARKED_STOCK, ourAreas, stockSheet } from "./marks-helpers";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

/** The workbook marked at 1.20, reopened at `maxExcelApi` (a new app on a host seeded from it). */
async function markedThenReopened(maxExcelApi: string, change: (saved: WorkbookSnapshot) => WorkbookSnapshot = (s) => s, selection?: string) {
  const first = world([stockSheet(MARKED_STOCK)], { maxExcelApi: "1.20" });
  valueOf(await first.app.markIssues());
  const saved = change(first.host.snapshot());
  const settings = first.host.settings();
  first.host.uninstall();
  host = createTestHost({ ...saved, settings, maxExcelApi, ...(selection ? { selection } : {}) } as never);
  host.install();
  return { host, app: createInventoryApp() };
}

test.each(["1.17", "1.14"])("at %s a cell with the user's note (which this Excel cannot see) keeps it; the rest is marked and clears exactly", async (api) => {
  const w = world([stockSheet(MARKED_STOCK, { notes: { C3: "check with Anna" } })], { maxExcelApi: api });
  host = w.host;
  const before = w.host.snapshot();
  const done = valueOf(await w.app.markIssues());
  expect(done.userNotesKept).toBe(1);
  expect(done.message).toContain("1 marked cell already had a note");
  expect(w.host.notes("Stock")).toEqual({ C3: "check with Anna" });
  expect(Object.keys(w.host.comments("Stock")).sort()).toEqual(["D4", "D5"]);
  expect(ourAreas(w.host.conditionalFormats("Stock")).error).toContain("C3");
  valueOf(await w.app.clearMarks());
  expect(w.host.snapshot()).toEqual(before);
});

test("another failure while writing comments still puts everything back", async () => {
  const w = world([stockSheet(MARKED_STOCK, { notes: { C3: "check with Anna" } })], { maxExcelApi: "1.17" });
  host = w.host;
  const before = w.host.snapshot();
  w.host.failSync(({ operations }) => operations.includes("CommentCollection.add") && operations.length > 1, "GeneralException");
  expect((await w.app.markIssues()).ok).toBe(false);
  expect(w.host.snapshot()).toEqual(before);
});

test.each(["1.17", "1.14"])("marks made with notes are refused at %s, mark and clear alike, with nothing changed and the record kept", async (api) => {
  const w = await markedThenReopened(api);
  const before = w.host.snapshot();
  const settings = w.host.settings();
  for (const act of [() => w.app.markIssues({ displayLocale: "de-DE" }), () => w.app.clearMarks()]) {
    const result = await act();
    expect(result.ok ? "ok" : result.kind).toBe("refused");
    if (!result.ok) {
      expect(result.message).toBe("The marks in this workbook were made in a newer version of Excel, with notes this version cannot read. Open the workbook there to mark the sheet or clear the marks. Nothing was changed.");
      expect(result.say?.[0]?.id).toBe("marks-newer-excel");
    }
    expect(w.host.snapshot()).toEqual(before);
    expect(w.host.settings()).toEqual(settings);
  }
});

test("on a copy of the marked sheet, clear takes our notes there too (the record's hashes hold on every sheet)", async () => {
  const copy = (saved: WorkbookSnapshot): WorkbookSnapshot => {
    const stock = saved.sheets.find((s) => s.name === "Stock")!;
    return { ...saved, sheets: [...saved.sheets, { ...stock, name: "Stock (2)" }] };
  };
  const w = await markedThenReopened("1.20", copy, "Stock (2)!A1");
  expect(Object.keys(w.host.notes("Stock (2)")).length).toBeGreaterThan(0);
  valueOf(await w.app.clearMarks());
  expect(w.host.notes("Stock (2)")).toEqual({});
  expect(ourAreas(w.host.conditionalFormats("Stock (2)"))).toEqual({});
  expect(w.host.notes("Stock")).toEqual({});
});
