/**
 * One result type: every async action of the app answers `{ ok: true, value }` or a Failure
 * `{ ok: false, kind, message, refused? }`, never a rejected promise; anything thrown inside
 * becomes a Failure in one place (`toFailure`, through `settle`).
 */
import { toFailure, type Failure, type InventoryApp, type LocatedIssue } from "../../src/app";
import { engineSettings } from "../../src/app/engine-settings";
import { settle } from "../../src/app/outcomes";
import { settingsSchema, text, textOf, type CellValue } from "../../src/core";
import { ActionRefusedError, describeOfficeError, ExcelActionError, StepFailure, type InventoryRead } from "../../src/excel";
import { HEADERS, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

const officeError = (code: string) => Object.assign(new Error(code), { code });
const sheet = () => ({ name: "S", values: [HEADERS, ["A", "Ski", 2, "X1,X2", 10, 2, ""]] as CellValue[][] });

test("a failed Excel step answers a Failure in plain words, for every kind of action; nothing rejects", async () => {
  w = world([sheet()]);
  const actions: [string, (app: InventoryApp) => Promise<unknown>][] = [
    ["check", (app) => app.check()],
    ["find", (app) => app.findByCode("X1")],
    ["headers", (app) => app.readHeaders()],
    ["settings", (app) => app.loadSettings()],
    ["sheet list", (app) => app.listSheets()],
    ["preview", (app) => app.previewSerialize()],
  ];
  for (const [name, action] of actions) {
    w.host.failSync(1, "GeneralException");
    const answer = await action(w.app);
    expect({ name, answer }).toEqual({
      name,
      answer: { ok: false, kind: "failed", message: expect.stringContaining(describeOfficeError("GeneralException")), say: expect.any(Array) },
    });
    // The same words as data: the failed step, then nothing changed.
    expect((answer as Failure).say?.map(textOf).join(" ")).toBe((answer as Failure).message);
    expect((answer as { message: string }).message).toMatch(/Nothing was changed\.$/);
  }
});

test("going to a cell that is not an address, and undoing with nothing to undo, are answers too", async () => {
  w = world([sheet()]);
  const issue: LocatedIssue = { rule: "quantity-not-whole", severity: "error", row: 1, column: 2, message: "", address: "S!not a cell" };
  expect(await w.app.selectIssue(issue)).toEqual({
    ok: false,
    kind: "failed",
    message: '"S!not a cell" is not a cell address.',
    say: [{ id: "app-not-a-cell", values: { address: "S!not a cell" } }],
  });
  expect(await w.app.undo()).toMatchObject({ ok: false, kind: "refused", message: text("app-nothing-to-undo"), say: [{ id: "app-nothing-to-undo" }] });
});

test("with the chosen sheet deleted, a preview stops with kind sheet-missing and says to try again", async () => {
  w = world([sheet(), { name: "Old", values: sheet().values }]);
  w.app.chooseInventorySheet(valueOf(await w.app.listSheets()).sheets.find((s) => s.name === "Old")!);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Old").delete();
    await context.sync();
  });
  const gone = `${text("app-sheet-gone", { sheet: "Old" })} Try again.`;
  expect(await w.app.previewSerialize()).toMatchObject({ ok: false, kind: "sheet-missing", message: gone });
  // The choice went back to the active sheet: the next preview reads it.
  expect(await w.app.previewAggregate()).toMatchObject({ ok: true, value: { sheetName: "S" } });
});

test("toFailure: refusals keep their kind and rows; failed steps, cancels and bugs get plain words", () => {
  const rows = [{ row: 3, address: "S!A4", reason: "3 codes but quantity 2" }];
  expect(toFailure(new ActionRefusedError("refused", "No row was serialized.", rows))).toMatchObject({
    ok: false, kind: "refused", message: "No row was serialized.", refused: rows,
  });
  expect(toFailure(new StepFailure("excel-step-reading-rows", officeError("AccessDenied")))).toMatchObject({
    ok: false, kind: "protected", message: new ExcelActionError("excel-step-reading-rows", officeError("AccessDenied"), true).message,
  });
  expect(toFailure(officeError("InvalidOperationInCellEditMode"))).toMatchObject({
    ok: false, kind: "cell-edit-mode", message: `${describeOfficeError("InvalidOperationInCellEditMode")} Nothing was changed.`,
  });
  // Not put back: never "Nothing was changed".
  const unrestored = new ExcelActionError("excel-step-removing-added-rows", officeError("InvalidOperationInCellEditMode"), false);
  expect(toFailure(unrestored)).toMatchObject({ ok: false, kind: "cell-edit-mode", message: unrestored.message });
  expect(unrestored.message).not.toMatch(/Nothing was changed/);
  expect(toFailure(Object.assign(new Error("aborted"), { name: "AbortError" }))).toMatchObject({
    ok: false, kind: "cancelled", message: "Cancelled. Nothing was changed.",
  });
  expect(toFailure(new TypeError("Cannot read properties of undefined (reading 'rows')"))).toMatchObject({
    ok: false, kind: "failed", message: `${text("app-error-generic")} Nothing was changed.`,
  });
});

test("settle: a throw becomes a Failure, and a cancelled one when the signal was aborted meanwhile", async () => {
  const boom = async (): Promise<never> => {
    throw officeError("GeneralException");
  };
  expect(await settle(boom)).toMatchObject({ ok: false, kind: "failed" });
  const controller = new AbortController();
  controller.abort();
  expect(await settle(boom, controller.signal)).toMatchObject({ ok: false, kind: "cancelled" });
  expect(await settle(async () => ({ ok: true, value: 7 }))).toEqual({ ok: true, value: 7 });
});

test("the engine gets lastUsedRow only when the sheet holds more below the values read", () => {
  const settings = settingsSchema.parse({});
  const read = (usedAddress: string): InventoryRead =>
    ({
      sheetName: "S", sheetId: "{S}", values: [], origin: "A3", usedAddress, isProtected: false, selection: [], selectionAddress: "",
      rect: { row: 2, column: 0, rows: 10, columns: 7 }, settings, settingsWarnings: [], syncs: 1, blocks: 1,
    }) as unknown as InventoryRead;
  // Values on sheet rows 3–12; a note under the table on row 40.
  expect(engineSettings(read("S!A1:G40"))).toMatchObject({ origin: "A3", lastUsedRow: 40 });
  expect(engineSettings(read("S!A1:G12")).lastUsedRow).toBeUndefined();
  expect(engineSettings(read("")).lastUsedRow).toBeUndefined();
});
