/** @jest-environment jsdom */
import "./setup-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import { failed, fakeApp, line, success, type FakeApp } from "./fake-app";
import { renderPane } from "./render-pane";

test("the summary button writes the report and shows the category table with a totals row", async () => {
  const app = fakeApp();
  app.summarize.mockResolvedValue(success({
    message: "Category summary written to sheet Inventory summary (2).",
    undoable: false,
    excelUndo: false,
    sheetName: "Inventory summary (2)",
    summary: {
      categories: [
        line("Poles", { records: 3, serializedRecords: 1, aggregatedRecords: 2, units: 21, income: 1234.5, expense: 200, net: 1034.5, margin: 0.838, incomePerUnit: 58.79 }),
        line("(uncategorized)", { records: 1, serializedRecords: 1, aggregatedRecords: 0, units: 1, income: 0, expense: 10, net: -10, margin: null, incomePerUnit: 0 }),
      ],
      totals: line("Total", { records: 4, serializedRecords: 2, aggregatedRecords: 2, units: 22, income: 1234.5, expense: 210, net: 1024.5, margin: 0.83, incomePerUnit: 56.11 }),
      countedRows: 4,
      excludedRows: 2,
    },
  }));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Summary" }));
  await user.click(screen.getByRole("button", { name: "Build category summary" }));

  const table = await screen.findByRole("table", { name: "Category summary" });
  const rows = within(table).getAllByRole("row").map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent));
  expect(rows).toEqual([
    ["Category", "Income", "Expense", "Net", "Margin", "Records", "Serialized", "Aggregated", "Units", "Income per unit"],
    ["Poles", "1,234.50", "200.00", "1,034.50", "83.8%", "3", "1", "2", "21", "58.79"],
    ["(uncategorized)", "0.00", "10.00", "-10.00", "", "1", "1", "0", "1", "0.00"],
    ["Total", "1,234.50", "210.00", "1,024.50", "83.0%", "4", "2", "2", "22", "56.11"],
  ]);
  expect(screen.getByText("Category summary written to sheet Inventory summary (2).")).toBeInTheDocument();
  expect(screen.getByText(/4 rows counted, 2 invalid rows left out\./)).toBeInTheDocument();
  expect(app.summarize).toHaveBeenCalledWith(expect.objectContaining({ signal: expect.any(AbortSignal) }));
});

test("find takes scanner input: code + Enter selects the row and shows the record, twice in a row", async () => {
  const app = fakeApp();
  app.findByCode.mockImplementation(async (code: string) =>
    success(
      code === "POLE-01"
        ? { found: true, row: 3, address: "Inventory!A4", headers: ["Name", "Qty", "Stock codes"], record: ["Ski pole", 1, "POLE-01"] }
        : { found: true, row: 7, address: "Inventory!A8", headers: ["Name", "Qty", "Stock codes"], record: ["Helmet", 1, "HELM-7"] },
    ),
  );
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Find" }));
  const box = screen.getByRole("searchbox", { name: "Stock code" });
  await user.click(box);

  await user.keyboard("POLE-01{Enter}");
  const first = await screen.findByRole("region", { name: "Record at A4" });
  expect(first).toHaveTextContent("Name:Ski pole");
  expect(screen.getByRole("heading", { name: "Row at A4" })).toBeInTheDocument();
  expect(first).toHaveTextContent("Stock codes:POLE-01");
  expect(box).toHaveFocus();

  // The scanner types straight on: the selected text is replaced, not appended to.
  await user.keyboard("HELM-7{Enter}");
  expect(await screen.findByRole("region", { name: "Record at A8" })).toHaveTextContent("Name:Helmet");
  expect(app.findByCode.mock.calls.map((call) => call[0])).toEqual(["POLE-01", "HELM-7"]);
  expect(box).toHaveFocus();
  expect(box).toHaveValue("HELM-7");
  expect([(box as HTMLInputElement).selectionStart, (box as HTMLInputElement).selectionEnd]).toEqual([0, 6]);
});

