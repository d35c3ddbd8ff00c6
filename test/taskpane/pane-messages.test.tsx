/** @jest-environment jsdom */
import "./setup-dom";
import { act, screen, waitFor } from "@testing-library/react";
import type { CheckOutcome } from "../../src/app";
import { postToPane, resetPaneRequests } from "../../src/app/pane-events";
import { checkOutcome, fakeApp, issue, line, success } from "./fake-app";
import { renderPane } from "./render-pane";

const hostile = '<img src=x onerror="window.__pwned=1">';

afterEach(() => {
  resetPaneRequests();
  delete (window as { __pwned?: number }).__pwned;
});

test("workbook text is shown as literal text, never as HTML", async () => {
  const app = fakeApp();
  app.check.mockResolvedValue(success(checkOutcome([issue("category-missing", 2, 3, `category "${hostile}" & 'more'`, { severity: "warning" })])));
  app.summarize.mockResolvedValue(success({
    message: "Done.",
    undoable: false,
    excelUndo: false,
    sheetName: "Inventory summary",
    summary: { categories: [line(hostile)], totals: line("Total"), countedRows: 2, excludedRows: 0 },
  }));
  app.findByCode.mockResolvedValue(success({ found: true, row: 1, address: "Inventory!A2", headers: ["Category", "<b>Codes</b>"], record: [hostile, "A&B \"1\""] }));
  const { user, container } = renderPane(app);

  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  await user.click(await screen.findByRole("button", { name: "Category missing: 1 warning" }));
  expect(screen.getByText(`D3: category "${hostile}" & 'more'`)).toBeInTheDocument();

  await user.click(screen.getByRole("tab", { name: "Summary" }));
  await user.click(screen.getByRole("button", { name: "Build category summary" }));
  expect((await screen.findByRole("table", { name: "Category summary" })).querySelector("tbody td")).toHaveTextContent(hostile);

  await user.click(screen.getByRole("tab", { name: "Find" }));
  await user.click(screen.getByRole("searchbox", { name: "Stock code" }));
  await user.keyboard("A&B{Enter}");
  const record = await screen.findByRole("region", { name: "Record at A2" });
  expect(record).toHaveTextContent(`Category:${hostile}`);
  expect(record).toHaveTextContent('<b>Codes</b>:A&B "1"');

  expect(container.querySelector("img, b")).toBeNull();
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
});

test("a render failure shows a plain message instead of a blank pane", async () => {
  const app = fakeApp();
  app.check.mockResolvedValue(success({ sheetName: "Inventory", issues: [], headers: [], checkedAt: new Date() } as unknown as CheckOutcome));
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const { user } = renderPane(app);
  await user.click(screen.getByRole("button", { name: "Check sheet" }));

  expect(await screen.findByText("The pane stopped working")).toBeInTheDocument();
  expect(screen.getByText(/Something in the pane went wrong\. Your workbook was not changed by this problem\./)).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/undefined|TypeError|at \w+ \(/);
  quiet.mockRestore();
});

test("the ribbon's Check opens the Check panel and runs the check, even when sent before the pane mounted", async () => {
  const app = fakeApp();
  app.check.mockResolvedValue(success(checkOutcome([], { data: 1234 })));
  postToPane({ kind: "run-check" });
  renderPane(app);

  expect(await screen.findByText("1,234")).toBeInTheDocument();
  expect(app.check).toHaveBeenCalledTimes(1);
  expect(screen.getByRole("tab", { name: "Check" })).toHaveAttribute("aria-selected", "true");
});

test("ribbon notices appear when the pane opens, with Undo for an undoable action", async () => {
  const app = fakeApp();
  postToPane({
    kind: "notice",
    notice: { intent: "success", title: "Serialized", message: "Serialized 2 rows into 24.", undoable: true, changed: "inventory" },
  });
  const { user } = renderPane(app);

  expect(await screen.findByText("Serialized 2 rows into 24.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Undo" }));
  expect(app.undo).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("Undid the last action.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Dismiss: Undone" }));
  expect(screen.queryByText("Undid the last action.")).not.toBeInTheDocument();
});

test("a large serialize from the ribbon opens Serialize with the preview to confirm", async () => {
  const app = fakeApp();
  renderPane(app);
  await waitFor(() => expect(app.loadSettings).toHaveBeenCalled());
  act(() => postToPane({ kind: "preview-serialize" }));

  expect(await screen.findByRole("list", { name: "Serialize preview counts" })).toBeInTheDocument();
  expect(screen.getByRole("tab", { name: "Serialize" })).toHaveAttribute("aria-selected", "true");
  expect(app.previewSerialize).toHaveBeenCalledTimes(1);
});

// Tab order and arrow keys are left to the browser test (test/e2e): under jsdom, Fluent's focus
// manager (tabster) has no layout, so it parks Tab on its helper elements and ignores arrows.
test("keyboard only: Enter on a focused tab opens it, Enter on its button runs the action", async () => {
  const app = fakeApp();
  const { user } = renderPane(app);
  await waitFor(() => expect(app.loadSettings).toHaveBeenCalled());

  act(() => screen.getByRole("tab", { name: "Summary" }).focus());
  await user.keyboard("{Enter}");
  expect(screen.getByRole("tab", { name: "Summary" })).toHaveAttribute("aria-selected", "true");

  act(() => screen.getByRole("button", { name: "Build category summary" }).focus());
  await user.keyboard("{Enter}");
  expect(await screen.findByRole("table", { name: "Category summary" })).toBeInTheDocument();
  expect(app.summarize).toHaveBeenCalledTimes(1);
});
