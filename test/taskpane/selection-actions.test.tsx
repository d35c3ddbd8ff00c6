/** @jest-environment jsdom */
import "./setup-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import { cancelledFailure, type RunOptions } from "../../src/app";
import { aggregatePreview, fakeApp, noChange, refusedSerialize, serializePreview, success } from "./fake-app";
import { findConfirmDialog } from "./find-dialog";
import { renderPane } from "./render-pane";

afterEach(() => jest.restoreAllMocks()); // document.hasFocus spies

async function openTab(name: string, app = fakeApp()) {
  const view = renderPane(app);
  await view.user.click(screen.getByRole("tab", { name }));
  return { app, ...view };
}

const texts = (list: HTMLElement) => within(list).getAllByRole("listitem").map((li) => li.textContent);

test("serialize previews the selection first, then applies it and offers Undo", async () => {
  const app = fakeApp();
  app.previewSerialize.mockResolvedValue(success(
    serializePreview({
      rowsAffected: 2,
      newRows: 21,
      generatedCodes: ["POLE-02", "POLE-03"],
      refused: [{ row: 7, address: "Inventory!B8", reason: "quantity 2.5 is not a whole number" }],
      skipped: [{ row: 9, address: "B10", reason: "already serialized" }],
    }),
  ));
  const { user } = await openTab("Serialize", app);
  expect(app.serializeSelection).not.toHaveBeenCalled();

  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  expect(texts(await screen.findByRole("list", { name: "Serialize preview counts" }))).toEqual([
    "2 rows affected",
    "21 new rows",
    "2 generated codes",
  ]);
  expect(screen.getByText("New codes: POLE-02, POLE-03")).toBeInTheDocument();
  expect(texts(within(screen.getByRole("region", { name: "Refused rows" })).getByRole("list"))).toEqual([
    "B8: quantity 2.5 is not a whole number",
  ]);
  expect(texts(within(screen.getByRole("region", { name: "Skipped rows" })).getByRole("list"))).toEqual(["B10: already serialized"]);

  await user.click(screen.getByRole("button", { name: "Serialize 2 rows" }));
  expect(screen.queryByRole("alertdialog", { hidden: true })).not.toBeInTheDocument();
  expect(app.serializeSelection).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("Serialized 1 row into 12.")).toBeInTheDocument();
  expect(screen.queryByRole("list", { name: "Serialize preview counts" })).not.toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Undo" }));
  expect(app.undo).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("Undid the last action.")).toBeInTheDocument();
});

test("above 1,000 new rows serialize asks first; Cancel changes nothing, confirming applies", async () => {
  const app = fakeApp();
  app.previewSerialize.mockResolvedValue(success(serializePreview({ rowsAffected: 3, newRows: 1500, needsConfirmation: true })));
  const { user } = await openTab("Serialize", app);
  await user.click(screen.getByRole("button", { name: "Preview selection" }));

  await user.click(await screen.findByRole("button", { name: "Serialize 3 rows" }));
  const dialog = await findConfirmDialog("Add 1,500 rows?");
  expect(dialog).toHaveTextContent("Serializing 3 rows inserts 1,500 new rows into sheet Inventory. Later rows move down.");
  await user.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).not.toBeInTheDocument());
  expect(app.serializeSelection).not.toHaveBeenCalled();

  await user.click(screen.getByRole("button", { name: "Serialize 3 rows" }));
  await user.click(within(await findConfirmDialog()).getByRole("button", { name: "Add 1,500 rows", hidden: true }));
  await waitFor(() => expect(app.serializeSelection).toHaveBeenCalledTimes(1));
});

test("a refused serialize says why, row by row, and offers no Undo", async () => {
  const app = fakeApp();
  app.serializeSelection.mockResolvedValue(refusedSerialize());
  const { user } = await openTab("Serialize", app);
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  await user.click(await screen.findByRole("button", { name: "Serialize 1 row" }));

  expect(await screen.findByText("No row was serialized.")).toBeInTheDocument();
  expect(screen.getByText("Nothing was changed")).toBeInTheDocument();
  expect(screen.getByText(/3 codes but quantity 2/).closest("li")).toHaveTextContent("C5: 3 codes but quantity 2");
  expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
});

