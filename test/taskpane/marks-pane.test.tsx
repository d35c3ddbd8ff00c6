/** @jest-environment jsdom */
/**
 * Issue 18 on the Check tab: the "Mark problems on the sheet" switch (from the workbook's
 * marksState, marking through Check, clearing when off), Protect entry / Remove protection by
 * the workbook's state, Export issues naming its sheet, failures in the bars, Finnish words.
 */
import "./setup-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { postToPane, type MarksOutcome } from "../../src/app";
import { App } from "../../src/taskpane/App";
import { checkOutcome, failed, fakeApp, issue, ok, success, type FakeApp } from "./fake-app";
import { renderPane } from "./render-pane";

const problems = checkOutcome([
  issue("quantity-not-whole", 3, 1, "quantity 2.5 is not a whole number"),
  issue("codes-number", 6, 2, "code 456 is stored as a number", { severity: "warning" }),
]);

const marked = (over: Partial<MarksOutcome> = {}) =>
  success<MarksOutcome>({ message: "Marked 5 cells.", undoable: false, excelUndo: true, check: problems, errorCells: 3, warningCells: 2, userNotesKept: 0, ...over });

const marksSwitch = () => screen.getByRole("switch", { name: "Mark problems on the sheet" });

function withMarks(app: FakeApp = fakeApp()) {
  app.marksState.mockResolvedValue(success({ sheetName: "Inventory", cells: 5 }));
  app.markIssues.mockResolvedValue(marked());
  return app;
}

test("the switch starts off when the workbook holds no marks, and Check then only checks", async () => {
  const app = fakeApp();
  const { user } = renderPane(app);
  await waitFor(() => expect(app.marksState).toHaveBeenCalled());
  expect(marksSwitch()).not.toBeChecked();
  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  await screen.findByRole("list", { name: "Check summary" });
  expect(app.check).toHaveBeenCalled();
  expect(app.markIssues).not.toHaveBeenCalled();
});

test("marks kept in the workbook turn the switch on, and Check then marks in the pane's language with the counts", async () => {
  const app = withMarks();
  app.markIssues.mockResolvedValue(marked({ userNotesKept: 1 }));
  const { user } = renderPane(app);
  await waitFor(() => expect(marksSwitch()).toBeChecked());
  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  expect(await screen.findByText("5 cells marked (3 red, 2 amber). 1 cell kept your own note.")).toBeInTheDocument();
  expect(app.markIssues).toHaveBeenCalledWith(expect.objectContaining({ displayLocale: "en-US", signal: expect.any(AbortSignal) }));
  expect(app.check).not.toHaveBeenCalled();
  expect(screen.getByText("1 error, 1 warning. Select an issue to go to its cell.")).toBeInTheDocument();
});

test("turning the switch on marks at once and shows the same issue list", async () => {
  const app = fakeApp();
  app.markIssues.mockResolvedValue(marked());
  const { user } = renderPane(app);
  await waitFor(() => expect(app.marksState).toHaveBeenCalled());
  await user.click(marksSwitch());
  expect(await screen.findByText("5 cells marked (3 red, 2 amber).")).toBeInTheDocument();
  expect(app.markIssues).toHaveBeenCalledTimes(1);
  expect(marksSwitch()).toBeChecked();
  expect(screen.getByRole("button", { name: "Quantity is not a whole number: 1 error" })).toBeInTheDocument();
});

test("turning it off clears the marks and says so; Check then only checks", async () => {
  const app = withMarks();
  app.clearMarks.mockImplementation(async () => {
    app.marksState.mockResolvedValue(success({ sheetName: null, cells: 0 }));
    return ok("Cleared the marks.");
  });
  const { user } = renderPane(app);
  await waitFor(() => expect(marksSwitch()).toBeChecked());
  await user.click(marksSwitch());
  expect(await screen.findByText("Cleared the marks.")).toBeInTheDocument();
  expect(app.clearMarks).toHaveBeenCalledTimes(1);
  expect(marksSwitch()).not.toBeChecked();
  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  await waitFor(() => expect(app.check).toHaveBeenCalledTimes(1));
  expect(app.markIssues).not.toHaveBeenCalled();
});

test("a marking that did not finish is shown in the error bar and the switch goes back off", async () => {
  const app = fakeApp();
  app.markIssues.mockResolvedValue(failed("protected", "Sheet Inventory is protected. Nothing was changed."));
  const { user } = renderPane(app);
  await waitFor(() => expect(app.marksState).toHaveBeenCalled());
  await user.click(marksSwitch());
  expect(await screen.findByText("The sheet was not marked")).toBeInTheDocument();
  expect(screen.getByText("Sheet Inventory is protected. Nothing was changed.")).toBeInTheDocument();
  expect(marksSwitch()).not.toBeChecked();
});

