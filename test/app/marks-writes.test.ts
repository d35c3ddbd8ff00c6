/** Marks never count as the user's formatting (issue 18): after serialize, aggregate, fixes and new codes the marks follow the check. */
import { sayIn } from "../../src/core";
import type { TestHost } from "../host";
import { HEADERS, textFormats, valueOf, world } from "./helpers";
import { cellsOf, ourAreas } from "./marks-helpers";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

// The pool's category B2 is empty (warning); C3 is not whole (error), B3 empty (warning).
const POOL = [
  HEADERS,
  ["Pole", "", 3, "P1,P2,P3", 30, 3, ""],
  ["Ski", "", 2.5, "S1", 10, 1, ""],
  ["Boot", "Boots", 1, "B1", 10, 1, ""],
];

function setUp(selection: string) {
  const w = world([{ name: "Stock", values: POOL.map((r) => [...r]), formats: textFormats(POOL, [3]) }], { maxExcelApi: "1.20", selection });
  host = w.host;
  return w;
}

/** Our marks' cells and notes match what a check finds now, cell for cell. */
async function expectMarksFollowCheck(w: ReturnType<typeof setUp>): Promise<void> {
  const check = valueOf(await w.app.check());
  const problemCells = [...new Set(check.issues.map((i) => i.address.split("!")[1]))].sort();
  const areas = ourAreas(w.host.conditionalFormats("Stock"));
  expect(cellsOf([areas.error, areas.warning].filter(Boolean).join(", "))).toEqual(problemCells);
  expect(Object.keys(w.host.notes("Stock")).sort()).toEqual(problemCells);
}

test("unit rows from a marked pool carry no mark unless they have a problem", async () => {
  const w = setUp("Stock!A2");
  valueOf(await w.app.markIssues());
  expect(cellsOf(ourAreas(w.host.conditionalFormats("Stock")).warning)).toContain("B2");
  // The user fixes the pool's category; its mark stays until the next check, so serialize copies it.
  w.host.userEdit("Stock", "B2", [["Poles"]]);
  const done = valueOf(await w.app.serializeSelection());
  expect(done.message).not.toContain("could not be moved");
  expect(w.host.sheetValues("Stock").slice(1, 4).map((r) => r[3])).toEqual(["P1", "P2", "P3"]);
  await expectMarksFollowCheck(w);
  const marked = cellsOf(Object.values(ourAreas(w.host.conditionalFormats("Stock"))).join(", "));
  expect(marked.filter((c) => /^[A-Z]+[234]$/.test(c))).toEqual([]);
  expect(marked).toEqual(["B5", "C5"]);
});

test("a fix on a marked sheet moves the marks with it", async () => {
  const values = [...POOL.map((r) => [...r]), ["Cap", "Caps", "4", "K1", 10, 1, ""]];
  const w = world([{ name: "Stock", values, formats: values.map((r, i) => r.map((_v, c) => (c === 3 || (i === 4 && c === 2) ? "@" : ""))) }], { maxExcelApi: "1.20" });
  host = w.host;
  valueOf(await w.app.markIssues({ displayLocale: "fi-FI" }));
  const fixable = valueOf(await w.app.check()).issues.find((i) => i.rule === "quantity-as-text")!;
  const cell = fixable.address.split("!")[1];
  expect(w.host.notes("Stock")[cell]).toBeDefined();
  valueOf(await w.app.applyFix(fixable));
  await expectMarksFollowCheck(w);
  expect(w.host.notes("Stock")[cell]).toBeUndefined();
});

/** The syncs `act` takes, and every operation label they send. */
async function syncsOf(w: ReturnType<typeof setUp>, act: () => Promise<unknown>): Promise<{ syncs: number; operations: string[] }> {
  const operations: string[] = [];
  w.host.resetStats();
  w.host.failSync((sync) => {
    operations.push(...sync.operations);
    return false;
  });
  await act();
  return { syncs: w.host.stats.syncs, operations };
}

test("a write on a workbook without marks costs no extra sync and adds no marks", async () => {
  const plain = setUp("Stock!A2");
  const alone = await syncsOf(plain, async () => valueOf(await plain.app.serializeSelection()));
  expect(plain.host.conditionalFormats("Stock")).toEqual([]);
  expect(plain.host.notes("Stock")).toEqual({});
  // Nothing of the marks is read: no conditional format, note or comment is asked for.
  expect(alone.operations.filter((o) => /ConditionalFormat|Note|Comment/.test(o))).toEqual([]);
  plain.host.uninstall();
  // Marked and cleared: the app knows there are none, so the same write costs the same syncs.
  const cleared = setUp("Stock!A2");
  valueOf(await cleared.app.markIssues());
  valueOf(await cleared.app.clearMarks());
  expect((await syncsOf(cleared, async () => valueOf(await cleared.app.serializeSelection()))).syncs).toBe(alone.syncs);
  cleared.host.uninstall();
  // Marked: the re-mark's syncs come on top.
  const marked = setUp("Stock!A2");
  valueOf(await marked.app.markIssues());
  expect((await syncsOf(marked, async () => valueOf(await marked.app.serializeSelection()))).syncs).toBeGreaterThan(alone.syncs);
});

