/** @jest-environment jsdom */
import "./setup-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import { toFailure, type LiveCheckListener } from "../../src/app";
import { describeOfficeError } from "../../src/excel";
import { checkOutcome, failed, fakeApp, issue, success } from "./fake-app";
import { renderPane } from "./render-pane";

afterEach(() => jest.restoreAllMocks()); // document.hasFocus spies

const storeAsText = { kind: "store-as-text" as const, label: "Store as text" };

function outcomeWithIssues() {
  return checkOutcome([
    issue("codes-number", 2, 2, "code 123 is stored as a number", { severity: "warning", fix: storeAsText }),
    issue("quantity-not-whole", 3, 1, "quantity 2.5 is not a whole number"),
    issue("quantity-not-whole", 5, 1, "quantity 1.5 is not a whole number"),
    issue("codes-number", 6, 2, "code 456 is stored as a number", { severity: "warning", fix: storeAsText }),
    issue("quantity-not-whole", 8, 1, "quantity 0.5 is not a whole number"),
  ]);
}

async function runCheck(app = fakeApp()) {
  const view = renderPane(app);
  await view.user.click(screen.getByRole("button", { name: "Check sheet" }));
  await screen.findByRole("list", { name: "Check summary" });
  return { app, ...view };
}

test("a check shows the summary line and the issues grouped by rule with counts, errors first", async () => {
  const app = fakeApp();
  app.check.mockResolvedValue(success(outcomeWithIssues()));
  await runCheck(app);

  const stats = within(screen.getByRole("list", { name: "Check summary" })).getAllByRole("listitem").map((li) => li.textContent);
  expect(stats).toEqual(["10 data rows", "7 valid", "3 invalid", "5 serialized", "2 aggregated", "29 units"]);
  expect(screen.getByText("3 errors, 2 warnings. Select an issue to go to its cell.")).toBeInTheDocument();
  const headers = within(screen.getByLabelText("Issues by rule")).getAllByRole("button").map((b) => b.getAttribute("aria-label"));
  expect(headers).toEqual(["Quantity is not a whole number: 3 errors", "Code stored as a number: 2 warnings"]);
  expect(app.check).toHaveBeenCalledWith(expect.objectContaining({ signal: expect.any(AbortSignal), onProgress: expect.any(Function) }));
});

test("clicking an issue, or pressing Enter on it, selects its cell in Excel", async () => {
  const app = fakeApp();
  const outcome = outcomeWithIssues();
  app.check.mockResolvedValue(success(outcome));
  const { user } = await runCheck(app);

  await user.click(screen.getByRole("button", { name: "Quantity is not a whole number: 3 errors" }));
  await user.click(screen.getByRole("button", { name: "B6: quantity 1.5 is not a whole number" }));
  expect(app.selectIssue).toHaveBeenLastCalledWith(outcome.issues[2]);

  screen.getByRole("button", { name: "B9: quantity 0.5 is not a whole number" }).focus();
  await user.keyboard("{Enter}");
  expect(app.selectIssue).toHaveBeenLastCalledWith(outcome.issues[4]);
});

test("Fix all fixes every issue of the rule, checks again and offers Undo", async () => {
  const app = fakeApp();
  app.check.mockResolvedValueOnce(success(outcomeWithIssues())).mockResolvedValue(success(checkOutcome([])));
  const { user } = await runCheck(app);

  await user.click(screen.getByRole("button", { name: "Code stored as a number: 2 warnings" }));
  await user.click(screen.getByRole("button", { name: "Fix all 2: Store as text" }));

  expect(app.applyFixAll).toHaveBeenCalledWith("codes-number", expect.objectContaining({ signal: expect.any(AbortSignal) }));
  expect(await screen.findByText("Fixed 2 cells.")).toBeInTheDocument();
  await waitFor(() => expect(app.check).toHaveBeenCalledTimes(2));
  expect(await screen.findByText("No problems found.")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Undo" }));
  expect(app.undo).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("Undid the last action.")).toBeInTheDocument();
  await waitFor(() => expect(app.check).toHaveBeenCalledTimes(3));
});

test("one issue's Fix applies only that issue; a missing code gets a generated one with the stored prefix", async () => {
  const app = fakeApp();
  const missing = issue("codes-missing", 4, 2, "no stock code", { fix: { kind: "generate-codes", label: "Generate codes" } });
  const outcome = outcomeWithIssues();
  app.check.mockResolvedValue(success(checkOutcome([...outcome.issues, missing])));
  const { user } = await runCheck(app);

  await user.click(screen.getByRole("button", { name: "Code stored as a number: 2 warnings" }));
  await user.click(screen.getByRole("button", { name: "Store as text in C7" }));
  expect(app.applyFix).toHaveBeenCalledWith(outcome.issues[3], expect.anything());

  await user.click(screen.getByRole("button", { name: "Stock codes missing: 1 error" }));
  await user.click(screen.getByRole("button", { name: "Generate codes in C5" }));
  expect(app.generateCodes).toHaveBeenCalledWith("ITEM", [4], expect.anything());
});

