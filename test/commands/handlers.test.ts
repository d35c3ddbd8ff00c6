import { commandHandlers, commandNames, type CommandName } from "../../src/commands/handlers";
import { pendingPaneRequests, resetPaneRequests, toErrorMessage } from "../../src/app";
import { describeOfficeError } from "../../src/excel";
import { failed, fakeApp, ok, refusedSerialize, serializePreview, success } from "../taskpane/fake-app";

const showAsTaskpane = jest.fn(async () => undefined);

beforeEach(() => {
  resetPaneRequests();
  showAsTaskpane.mockReset().mockResolvedValue(undefined);
  (globalThis as unknown as { Office: unknown }).Office = { addin: { showAsTaskpane } };
});

afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

function ribbonEvent() {
  return { completed: jest.fn(), source: { id: "button" } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

async function press(name: CommandName, app = fakeApp()) {
  const event = ribbonEvent();
  await commandHandlers(app)[name](event);
  return { event, app, requests: [...pendingPaneRequests()] };
}

test("every command completes its ribbon event when it succeeds", async () => {
  for (const name of commandNames) {
    const { event } = await press(name);
    expect(event.completed).toHaveBeenCalledTimes(1);
  }
});

test("every command completes its ribbon event when the app fails, and opens the pane with a plain message", async () => {
  for (const name of commandNames) {
    resetPaneRequests();
    showAsTaskpane.mockClear();
    const app = fakeApp();
    const failure = Object.assign(new Error("InvalidOperationInCellEditMode"), { code: "InvalidOperationInCellEditMode" });
    for (const method of ["previewSerialize", "summarize", "labels", "markIssues", "clearMarks"] as const) app[method].mockResolvedValue(failed("failed", toErrorMessage(failure)));
    const { event, requests } = await press(name, app);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(showAsTaskpane).toHaveBeenCalled();
    const notice = requests.find((r) => r.kind === "notice");
    expect(notice).toMatchObject({
      notice: { intent: "error", message: expect.stringContaining(describeOfficeError("InvalidOperationInCellEditMode")) },
    });
  }
});

test("a command still completes when even showing the pane fails", async () => {
  const app = fakeApp();
  app.summarize.mockRejectedValue(new Error("Excel stopped answering."));
  showAsTaskpane.mockRejectedValue(new Error("Shared runtime not available."));
  const { event } = await press("categorySummary", app);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("Serialize selection runs without the pane and leaves an undoable success notice", async () => {
  const app = fakeApp();
  app.serializeSelection.mockResolvedValue(ok("Serialized 1 row into 12."));
  const { requests } = await press("serializeSelection", app);
  expect(app.serializeSelection).toHaveBeenCalledTimes(1);
  expect(showAsTaskpane).not.toHaveBeenCalled();
  expect(requests).toEqual([
    {
      kind: "notice",
      notice: { intent: "success", title: "Serialized", message: "Serialized 1 row into 12.", undoable: true, changed: "inventory" },
    },
  ]);
});

test("Serialize selection above 1,000 new rows does not apply: it opens the pane on the preview to confirm", async () => {
  const app = fakeApp();
  app.previewSerialize.mockResolvedValue(success(serializePreview({ newRows: 2400, needsConfirmation: true })));
  const { requests } = await press("serializeSelection", app);
  expect(app.serializeSelection).not.toHaveBeenCalled();
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(requests[0]).toEqual({ kind: "preview-serialize" });
  expect(requests[1]).toMatchObject({ kind: "notice", notice: { message: expect.stringContaining("would add 2,400 rows") } });
});

test("a refused serialize opens the pane with one line per refused row", async () => {
  const app = fakeApp();
  app.serializeSelection.mockResolvedValue(refusedSerialize());
  const { requests } = await press("serializeSelection", app);
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(requests).toEqual([
    { kind: "notice", notice: { intent: "warning", title: "Serialize did not finish", message: "No row was serialized.", details: ["C5: 3 codes but quantity 2"] } },
  ]);
});

test("a selection with nothing to serialize opens the pane and says why", async () => {
  const app = fakeApp();
  app.previewSerialize.mockResolvedValue(success(
    serializePreview({ rowsAffected: 0, newRows: 0, skipped: [{ row: 2, address: "B3", reason: "already serialized" }] }),
  ));
  const { requests } = await press("serializeSelection", app);
  expect(app.serializeSelection).not.toHaveBeenCalled();
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(requests[0]).toMatchObject({ notice: { title: "Nothing to serialize", details: ["B3: already serialized"] } });
});

test("Category summary runs without the pane and leaves a success notice; a protected sheet opens the pane", async () => {
  const { requests } = await press("categorySummary");
  expect(showAsTaskpane).not.toHaveBeenCalled();
  expect(requests).toEqual([
    {
      kind: "notice",
      notice: {
        intent: "success",
        title: "Category summary ready",
        message: "Category summary written to sheet Inventory summary.",
        undoable: false,
        changed: "elsewhere",
      },
    },
  ]);

  resetPaneRequests();
  const app = fakeApp();
  app.summarize.mockResolvedValue(failed("protected", "Sheet Inventory summary is protected."));
  const second = await press("categorySummary", app);
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(second.requests).toMatchObject([{ notice: { intent: "warning", message: "Sheet Inventory summary is protected." } }]);
});

test("a serialize preview the app cannot make opens the pane with its words, and nothing is applied", async () => {
  const app = fakeApp();
  const gone = 'The sheet "Old" chosen as the inventory is no longer in the workbook, so the pane uses the active sheet again. Try again.';
  app.previewSerialize.mockResolvedValue(failed("sheet-missing", gone));
  const { event, requests } = await press("serializeSelection", app);
  expect(app.serializeSelection).not.toHaveBeenCalled();
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(requests).toEqual([
    { kind: "notice", notice: { intent: "warning", title: "Serialize did not finish", message: gone, details: undefined } },
  ]);
});

test("a cancelled or failed summary is a notice whose tone follows the failure's kind", async () => {
  const app = fakeApp();
  app.summarize.mockResolvedValueOnce(failed("cancelled", "Cancelled. Nothing was changed.")).mockResolvedValueOnce(failed("failed", "Writing the summary failed."));
  const first = await press("categorySummary", app);
  expect(first.requests).toMatchObject([{ notice: { intent: "info", message: "Cancelled. Nothing was changed." } }]);
  resetPaneRequests();
  const second = await press("categorySummary", app);
  expect(second.requests).toMatchObject([{ notice: { intent: "error", title: "Category summary was not built", message: "Writing the summary failed." } }]);
});
