/** @jest-environment jsdom */
import "./setup-dom";
import { render, screen, within } from "@testing-library/react";
import { SummaryTable } from "../../src/taskpane/components/summary-table";
import { line } from "./fake-app";

test("the pane's summary table shows a margin that rounds to zero without a minus sign, and a real loss with one", () => {
  const summary = {
    categories: [line("Almost even", { margin: -0.0004 }), line("Loss", { margin: -0.5 }), line("Refunds", { margin: 1001 })],
    totals: line("Total", { margin: -0.0004 }),
    countedRows: 4,
    excludedRows: 0,
  };
  render(<SummaryTable summary={summary} decimals={2} />);
  const rows = within(screen.getByRole("table", { name: "Category summary" })).getAllByRole("row");
  const margins = rows.slice(1).map((row) => row.querySelectorAll("td")[4].textContent);
  expect(margins).toEqual(["0.0%", "-50.0%", "100,100.0%", "0.0%"]);
});
