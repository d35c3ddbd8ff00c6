/** @jest-environment jsdom */
/**
 * The marks switch after other actions (issue 18 review): a fix or a stale "Check again" only
 * checks (the app re-marked after its own write) and keeps the fix's Undo; the ribbon's Clear
 * marks turns the switch off, also when the pane opens after it; an export keeps the app's words.
 */
import "./setup-dom";
import { act, screen, waitFor } from "@testing-library/react";
import { pendingPaneRequests, postToPane, resetPaneRequests, sentences, words, type MarksOutcome } from "../../src/app";
import { checkOutcome, fakeApp, issue, ok, success, type FakeApp } from "./fake-app";
import { renderPane } from "./render-pane";

const storeAsText = { kind: "store-as-text" as const, label: "Store as text" };
const problems = checkOutcome([issue("codes-number", 6, 2, "code 456 is stored as a number", { severity: "warning", fix: storeAsText })]);

const marksSwitch = () => screen.getByRole("switch", { name: "Mark problems on the sheet" });

/** A workbook holding marks; a marking is a write of its own, after which the app has no Undo for an earlier one. */
function markedWorkbook(): FakeApp {
  const app = fakeApp();
  app.marksState.mockResolvedValue(success({ sheetName: "Inventory", cells: 1 }));
  app.check.mockResolvedValue(success(checkOutcome([])));
  app.markIssues.mockImplementation(async () => {
    app.canUndo.mockReturnValue(false);
    const outcome: MarksOutcome = { message: "", undoable: false, excelUndo: true, check: problems, errorCells: 0, warningCells: 1, userNotesKept: 0 };
    return success(outcome);
  });
  app.applyFix.mockImplementation(async () => {
    app.canUndo.mockReturnValue(true);
    return ok("Fixed 1 cell.");
  });
  return app;
}

beforeEach(() => resetPaneRequests());

test("with the switch on, a Fix checks without marking again, and its Undo stays", async () => {
  const app = markedWorkbook();
  const { user } = renderPane(app);
  await waitFor(() => expect(marksSwitch()).toBeChecked());
  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  await user.click(await screen.findByRole("button", { name: "Code stored as a number: 1 warning" }));
  await user.click(screen.getByRole("button", { name: "Store as text in C7" }));
  expect(await screen.findByText("Fixed 1 cell.")).toBeInTheDocument();
  await waitFor(() => expect(app.check).toHaveBeenCalledTimes(1));
  expect(app.markIssues).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("No problems found.")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Undo" })).toBeInTheDocument();
});

test("with the switch on, the stale check's Check again after a serialize only checks", async () => {
  const app = markedWorkbook();
  const { user } = renderPane(app);
  await waitFor(() => expect(marksSwitch()).toBeChecked());
  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  await screen.findByRole("button", { name: "Code stored as a number: 1 warning" });
  await user.click(screen.getByRole("tab", { name: "Serialize" }));
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  await user.click(await screen.findByRole("button", { name: "Serialize 1 row" }));
  await screen.findByText("Serialized 1 row into 12.");
  await user.click(screen.getByRole("tab", { name: "Check" }));
  await user.click(screen.getByRole("button", { name: "Check again" }));
  await waitFor(() => expect(app.check).toHaveBeenCalledTimes(1));
  expect(app.markIssues).toHaveBeenCalledTimes(1);
});

test("the ribbon's Clear marks turns the switch off, so the next Check only checks", async () => {
  const app = markedWorkbook();
  const { user } = renderPane(app);
  await waitFor(() => expect(marksSwitch()).toBeChecked());
  // The workbook's state is not asked again: the request alone turns the switch off.
  act(() => postToPane({ kind: "marks-cleared" }));
  await waitFor(() => expect(marksSwitch()).not.toBeChecked());
  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  await waitFor(() => expect(app.check).toHaveBeenCalledTimes(1));
  expect(app.markIssues).not.toHaveBeenCalled();
});

test("a Clear marks made while the pane was closed reaches it when it opens, and says nothing of its own", async () => {
  const app = fakeApp();
  postToPane({ kind: "marks-cleared" });
  renderPane(app);
  await waitFor(() => expect(pendingPaneRequests()).toEqual([]));
  await waitFor(() => expect(app.marksState).toHaveBeenCalled());
  expect(marksSwitch()).not.toBeChecked();
  expect(screen.queryByRole("alert")).toBeNull();
});

test("an export with no issues keeps the app's words instead of counting 0 issues", async () => {
  const app = fakeApp();
  const said = words("issues-export-done-none", { source: "Stock", sheet: "Issues" });
  app.exportIssues.mockResolvedValueOnce(success({ ...said, undoable: false, excelUndo: true, sheetName: "Issues", issues: 0 }));
  const { user } = renderPane(app);
  await user.click(await screen.findByRole("button", { name: "Export issues" }));
  await waitFor(() => expect(document.body.textContent).toContain("No issues on Stock; Issues says so."));
  expect(document.body.textContent).not.toContain("0 issues listed");
});

test("an export with issues says what the app said, links included, in the pane's language", async () => {
  const app = fakeApp();
  const said = sentences(words("issues-export-done", { count: 3, source: "Stock", sheet: "Issues" }), words("issues-export-no-links"));
  const value = { ...said, undoable: false, excelUndo: true, sheetName: "Issues", issues: 3 };
  app.exportIssues.mockResolvedValueOnce(success(value));
  const { user } = renderPane(app);
  await user.click(await screen.findByRole("button", { name: "Export issues" }));
  await waitFor(() => expect(document.body.textContent).toContain("3 issues on Stock listed on Issues."));
  expect(document.body.textContent).toContain("the Cell column holds plain addresses.");
});