test("Protect entry or Remove protection shows by the workbook's entry rules and switches after each", async () => {
  const app = fakeApp();
  const protectedState = success({ sheetName: "Inventory", ranges: ["Inventory!B2:B1048576", "Inventory!C2:C1048576"] });
  const { user } = renderPane(app);
  await user.click(await screen.findByRole("button", { name: "Protect entry" }));
  expect(app.protectEntry).toHaveBeenCalledWith(expect.objectContaining({ displayLocale: "en-US" }));
  expect(await screen.findByText("Protected entry in 2 columns.")).toBeInTheDocument();

  app.entryProtectionState.mockResolvedValue(protectedState);
  app.protectEntry.mockClear();
  await user.click(screen.getByRole("button", { name: "Protect entry" }));
  await user.click(await screen.findByRole("button", { name: "Remove protection" }));
  expect(app.removeEntryProtection).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("Removed entry protection.")).toBeInTheDocument();
});

test("entry rules already in the workbook show Remove protection when the pane opens", async () => {
  const app = fakeApp();
  app.entryProtectionState.mockResolvedValue(success({ sheetName: "Inventory", ranges: ["Inventory!B2:B1048576"] }));
  renderPane(app);
  expect(await screen.findByRole("button", { name: "Remove protection" })).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Protect entry" })).toBeNull();
});

test("Export issues names the sheet the list is on; a refusal shows in the result bar", async () => {
  const app = fakeApp();
  app.exportIssues.mockResolvedValueOnce(success({ message: "", undoable: false, excelUndo: true, sheetName: "Issues 2", issues: 3 }));
  const { user } = renderPane(app);
  await user.click(await screen.findByRole("button", { name: "Export issues" }));
  // The sheet's name is set apart as an address inside the sentence.
  await waitFor(() => expect(document.body.textContent).toContain("3 issues listed on sheet Issues 2."));
  expect(app.exportIssues).toHaveBeenCalledWith(expect.objectContaining({ displayLocale: "en-US" }));

  app.exportIssues.mockResolvedValueOnce(failed("protected", "The workbook structure is protected. Nothing was changed."));
  await user.click(screen.getByRole("button", { name: "Export issues" }));
  expect(await screen.findByText("The workbook structure is protected. Nothing was changed.")).toBeInTheDocument();
});

test("the buttons are disabled while an action runs", async () => {
  const app = fakeApp();
  let finish: () => void = () => undefined;
  app.protectEntry.mockReturnValue(new Promise((resolve) => { finish = () => resolve(ok("Protected entry in 2 columns.")); }));
  const { user } = renderPane(app);
  await user.click(await screen.findByRole("button", { name: "Protect entry" }));
  expect(screen.getByRole("button", { name: "Export issues" })).toBeDisabled();
  expect(marksSwitch()).toBeDisabled();
  finish();
  await waitFor(() => expect(screen.getByRole("button", { name: "Export issues" })).toBeEnabled());
});

test("in Finnish the switch, its counts and the buttons speak Finnish, with the Finnish tag for the notes", async () => {
  const app = withMarks();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App app={app} displayLanguage="fi-FI" storage={{ getItem: () => null, setItem: () => undefined }} />
    </FluentProvider>,
  );
  const toggle = await screen.findByRole("switch", { name: "Merkitse ongelmat taulukkoon" });
  await waitFor(() => expect(toggle).toBeChecked());
  await user.click(screen.getByRole("button", { name: "Tarkista taulukko" }));
  expect(await screen.findByText("5 solua merkitty (3 punaisella, 2 keltaisella).")).toBeInTheDocument();
  expect(app.markIssues).toHaveBeenCalledWith(expect.objectContaining({ displayLocale: "fi-FI" }));
  expect(screen.getByRole("button", { name: "Suojaa syöttö" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Vie ongelmat" })).toBeInTheDocument();
});

test("a state read that rejects leaves the switch off and Protect entry shown, and Check still checks", async () => {
  const app = fakeApp();
  app.marksState.mockRejectedValue(new Error("not built yet"));
  app.entryProtectionState.mockRejectedValue(new Error("not built yet"));
  const { user } = renderPane(app);
  await waitFor(() => expect(app.entryProtectionState).toHaveBeenCalled());
  expect(await screen.findByRole("button", { name: "Protect entry" })).toBeInTheDocument();
  expect(marksSwitch()).not.toBeChecked();
  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  await waitFor(() => expect(app.check).toHaveBeenCalledTimes(1));
});

test("the ribbon's Mark problems turns the switch on: its notice is a write, and the workbook then holds marks", async () => {
  const app = fakeApp();
  renderPane(app);
  await waitFor(() => expect(app.marksState).toHaveBeenCalledTimes(1));
  expect(marksSwitch()).not.toBeChecked();
  app.marksState.mockResolvedValue(success({ sheetName: "Inventory", cells: 6 }));
  act(() => postToPane({ kind: "notice", notice: { intent: "success", title: "Problems marked", message: "6 cells marked (4 red, 2 amber).", changed: "elsewhere" } }));
  await waitFor(() => expect(marksSwitch()).toBeChecked());
});
