/** @jest-environment jsdom */
/** Issue 13 in the pane: what the engine says about real shapes (quantity 0, a register, muted rules) is shown as it says it. */
import "./setup-dom";
import { screen } from "@testing-library/react";
import { checkInventory, toAddress, type CellValue, type SettingsInput } from "../../src/core";
import { checkOutcome, fakeApp, success } from "./fake-app";
import { renderPane } from "./render-pane";

/** The app's answer for `values`, made by the real engine. */
function outcomeOf(values: CellValue[][], settings?: Partial<SettingsInput>) {
  const report = checkInventory(values, settings);
  const issues = report.issues.map((i) => ({ ...i, address: `Inventory!${toAddress(i.row, i.column)}` }));
  return { ...checkOutcome(issues), report, headers: report.table?.headers ?? [] };
}

async function showCheck(values: CellValue[][], settings?: Partial<SettingsInput>) {
  const app = fakeApp();
  app.check.mockResolvedValue(success(outcomeOf(values, settings)));
  const view = renderPane(app);
  await view.user.click(screen.getByRole("button", { name: "Check sheet" }));
  await screen.findByRole("list", { name: "Check summary" });
  return view;
}

test("quantity 0 is listed as a warning group, not an error", async () => {
  await showCheck([["SKU", "Qty"], ["A", 0], ["B", 2]]);
  expect(screen.getByRole("button", { name: "Quantity 0: no units: 1 warning" })).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: /error/ })).toBeNull();
});

test("a register's note and the muted-rules count are shown under the summary line", async () => {
  await showCheck([["Asset tag", "Device"], [4006381333931, "Laptop"], [4006381333948, "Dock"]], { ignoredRules: ["codes-number"] });
  expect(screen.getByText("No quantity column: each row counted as one unit.")).toBeInTheDocument();
  expect(screen.getByText("2 warnings of muted rules not shown: codes-number 2.")).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: /Code stored as a number/ })).toBeNull();
});
