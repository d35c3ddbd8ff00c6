import { SETTINGS_KEY } from "../../src/excel";
import { HEADERS, world, type World } from "./helpers";
import type { CheckOutcome } from "../../src/app";

let w: World;
afterEach(() => w?.host.uninstall());

const sheet = () => ({ name: "S", values: [HEADERS, ["A", "Ski", 2, "X1,X2", 1, 0, ""]] });

test("settings are stored in the workbook and validated; a bad stored value falls back with a warning", async () => {
  w = world([sheet()], { settings: { [SETTINGS_KEY]: { summarySheetName: "Report", currencyDecimals: 99 } } });
  const loaded = await w.app.loadSettings();
  expect(loaded.settings.summarySheetName).toBe("Report");
  expect(loaded.settings.currencyDecimals).toBe(2);
  expect(loaded.warnings.join(" ")).toMatch(/currencyDecimals/);
  const saved = await w.app.saveSettings({ codePrefix: "SKI" });
  expect(saved.settings.codePrefix).toBe("SKI");
  expect(w.host.settings()[SETTINGS_KEY]).toMatchObject({ codePrefix: "SKI", summarySheetName: "Report" });
  await expect(w.app.saveSettings({ codePrefix: "has space" })).rejects.toThrow(/not saved/);
  expect(w.host.settings()[SETTINGS_KEY]).toMatchObject({ codePrefix: "SKI" });
});

test("live check fires after a user edit and ignores the add-in's own writes", async () => {
  w = world([sheet()], { selection: "S!A2" });
  const outcomes: (CheckOutcome | { error: string })[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  await w.app.serializeSelection();
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(0);

  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  const first = outcomes[0] as CheckOutcome;
  expect(first.issues.map((i) => i.rule)).toContain("quantity-not-whole");

  await w.app.setLiveCheck(false, () => undefined);
  w.host.userEdit("S", "C2", [[3]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
});

test("without triggerSource (ExcelApi < 1.14) our own writes are still ignored", async () => {
  w = world([sheet()], { selection: "S!A2", maxExcelApi: "1.13" });
  const outcomes: unknown[] = [];
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
  w = world([sheet()], { selection: "S!A2" });
  const outcomes: (CheckOutcome | { error: string })[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  // Within the quiet window (50 ms in these tests) that hides our own events on older hosts.
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  expect((outcomes[0] as CheckOutcome).issues.map((i) => i.rule)).toContain("quantity-not-whole");
  await w.app.setLiveCheck(false, () => undefined);
});

test("live check re-checks the watched sheet even when another sheet is active", async () => {
  w = world([sheet(), { name: "Other", values: [["notes"]] }]);
  const outcomes: (CheckOutcome | { error: string })[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  w.host.userSelect("Other!A1");
  // A change that reaches S while Other is active (a co-author, another add-in).
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  expect(outcomes[0]).toMatchObject({ sheetName: "S" });
  expect((outcomes[0] as CheckOutcome).issues.map((i) => i.rule)).toContain("quantity-not-whole");
  await w.app.setLiveCheck(false, () => undefined);
});

test("live check keeps working after the user renames the inventory sheet", async () => {
  w = world([sheet()]);
  const outcomes: (CheckOutcome | { error: string })[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").name = "Stock 2026";
    await context.sync();
  });
  w.host.userEdit("Stock 2026", "C2", [[2.5]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  expect(outcomes[0]).toMatchObject({ sheetName: "Stock 2026" });
  await w.app.setLiveCheck(false, () => undefined);
});

test("selecting an issue selects its cell on its sheet", async () => {
  w = world([{ name: "Other" }, { name: "My stock", values: [HEADERS, ["A", "Ski", 2.5, "X", 1, 0, ""]] }], { active: "My stock" });
  const { issues } = await w.app.check();
  const issue = issues.find((i) => i.rule === "quantity-not-whole")!;
  expect(issue.address).toBe("'My stock'!C2");
  w.host.userSelect("Other!A1");
  await w.app.selectIssue(issue);
  expect(w.host.activeSheet()).toBe("My stock");
  expect(w.host.selection()).toEqual(["'My stock'!C2"]);
});

test("live check started from the summary sheet watches the inventory it came from", async () => {
  w = world([sheet()]);
  await w.app.summarize();
  expect(w.host.activeSheet()).toBe("Inventory summary");
  const outcomes: unknown[] = [];
  await w.app.setLiveCheck(true, (o) => outcomes.push(o));
  await new Promise((r) => setTimeout(r, 60));
  w.host.userEdit("S", "C2", [[2.5]]);
  await w.host.flushEvents();
  await new Promise((r) => setTimeout(r, 80));
  expect(outcomes).toHaveLength(1);
  expect((outcomes[0] as CheckOutcome).sheetName).toBe("S");
  await w.app.setLiveCheck(false, () => undefined);
});