test("a slow preview shows progress with Cancel, and cancelling says nothing changed", async () => {
  const app = fakeApp();
  app.previewSerialize.mockImplementation(
    ({ onProgress, signal }: RunOptions = {}) =>
      new Promise((resolve) => {
        onProgress?.(2000, 10000, "Reading rows");
        // The app answers a cancel as a Failure of kind "cancelled".
        signal?.addEventListener("abort", () => resolve(cancelledFailure()));
      }),
  );
  const { user } = await openTab("Serialize", app);
  await user.click(screen.getByRole("button", { name: "Preview selection" }));

  const bar = await screen.findByRole("progressbar");
  expect(bar).toHaveAttribute("aria-valuenow", "0.2");
  expect(screen.getByText("Reading rows (2,000 of 10,000)")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Preview selection" })).toBeDisabled();

  await user.click(screen.getByRole("button", { name: "Cancel" }));
  expect(await screen.findByText("Cancelled. Nothing was changed.")).toBeInTheDocument();
  expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
});

test("aggregate previews the merge, lists the rows it will not merge with the differing columns, then applies", async () => {
  const app = fakeApp();
  app.previewAggregate.mockResolvedValue(success(
    aggregatePreview({ groups: 1, rowsMerged: 3, refused: [{ row: 6, address: "A7", reason: "differs from the rows above", columns: ["Colour", "Size"] }] }),
  ));
  const { user } = await openTab("Aggregate", app);
  await user.click(screen.getByRole("button", { name: "Preview selection" }));

  expect(texts(await screen.findByRole("list", { name: "Aggregate preview counts" }))).toEqual(["3 rows merged", "into 1 row"]);
  expect(texts(within(screen.getByRole("region", { name: "Not merged" })).getByRole("list"))).toEqual([
    "A7: differs from the rows above (differs in Colour, Size)",
  ]);
  await user.click(screen.getByRole("button", { name: "Merge 3 rows" }));
  expect(app.aggregateSelection).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("Merged 3 rows into 1.")).toBeInTheDocument();
});

test("only the latest action offers Undo: the app's undo restores the last action, not an older one", async () => {
  const { app, user } = await openTab("Serialize");
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  await user.click(await screen.findByRole("button", { name: "Serialize 1 row" }));
  await screen.findByText("Serialized 1 row into 12.");
  expect(screen.getByRole("button", { name: "Undo" })).toBeInTheDocument();

  await user.click(screen.getByRole("tab", { name: "Aggregate" }));
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  await user.click(await screen.findByRole("button", { name: "Merge 3 rows" }));
  await screen.findByText("Merged 3 rows into 1.");
  expect(screen.getByRole("button", { name: "Undo" })).toBeInTheDocument();

  await user.click(screen.getByRole("tab", { name: "Serialize" }));
  expect(screen.getByText("Serialized 1 row into 12.")).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
  expect(app.undo).not.toHaveBeenCalled();
});

test("an aggregate preview with nothing to merge says so and offers no Merge button", async () => {
  const app = fakeApp();
  app.previewAggregate.mockResolvedValue(success(
    aggregatePreview({ groups: 0, rowsMerged: 0, refused: [{ row: 2, address: "Inventory!A3", reason: "row 3 differs from row 4 in Name", columns: ["Name"] }] }),
  ));
  const { user } = await openTab("Aggregate", app);
  await user.click(screen.getByRole("button", { name: "Preview selection" }));

  expect(await screen.findByText("Nothing to merge: no selected rows agree on every other column.")).toBeInTheDocument();
  expect(texts(within(screen.getByRole("region", { name: "Not merged" })).getByRole("list"))).toEqual(["A3: row 3 differs from row 4 in Name"]);
  expect(screen.queryByRole("button", { name: /^Merge / })).not.toBeInTheDocument();
});

