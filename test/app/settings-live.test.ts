import { SETTINGS_KEY } from "../../src/excel";
import { HEADERS, valueOf, world, type World } from "./helpers";
import type { CheckOutcome, Result } from "../../src/app";
import { paneVisibility } from "../host/pane-visibility";

let w: World;
afterEach(() => w?.host.uninstall());

const sheet = () => ({ name: "S", values: [HEADERS, ["A", "Ski", 2, "X1,X2", 1, 0, ""]] });

test("settings are stored in the workbook and validated; a bad stored value falls back with a warning", async () => {
  w = world([sheet()], { settings: { [SETTINGS_KEY]: { summarySheetName: "Report", currencyDecimals: 99 } } });
  const loaded = valueOf(await w.app.loadSettings());
  expect(loaded.settings.summarySheetName).toBe("Report");
  expect(loaded.settings.currencyDecimals).toBe(2);
  expect(loaded.warnings.join(" ")).toMatch(/currencyDecimals/);
  const saved = valueOf(await w.app.saveSettings({ codePrefix: "SKI" }));
  expect(saved.settings.codePrefix).toBe("SKI");
  expect(w.host.settings()[SETTINGS_KEY]).toMatchObject({ codePrefix: "SKI", summarySheetName: "Report" });
  expect(await w.app.saveSettings({ codePrefix: "has space" })).toMatchObject({ ok: false, kind: "refused", message: expect.stringMatching(/not saved/) });
  expect(w.host.settings()[SETTINGS_KEY]).toMatchObject({ codePrefix: "SKI" });
});