test("50,000 issues render a page at a time", async () => {
  const app = fakeApp();
  const many = Array.from({ length: 50_000 }, (_, i) => issue("codes-duplicate", i + 1, 2, `code X${i} is also used in row 2`));
  app.check.mockResolvedValue(success(checkOutcome(many)));
  const { user } = await runCheck(app);

  await user.click(screen.getByRole("button", { name: "Code used in another row: 50,000 errors" }));
  const list = () => screen.getAllByText(/is also used in row 2$/);
  expect(list()).toHaveLength(100);
  await user.click(screen.getByRole("button", { name: "Show 100 more (49,900 not shown)" }));
  expect(list()).toHaveLength(200);
});

test("live check follows the stored setting, can be switched off, and its results update the pane", async () => {
  const app = fakeApp();
  const { user } = renderPane(app);
  await waitFor(() => expect(app.setLiveCheck).toHaveBeenCalledWith(true, expect.any(Function)));
  const toggle = screen.getByRole("switch", { name: "Live check" });
  await waitFor(() => expect(toggle).toBeChecked());
  expect(screen.getByText("On: edits and pastes are re-checked after a short pause.")).toBeInTheDocument();

  const listener = app.setLiveCheck.mock.calls[0][1] as LiveCheckListener;
  act(() => listener(success(checkOutcome([issue("quantity-missing", 3, 1, "quantity is empty")], { data: 42 }))));
  expect(await screen.findByText("42")).toBeInTheDocument();
  act(() => listener(failed("failed", "The sheet was deleted.")));
  expect(screen.getByText("Live check: The sheet was deleted.")).toBeInTheDocument();

  await user.click(toggle);
  await waitFor(() => expect(app.setLiveCheck).toHaveBeenLastCalledWith(false, expect.any(Function)));
  expect(toggle).not.toBeChecked();
});

test("a failed check shows a plain message, not a code or 'undefined'", async () => {
  const app = fakeApp();
  // What the app answers when Excel refuses access, and when a failure has no words of its own.
  const accessDenied = toFailure(Object.assign(new Error("AccessDenied"), { code: "AccessDenied" }));
  app.check.mockResolvedValueOnce(accessDenied).mockResolvedValueOnce(toFailure(new Error(undefined)));
  const { user } = renderPane(app);

  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  expect(await screen.findByText(describeOfficeError("AccessDenied"), { exact: false })).toBeInTheDocument();
  expect(accessDenied.message).toMatch(/\(AccessDenied\)/);

  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  expect(await screen.findByText(/Something went wrong and the action did not finish/)).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/undefined/);
});

test("after a serialize the earlier check says it is out of date and offers to check again", async () => {
  const app = fakeApp();
  app.check.mockResolvedValue(success(outcomeWithIssues()));
  const { user } = await runCheck(app);
  const stale = "The sheet has changed since this check, so some issues may point at moved rows.";
  expect(screen.queryByText(stale)).not.toBeInTheDocument();

  await user.click(screen.getByRole("tab", { name: "Serialize" }));
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  await user.click(await screen.findByRole("button", { name: "Serialize 1 row" }));
  await screen.findByText("Serialized 1 row into 12.");
  await user.click(screen.getByRole("tab", { name: "Check" }));

  expect(screen.getByText(stale)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Check again" }));
  await waitFor(() => expect(screen.queryByText(stale)).not.toBeInTheDocument());
  expect(app.check).toHaveBeenCalledTimes(2);
});

test("when Excel cannot select an issue's cell the message names the cell and the step, and the results stay", async () => {
  const app = fakeApp();
  app.check.mockResolvedValue(success(outcomeWithIssues()));
  app.selectIssue.mockResolvedValue(toFailure(Object.assign(new Error("InvalidOperationInCellEditMode"), { code: "InvalidOperationInCellEditMode" })));
  const { user } = await runCheck(app);

  await user.click(screen.getByRole("button", { name: "Quantity is not a whole number: 3 errors" }));
  await user.click(screen.getByRole("button", { name: "B6: quantity 1.5 is not a whole number" }));

  expect(await screen.findByText("Could not go to B6")).toBeInTheDocument();
  expect(screen.getByText(describeOfficeError("InvalidOperationInCellEditMode"), { exact: false })).toBeInTheDocument();
  expect(screen.queryByText("The check did not finish")).not.toBeInTheDocument();
  expect(screen.getByRole("list", { name: "Check summary" })).toBeInTheDocument();
});

test("after Fix all removes its group, keyboard focus is on Check sheet, not lost to the page", async () => {
  jest.spyOn(document, "hasFocus").mockReturnValue(true);
  const app = fakeApp();
  app.check.mockResolvedValueOnce(success(outcomeWithIssues())).mockResolvedValue(success(checkOutcome([])));
  const { user } = await runCheck(app);
  await user.click(screen.getByRole("button", { name: "Code stored as a number: 2 warnings" }));
  screen.getByRole("button", { name: "Fix all 2: Store as text" }).focus();
  await user.keyboard("{Enter}");

  expect(await screen.findByText("No problems found.")).toBeInTheDocument();
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Check sheet" })));
});

test("notes the check says once about the whole sheet are shown under the summary line, as text", async () => {
  const app = fakeApp();
  const outcome = checkOutcome([]);
  outcome.report.notes = [{ message: "A value at XFD1048576, outside the inventory, was ignored." }, { message: "<b>not html</b>" }];
  app.check.mockResolvedValue(success(outcome));
  await runCheck(app);

  expect(screen.getByText("A value at XFD1048576, outside the inventory, was ignored.")).toBeInTheDocument();
  expect(screen.getByText("<b>not html</b>")).toBeInTheDocument();
});