test("aggregate on the marked sheet moves the marks with it", async () => {
  // Row 2's negative expense is a warning; merged with row 4's, the sum is 2.
  const values = [HEADERS, ["Wax", "Care", 1, "W1", 5, -1, ""], ["Boot", "Boots", 1, "B1", 10, 1, ""], ["Wax", "Care", 1, "W2", 5, 3, ""]];
  const w = world([{ name: "Stock", values, formats: textFormats(values, [3]) }], { maxExcelApi: "1.20", selection: ["Stock!A2", "Stock!A4"] });
  host = w.host;
  valueOf(await w.app.markIssues());
  expect(cellsOf(ourAreas(w.host.conditionalFormats("Stock")).warning)).toEqual(["F2"]);
  valueOf(await w.app.aggregateSelection());
  expect(w.host.sheetValues("Stock")).toHaveLength(3);
  expect(w.host.sheetValues("Stock")[1][5]).toBe(2);
  await expectMarksFollowCheck(w as ReturnType<typeof setUp>);
  expect(ourAreas(w.host.conditionalFormats("Stock"))).toEqual({});
});

test("generate codes on the marked sheet moves the marks with it", async () => {
  const values = [...POOL.map((r) => [...r]), ["Cap", "Caps", 1, "", 10, 1, ""]];
  const w = world([{ name: "Stock", values, formats: textFormats(values, [3]) }], { maxExcelApi: "1.20" });
  host = w.host;
  valueOf(await w.app.markIssues());
  const before = cellsOf(Object.values(ourAreas(w.host.conditionalFormats("Stock"))).join(", "));
  expect(before).toContain("D5");
  valueOf(await w.app.generateCodes("NEW"));
  expect(w.host.sheetValues("Stock")[4][3]).toMatch(/^NEW/);
  await expectMarksFollowCheck(w as ReturnType<typeof setUp>);
  expect(cellsOf(Object.values(ourAreas(w.host.conditionalFormats("Stock"))).join(", "))).not.toContain("D5");
});

test("a re-mark that fails is said after the write's own words; the write stands and the old marks stay whole", async () => {
  const w = setUp("Stock!A2");
  valueOf(await w.app.markIssues());
  w.host.failSync(({ operations }) => operations.includes("NoteCollection.add"));
  const done = valueOf(await w.app.serializeSelection());
  expect(done.message).toMatch(/^Serialized .* The marks on the sheet could not be moved: /);
  expect(done.say?.at(-1)?.id).toBe("marks-remark-failed");
  expect(w.host.sheetValues("Stock").slice(1, 4).map((r) => r[3])).toEqual(["P1", "P2", "P3"]);
  // The failed re-mark put back what serialize left (the pool's marks copied onto its rows): still ours, so clear takes all of it.
  expect(cellsOf(ourAreas(w.host.conditionalFormats("Stock")).warning)).toEqual(expect.arrayContaining(["B2", "B3", "B4"]));
  valueOf(await w.app.clearMarks());
  expect(ourAreas(w.host.conditionalFormats("Stock"))).toEqual({});
  expect(w.host.notes("Stock")).toEqual({});
});

test("after serialize re-marks the sheet, the pane's Undo still undoes the serialize", async () => {
  const w = setUp("Stock!A2");
  valueOf(await w.app.markIssues());
  valueOf(await w.app.serializeSelection());
  expect(w.host.sheetValues("Stock")).toHaveLength(6);
  valueOf(await w.app.undo());
  expect(w.host.sheetValues("Stock").map((r) => r.slice(0, 4))).toEqual(POOL.map((r) => r.slice(0, 4)));
});

test("a failed re-mark is said in the pane's language, its reason as data, and never claims that nothing changed", async () => {
  const w = setUp("Stock!A2");
  valueOf(await w.app.markIssues({ displayLocale: "de-DE" }));
  w.host.failSync(({ operations }) => operations.includes("NoteCollection.add"));
  const done = valueOf(await w.app.serializeSelection());
  expect(done.message).not.toContain("Nothing was changed");
  const german = (done.say ?? []).map((s) => sayIn("de-DE", s)).join(" ");
  expect(german).toMatch(/Die Markierungen auf dem Arbeitsblatt konnten nicht verschoben werden: \S/);
  expect(german).not.toMatch(/could not|Nothing was changed|Es wurde nichts geändert/);
});

test("marking after a fix leaves the pane's Undo with the fix", async () => {
  const values = [...POOL.map((r) => [...r]), ["Cap", "Caps", "4", "K1", 10, 1, ""]];
  const w = world([{ name: "Stock", values, formats: values.map((r, i) => r.map((_v, c) => (c === 3 || (i === 4 && c === 2) ? "@" : ""))) }], { maxExcelApi: "1.20" });
  host = w.host;
  valueOf(await w.app.markIssues());
  const fixable = valueOf(await w.app.check()).issues.find((i) => i.rule === "quantity-as-text")!;
  valueOf(await w.app.applyFix(fixable));
  expect(w.host.sheetValues("Stock")[4][2]).toBe(4);
  valueOf(await w.app.markIssues());
  expect(w.app.canUndo()).toBe(true);
  valueOf(await w.app.undo());
  expect(w.host.sheetValues("Stock")[4][2]).toBe("4");
});