test("serialize applies only what was previewed: other rows selected since get a new preview (and its confirmation), not a write", async () => {
  const app = fakeApp();
  app.previewSerialize
    .mockResolvedValueOnce(success(serializePreview({ rowsAffected: 1, newRows: 11 })))
    .mockResolvedValue(success(serializePreview({ rowsAffected: 3, newRows: 1500, generatedCodes: ["BIG-0002"], needsConfirmation: true })));
  const { user } = await openTab("Serialize", app);
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  // Meanwhile the operator clicks other rows in Excel, then applies the old preview.
  await user.click(await screen.findByRole("button", { name: "Serialize 1 row" }));

  expect(await screen.findByText(/changed after the preview, so nothing was changed/)).toBeInTheDocument();
  expect(app.serializeSelection).not.toHaveBeenCalled();
  expect(texts(screen.getByRole("list", { name: "Serialize preview counts" }))).toEqual([
    "3 rows affected",
    "1,500 new rows",
    "1 generated code",
  ]);
  await user.click(screen.getByRole("button", { name: "Serialize 3 rows" }));
  await user.click(within(await findConfirmDialog("Add 1,500 rows?")).getByRole("button", { name: "Add 1,500 rows", hidden: true }));
  await waitFor(() => expect(app.serializeSelection).toHaveBeenCalledTimes(1));
});

test("aggregate merges only the previewed groups: rows changed since the preview are shown again, not merged", async () => {
  const app = fakeApp();
  app.previewAggregate
    .mockResolvedValueOnce(success(aggregatePreview({ groups: 1, rowsMerged: 3, plan: { merges: [{ rows: [2, 3, 4], row: [] }], refused: [], formulasAsValues: 0, change: noChange() } })))
    .mockResolvedValue(success(aggregatePreview({ groups: 1, rowsMerged: 3, plan: { merges: [{ rows: [7, 8, 9], row: [] }], refused: [], formulasAsValues: 0, change: noChange() } })));
  const { user } = await openTab("Aggregate", app);
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  await user.click(await screen.findByRole("button", { name: "Merge 3 rows" }));

  expect(await screen.findByText(/changed after the preview, so nothing was changed/)).toBeInTheDocument();
  expect(app.aggregateSelection).not.toHaveBeenCalled();
  await user.click(screen.getByRole("button", { name: "Merge 3 rows" }));
  expect(await screen.findByText("Merged 3 rows into 1.")).toBeInTheDocument();
  expect(app.aggregateSelection).toHaveBeenCalledTimes(1);
});

test("keyboard focus stays in the panel when Serialize and then Undo go away with their result", async () => {
  // The pane has the system focus (jsdom's hasFocus() forgets it when a focused button is removed).
  jest.spyOn(document, "hasFocus").mockReturnValue(true);
  const { user } = await openTab("Serialize");
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  (await screen.findByRole("button", { name: "Serialize 1 row" })).focus();
  await user.keyboard("{Enter}");
  await screen.findByText("Serialized 1 row into 12.");
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Preview selection" })));

  screen.getByRole("button", { name: "Undo" }).focus();
  await user.keyboard("{Enter}");
  await screen.findByText("Undid the last action.");
  expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Preview selection" })));
});

test("the pane never takes the focus back once the operator has moved on to the sheet", async () => {
  const hasFocus = jest.spyOn(document, "hasFocus").mockReturnValue(true);
  const { user } = await openTab("Serialize");
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  (await screen.findByRole("button", { name: "Serialize 1 row" })).focus();
  hasFocus.mockReturnValue(false); // clicked into a cell while the serialize runs
  await user.keyboard("{Enter}");
  await screen.findByText("Serialized 1 row into 12.");
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(document.activeElement).toBe(document.body);
});
