/** @jest-environment jsdom */
/** Issue 16: the pane's summary table shows the availability and return columns the summary tracks, in the pane's words and the workbook's numbers. */
import "./setup-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import type { CategorySummary } from "../../src/core";
import { SummaryTable } from "../../src/taskpane/components/summary-table";
import { NumberLocaleProvider } from "../../src/taskpane/format";
import { PaneLanguageProvider } from "../../src/taskpane/i18n/pane-language";
import { fleetSummary } from "../core/summary-layout-fixture";

function cellsOf(summary: CategorySummary, tag = "en-US", numbers = "en-US"): (string | null)[][] {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneLanguageProvider tag={tag}>
        <NumberLocaleProvider value={numbers}>
          <SummaryTable summary={summary} decimals={2} />
        </NumberLocaleProvider>
      </PaneLanguageProvider>
    </FluentProvider>,
  );
  const table = screen.getByRole("table");
  return within(table).getAllByRole("row").map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent));
}

test("seven columns after the others: units, ratios as percentages (empty without a divisor), purchase value as money", () => {
  const rows = cellsOf(fleetSummary());
  expect(rows[0].slice(10)).toEqual(["Available", "Out", "Unavailable", "Availability", "Utilisation", "Purchase value", "Return"]);
  expect(rows[1].slice(10)).toEqual(["1", "2", "1", "25.0%", "66.7%", "20,000.00", "7.5%"]);
  expect(rows[3].slice(10)).toEqual(["0", "0", "0", "", "", "0.00", ""]);
  expect(rows[4].slice(10)).toEqual(["11", "2", "1", "78.6%", "15.4%", "20,000.00", "8.0%"]);
});

test("in a Finnish pane on a Finnish workbook: Finnish headings, fi-FI numbers", () => {
  const rows = cellsOf(fleetSummary(), "fi-FI", "fi-FI");
  expect(rows[0].slice(10)).toEqual(["Vapaana", "Käytössä", "Ei käytettävissä", "Saatavuus", "Käyttöaste", "Hankinta-arvo", "Tuotto"]);
  expect(rows[4].slice(10)).toEqual(["11", "2", "1", "78,6\u00a0%", "15,4\u00a0%", "20\u00a0000,00", "8,0\u00a0%"]);
});

test("without tracks the table keeps its ten columns; the sideways scroll region holds it", () => {
  const rows = cellsOf(fleetSummary(null));
  expect(rows.every((row) => row.length === 10)).toBe(true);
  expect(screen.getByRole("region")).toContainElement(screen.getByRole("table"));
});
