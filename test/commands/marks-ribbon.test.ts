/** The Problem marks menu (issue 18): Mark problems marks in the pane's language and tells the counts; Clear marks clears. */
import { commandHandlers } from "../../src/commands/handlers";
import { pendingPaneRequests, resetPaneRequests } from "../../src/app";
import { checkOutcome, failed, fakeApp, ok, success } from "../taskpane/fake-app";

const showAsTaskpane = jest.fn(async () => undefined);

beforeEach(() => {
  resetPaneRequests();
  showAsTaskpane.mockReset().mockResolvedValue(undefined);
  (globalThis as unknown as { Office: unknown }).Office = { addin: { showAsTaskpane } };
});

afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

async function press(name: "markProblems" | "clearMarks", app = fakeApp(), language = "en-US") {
  const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
  await commandHandlers(app, () => language)[name](event);
  return { event, requests: [...pendingPaneRequests()] };
}

const marked = (userNotesKept = 0, message = "") =>
  success({ message, undoable: false, excelUndo: true, check: checkOutcome([]), errorCells: 2, warningCells: 1, userNotesKept });

test("Mark problems marks the inventory sheet in the pane's language and tells the counts in it", async () => {
  const app = fakeApp();
  app.markIssues.mockResolvedValue(marked(1));
  const { event, requests } = await press("markProblems", app, "fi-FI");
  expect(app.markIssues).toHaveBeenCalledWith({ displayLocale: "fi-FI" });
  expect(requests).toEqual([{
    kind: "notice",
    notice: expect.objectContaining({
      intent: "success", title: "Ongelmat merkitty", changed: "elsewhere",
      message: "3 cells marked (2 red, 1 amber). 1 cell kept your own note.",
      say: [{ id: "marks-pane-marked", values: { cells: 3, errors: 2, warnings: 1 } }, { id: "marks-pane-notes-kept", values: { count: 1 } }],
    }),
  }]);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("the app's own words are told when it has them", async () => {
  const app = fakeApp();
  app.markIssues.mockResolvedValue(marked(0, "Marked 3 cells on Stock. Notes need Excel 2024."));
  const { requests } = await press("markProblems", app);
  expect(requests).toEqual([{ kind: "notice", notice: expect.objectContaining({ title: "Problems marked", message: "Marked 3 cells on Stock. Notes need Excel 2024." }) }]);
});

test("a protected sheet opens the Check tab with the reason, and the pane is brought into view", async () => {
  const app = fakeApp();
  app.markIssues.mockResolvedValue(failed("protected", "Sheet Inventory is protected. Nothing was changed."));
  const { requests, event } = await press("markProblems", app);
  expect(requests).toEqual([
    { kind: "open-panel", panel: "check" },
    { kind: "notice", notice: expect.objectContaining({ intent: "warning", title: "Problems not marked", message: "Sheet Inventory is protected. Nothing was changed." }) },
  ]);
  expect(showAsTaskpane).toHaveBeenCalled();
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("Clear marks clears, turns the pane's switch off and says what the app said; a failure is told with its reason", async () => {
  const app = fakeApp();
  app.clearMarks.mockResolvedValueOnce(ok("Cleared the marks on 3 cells."));
  const first = await press("clearMarks", app, "de-DE");
  expect(app.clearMarks).toHaveBeenCalledTimes(1);
  expect(first.requests).toEqual([
    { kind: "marks-cleared" },
    { kind: "notice", notice: expect.objectContaining({ intent: "success", title: "Markierungen entfernt", message: "Cleared the marks on 3 cells." }) },
  ]);

  resetPaneRequests();
  app.clearMarks.mockResolvedValueOnce(failed("failed", "Excel could not save the marks' record."));
  const second = await press("clearMarks", app);
  expect(second.requests).toEqual([
    { kind: "notice", notice: expect.objectContaining({ intent: "error", title: "Marks not cleared", message: "Excel could not save the marks' record." }) },
  ]);
  expect(second.event.completed).toHaveBeenCalledTimes(1);
});