test("an unknown code says so, keeps focus and selects the text for the next scan", async () => {
  const app = fakeApp();
  app.findByCode.mockResolvedValue(success({ found: false, message: "No row holds the code NOPE-9." }));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Find" }));
  const box = screen.getByRole("searchbox", { name: "Stock code" });
  await user.click(box);
  await user.keyboard("NOPE-9{Enter}");

  expect(await screen.findByText("No row holds the code NOPE-9.")).toBeInTheDocument();
  expect(box).toHaveFocus();
  expect([(box as HTMLInputElement).selectionStart, (box as HTMLInputElement).selectionEnd]).toEqual([0, 6]);
  await user.keyboard("NOPE-10{Enter}");
  expect(app.findByCode).toHaveBeenLastCalledWith("NOPE-10");
});

test("a second scan arriving before the first lookup answers replaces the first code and wins", async () => {
  const app = fakeApp();
  let answerFirst: (value: unknown) => void = () => undefined;
  app.findByCode
    .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
    .mockResolvedValueOnce(success({ found: true, row: 7, address: "Inventory!A8", headers: ["Name"], record: ["Helmet"] }));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Find" }));
  await user.click(screen.getByRole("searchbox", { name: "Stock code" }));

  await user.keyboard("POLE-01{Enter}HELM-7{Enter}");
  expect(await screen.findByRole("region", { name: "Record at A8" })).toBeInTheDocument();
  await act(async () => {
    answerFirst(success({ found: true, row: 3, address: "Inventory!A4", headers: ["Name"], record: ["Ski pole"] }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  expect(app.findByCode.mock.calls.map((call) => call[0])).toEqual(["POLE-01", "HELM-7"]);
  expect(screen.queryByRole("region", { name: "Record at A4" })).not.toBeInTheDocument();
});

test("a button disabled while its action runs gets the keyboard focus back when the action ends", async () => {
  jest.spyOn(document, "hasFocus").mockReturnValue(true);
  const app: FakeApp = fakeApp();
  let finish: () => void = () => undefined;
  const summary = await app.summarize();
  app.summarize.mockImplementation(() => new Promise((resolve) => (finish = () => resolve(summary))));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Summary" }));
  const button = screen.getByRole("button", { name: "Build category summary" });
  button.focus();
  await user.keyboard("{Enter}");
  await waitFor(() => expect(button).toBeDisabled());
  // Chromium drops the focus of a button that becomes disabled to the page; jsdom keeps it, so say so.
  jest.spyOn(document, "activeElement", "get").mockReturnValue(document.body);
  const focus = jest.spyOn(button, "focus");

  await act(async () => finish());
  await screen.findByRole("table", { name: "Category summary" });
  await waitFor(() => expect(focus).toHaveBeenCalled());
  expect(button).toBeEnabled();
  jest.restoreAllMocks();
});

test("a summary the app refuses shows why in the result bar, and no report", async () => {
  const app = fakeApp();
  app.summarize.mockResolvedValue(failed("protected", "The sheet \"Inventory summary\" is protected."));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Summary" }));
  await user.click(screen.getByRole("button", { name: "Build category summary" }));

  expect(await screen.findByText("The sheet is protected")).toBeInTheDocument();
  expect(screen.getByText('The sheet "Inventory summary" is protected.')).toBeInTheDocument();
  expect(screen.queryByRole("table", { name: "Category summary" })).not.toBeInTheDocument();
  expect(screen.queryByText(/rows? counted/)).not.toBeInTheDocument();
});

test("find with the chosen sheet deleted says so as its answer, not as a failed lookup", async () => {
  const app = fakeApp();
  const gone = 'The sheet "Old" chosen as the inventory is no longer in the workbook, so the pane uses the active sheet again. Try again.';
  app.findByCode.mockResolvedValueOnce(failed("sheet-missing", gone)).mockResolvedValueOnce(failed("failed", "Excel stopped answering."));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Find" }));
  await user.click(screen.getByRole("searchbox", { name: "Stock code" }));

  await user.keyboard("M1{Enter}");
  expect(await screen.findByText(gone)).toBeInTheDocument();
  expect(screen.queryByText(/Could not look up/)).not.toBeInTheDocument();

  await user.keyboard("M1{Enter}");
  expect(await screen.findByText("Could not look up M1: Excel stopped answering.")).toBeInTheDocument();
});