test("live check fires after a user edit and ignores the add-in's own writes", async () => {
  w = world([sheet()], { selection: "S!A2" });
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  await w.app.serializeSelection();
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(0);

  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  const first = valueOf(outcomes[0]);
  expect(first.issues.map((i) => i.rule)).toContain("quantity-not-whole");

  await w.app.setLiveCheck(false, () => undefined);
  w.host.userEdit("S", "C2", [[3]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
});

test("without triggerSource (ExcelApi < 1.14) our own writes are still ignored", async () => {
  w = world([sheet()], { selection: "S!A2", maxExcelApi: "1.13" });
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(0);
  await new Promise((r) => setTimeout(r, 60));
  w.host.userEdit("S", "C2", [[0]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  await w.app.setLiveCheck(false, () => undefined);
});

test("a user edit right after one of our writes is still re-checked when Excel names the trigger", async () => {
  w = world([sheet()], { selection: "S!A2", maxExcelApi: "1.14" });
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  // Within the quiet window (50 ms in these tests) that hides our own events on older hosts.
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  expect(valueOf(outcomes[0]).issues.map((i) => i.rule)).toContain("quantity-not-whole");
  await w.app.setLiveCheck(false, () => undefined);
});

test("live check re-checks the watched sheet even when another sheet is active", async () => {
  w = world([sheet(), { name: "Other", values: [["notes"]] }]);
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  w.host.userSelect("Other!A1");
  // A change that reaches S while Other is active (a co-author, another add-in).
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  expect(valueOf(outcomes[0])).toMatchObject({ sheetName: "S" });
  expect(valueOf(outcomes[0]).issues.map((i) => i.rule)).toContain("quantity-not-whole");
  await w.app.setLiveCheck(false, () => undefined);
});

test("live check keeps working after the user renames the inventory sheet", async () => {
  w = world([sheet()]);
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").name = "Stock 2026";
    await context.sync();
  });
  w.host.userEdit("Stock 2026", "C2", [[2.5]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  expect(valueOf(outcomes[0])).toMatchObject({ sheetName: "Stock 2026" });
  await w.app.setLiveCheck(false, () => undefined);
});

test("selecting an issue selects its cell on its sheet", async () => {
  w = world([{ name: "Other" }, { name: "My stock", values: [HEADERS, ["A", "Ski", 2.5, "X", 1, 0, ""]] }], { active: "My stock" });
  const { issues } = valueOf(await w.app.check());
  const issue = issues.find((i) => i.rule === "quantity-not-whole")!;
  expect(issue.address).toBe("'My stock'!C2");
  w.host.userSelect("Other!A1");
  expect(await w.app.selectIssue(issue)).toEqual({ ok: true, value: undefined });
  expect(w.host.activeSheet()).toBe("My stock");
  expect(w.host.selection()).toEqual(["'My stock'!C2"]);
});

test("live check started from the summary sheet watches the inventory it came from", async () => {
  w = world([sheet()]);
  await w.app.summarize();
  expect(w.host.activeSheet()).toBe("Inventory summary");
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  await new Promise((r) => setTimeout(r, 60));
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  expect(valueOf(outcomes[0]).sheetName).toBe("S");
  await w.app.setLiveCheck(false, () => undefined);
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rulesOf = (outcome: Result<CheckOutcome>) => valueOf(outcome).issues.map((i) => `${i.rule}@${i.address}`);

test("live check does not re-read the sheet while the pane is hidden, and re-checks once when it is shown again", async () => {
  w = world([sheet()]);
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  await paneVisibility(w.host.Office).set("Hidden");
  const syncs = w.host.stats.syncs;
  w.host.userEdit("S", "C2", [[2.5]]);
  w.host.userEdit("S", "C2", [[-1]]);
  await w.host.flushEvents();
  await wait(80);
  expect(outcomes).toHaveLength(0);
  expect(w.host.stats.syncs).toBe(syncs);

  await paneVisibility(w.host.Office).set("Taskpane");
  await wait(40);
  // One re-check, of the sheet as it is now.
  expect(outcomes).toHaveLength(1);
  expect(rulesOf(outcomes[0])).toEqual(["quantity-below-one@S!C2"]);

  // Closed and opened again with no edit seen in between: still one re-check (an edit may have come unseen).
  await paneVisibility(w.host.Office).set("Hidden");
  await paneVisibility(w.host.Office).set("Taskpane");
  await wait(40);
  expect(outcomes).toHaveLength(2);

  // Shown: edits are re-checked as before.
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await wait(80);
  expect(outcomes).toHaveLength(3);
  expect(rulesOf(outcomes[2])).toEqual(["quantity-not-whole@S!C2"]);
  await w.app.setLiveCheck(false, () => undefined);
});

test("an edit whose re-check was still waiting when the pane closed is re-checked when it opens", async () => {
  w = world([sheet()]);
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  // Closed within the pause after the edit (20 ms in these tests).
  await w.host.Office.addin.hide();
  await wait(80);
  expect(outcomes).toHaveLength(0);
  await w.host.Office.addin.showAsTaskpane();
  await wait(40);
  expect(outcomes).toHaveLength(1);
  expect(rulesOf(outcomes[0])).toEqual(["quantity-not-whole@S!C2"]);
  await w.app.setLiveCheck(false, () => undefined);
});

test("live check turned on while the pane is hidden waits for the pane to be shown", async () => {
  w = world([sheet()]);
  await paneVisibility(w.host.Office).set("Hidden");
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await wait(80);
  expect(outcomes).toHaveLength(0);
  await paneVisibility(w.host.Office).set("Taskpane");
  await wait(40);
  expect(outcomes).toHaveLength(1);
  await w.app.setLiveCheck(false, () => undefined);
});

test("live check follows the sheet that was last checked", async () => {
  w = world([sheet(), { name: "T", values: [HEADERS, ["B", "Ski", 1, "Y1", 1, 0, ""]] }]);
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  w.host.userSelect("T!A1");
  expect(valueOf(await w.app.check())).toMatchObject({ sheetName: "T" });

  // S is no longer watched …
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await wait(80);
  expect(outcomes).toHaveLength(0);
  // … T is, even once S is active again.
  w.host.userSelect("S!A1");
  w.host.userEdit("T", "C2", [[-1]]);
  await w.host.flushEvents();
  await wait(80);
  expect(outcomes).toHaveLength(1);
  expect(valueOf(outcomes[0])).toMatchObject({ sheetName: "T" });
  expect(rulesOf(outcomes[0])).toEqual(["quantity-below-one@T!C2"]);

  // Turned off, it watches nothing, whichever sheet was checked last.
  await w.app.setLiveCheck(false, () => undefined);
  w.host.userEdit("T", "C2", [[2.5]]);
  await w.host.flushEvents();
  await wait(80);
  expect(outcomes).toHaveLength(1);
});

test("a check with live check off does not start watching", async () => {
  w = world([sheet()]);
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  await w.app.setLiveCheck(false, () => undefined);
  await w.app.check();
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await wait(80);
  expect(outcomes).toHaveLength(0);
});

test("Office reports the pane hidden but never shown again: the page's signal re-checks once, so the list is not stale", async () => {
  w = world([sheet()], { pane: { events: "hide-only" } });
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  await w.host.Office.addin.hide();
  await wait(0);
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await w.host.Office.addin.showAsTaskpane(); // no event reaches the app
  await wait(60);
  expect(outcomes).toHaveLength(0);

  // The page becomes visible (visibilitychange) and the pane's mount says so too: one re-check.
  w.app.paneShown(true);
  w.app.paneShown(true);
  await wait(60);
  expect(outcomes).toHaveLength(1);
  expect(rulesOf(outcomes[0])).toEqual(["quantity-not-whole@S!C2"]);

  // From then on edits are re-checked as usual.
  w.host.userEdit("S", "C2", [[-1]]);
  await w.host.flushEvents();
  await wait(80);
  expect(outcomes.map(rulesOf)).toEqual([["quantity-not-whole@S!C2"], ["quantity-below-one@S!C2"]]);
  await w.app.setLiveCheck(false, () => undefined);
});

test("a runtime started hidden by a ribbon button (no event at all): the page's hidden and shown signals pause and re-check", async () => {
  w = world([sheet()], { pane: { startsAs: "Hidden", events: "none" } });
  const outcomes: Result<CheckOutcome>[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  w.app.paneShown(false);
  const syncs = w.host.stats.syncs;
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await wait(80);
  expect(outcomes).toHaveLength(0);
  expect(w.host.stats.syncs).toBe(syncs);
  w.app.paneShown(true);
  await wait(60);
  expect(outcomes.map(rulesOf)).toEqual([["quantity-not-whole@S!C2"]]);
  await w.app.setLiveCheck(false, () => undefined);
});
