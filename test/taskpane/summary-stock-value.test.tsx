/** @jest-environment jsdom */
import "./setup-dom";
import { screen, within } from "@testing-library/react";
import { fakeApp, line, success } from "./fake-app";
import { renderPane } from "./render-pane";

test("per-unit columns show as a stock value column each in the pane's summary table, totals included (issue 13)", async () => {
  const app = fakeApp();
  app.summarize.mockResolvedValue(success({
    message: "Category summary written to sheet Inventory summary.",
    undoable: false,
    excelUndo: false,
    sheetName: "Inventory summary",
    summary: {
      categories: [
        { ...line("Frames", { records: 2, units: 5, income: 0, expense: 0, net: 0, margin: null, incomePerUnit: 0 }), stockValue: { "List price": 449.5, "Unit cost": null } },
      ],
      totals: { ...line("Total", { records: 2, units: 5, income: 0, expense: 0, net: 0, margin: null, incomePerUnit: 0 }), stockValue: { "List price": 449.5, "Unit cost": null } },
      countedRows: 2,
      excludedRows: 0,
    },
  }));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Summary" }));
  await user.click(screen.getByRole("button", { name: "Build category summary" }));

  const table = await screen.findByRole("table", { name: "Category summary" });
  const rows = within(table).getAllByRole("row").map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent));
  expect(rows[0].slice(-2)).toEqual(["Stock value (List price)", "Stock value (Unit cost)"]);
  expect(rows[1].slice(-2)).toEqual(["449.50", ""]);
  expect(rows[2].slice(-2)).toEqual(["449.50", ""]);
  expect(rows[0]).toHaveLength(12);
});
