/** @jest-environment jsdom */
/**
 * The check list, a refusal and the summary table in each language (issue 15): the words shown
 * are the catalogue's for the pane's language (`textIn(tag, id, values)`, whatever the
 * translators have filled in), the numbers the workbook's culture; cell text stays plain text.
 */
import "./setup-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { ReactElement } from "react";
import type { ActionResult, LocatedIssue } from "../../src/app";
import { textIn, type CategorySummary } from "../../src/core";
import { ActionResultBar } from "../../src/taskpane/components/action-result-bar";
import { IssueGroups } from "../../src/taskpane/components/issue-groups";
import { SummaryTable } from "../../src/taskpane/components/summary-table";
import { formatMoney, NumberLocaleProvider } from "../../src/taskpane/format";
import { PaneLanguageProvider } from "../../src/taskpane/i18n/pane-language";
import { groupIssues } from "../../src/taskpane/issue-groups";
import { line } from "./fake-app";

const TAGS = ["en-US", "fi-FI", "sv-SE", "de-DE", "nl-NL", "fr-FR"];

function inLanguage(tag: string, ui: ReactElement) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneLanguageProvider tag={tag}>
        <NumberLocaleProvider value={tag}>{ui}</NumberLocaleProvider>
      </PaneLanguageProvider>
    </FluentProvider>,
  );
}

function notWhole(value: string): LocatedIssue {
  const values = { cell: "C14", value };
  return {
    rule: "quantity-not-whole", severity: "error", row: 13, column: 2, address: "Inventory!C14",
    message: textIn("en-US", "issue-quantity-not-whole", values), say: { id: "issue-quantity-not-whole", values },
    fix: { kind: "convert-to-number", label: "Convert to number" },
  };
}

function checkList(tag: string, issues: LocatedIssue[]) {
  inLanguage(tag, <IssueGroups groups={groupIssues(issues)} onSelect={jest.fn()} onFix={jest.fn()} onFixAll={jest.fn()} busy={false} />);
  const title = textIn(tag, "rule-title-quantity-not-whole");
  const header = screen.getByRole("button", { name: textIn(tag, "pane-group-errors", { title, count: issues.length }) });
  fireEvent.click(header);
  return { header, title };
}

describe.each(TAGS)("in %s", (tag) => {
  test("the check list shows each rule, issue and fix in the pane's language", () => {
    const { header } = checkList(tag, [notWhole("2.5")]);
    expect(header).toHaveTextContent(textIn(tag, "rule-title-quantity-not-whole"));
    const fix = textIn(tag, "fix-convert-to-number");
    expect(screen.getByRole("button", { name: textIn(tag, "pane-fix-all", { count: 1, label: fix }) })).toBeInTheDocument();
    const item = screen.getByRole("listitem");
    expect(within(item).getByTitle(textIn(tag, "pane-issue-select", { address: "C14" }))).toHaveTextContent(
      textIn(tag, "issue-quantity-not-whole", { cell: "C14", value: "2.5" }),
    );
    expect(within(item).getByRole("button", { name: textIn(tag, "pane-fix-in", { label: fix, address: "C14" }) })).toHaveTextContent(textIn(tag, "pane-fix"));
  });

  test("a refusal says nothing changed and lists the refused rows in the pane's language", () => {
    const values = { address: "C5", reason: "3 codes but quantity 2" };
    const result: ActionResult = { ok: false, kind: "refused", message: "No row was serialized.", refused: [{ row: 4, address: "Inventory!C5", reason: values.reason }] };
    inLanguage(tag, <ActionResultBar result={result} canUndo={false} onUndo={jest.fn()} />);
    expect(screen.getByText(textIn(tag, "nothing-changed").replace(/\.$/, ""))).toBeInTheDocument();
    const label = textIn(tag, "pane-refused-rows");
    const list = screen.getByRole("region", { name: label });
    expect(within(list).getByRole("heading")).toHaveTextContent(textIn(tag, "pane-list-count", { label, count: 1 }));
    expect(within(list).getByRole("listitem").textContent).toBe(textIn(tag, "app-row-reason", values));
  });

  test("the summary table's headings are the language's and its amounts the workbook's culture", () => {
    const summary: CategorySummary = { categories: [line("Poles", { income: 1234.5 })], totals: line("Total", { income: 1234.5 }), countedRows: 2, excludedRows: 0 };
    inLanguage(tag, <SummaryTable summary={summary} decimals={2} />);
    const table = screen.getByRole("table", { name: textIn(tag, "pane-summary-table") });
    const rows = within(table).getAllByRole("row").map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows[0].slice(0, 3)).toEqual([textIn(tag, "pane-summary-category"), textIn(tag, "pane-summary-income"), textIn(tag, "pane-summary-expense")]);
    expect(rows[1].slice(0, 2)).toEqual(["Poles", formatMoney(1234.5, 2, tag)]);
    expect(rows[2][0]).toBe(textIn(tag, "summary-line-total"));
  });
});

test("amounts follow the workbook's culture, not the pane's language", () => {
  const summary: CategorySummary = { categories: [line("Poles", { income: 1234.5 })], totals: line("Total", { income: 1234.5 }), countedRows: 2, excludedRows: 0 };
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneLanguageProvider tag="en-US">
        <NumberLocaleProvider value="de-DE">
          <SummaryTable summary={summary} decimals={2} />
        </NumberLocaleProvider>
      </PaneLanguageProvider>
    </FluentProvider>,
  );
  expect(screen.getAllByRole("row")[1].querySelectorAll("td")[1].textContent).toBe("1.234,50");
});

test("cell text in a message is plain text: no markup is made and the address stays in a left-to-right isolate", () => {
  const hostile = "<b>x</b>\u202eabc";
  checkList("en-US", [notWhole(hostile)]);
  const item = screen.getByRole("listitem");
  const words = item.querySelector("button[title='Select C14 in Excel']");
  expect(words?.textContent).toBe(textIn("en-US", "issue-quantity-not-whole", { cell: "C14", value: hostile }));
  expect(words?.querySelector("b")).toBeNull();
  const isolates = [...(words?.querySelectorAll("bdi") ?? [])];
  expect(isolates.map((bdi) => [bdi.getAttribute("dir"), bdi.textContent])).toEqual([["ltr", "C14"], [null, hostile]]);
});

test("a refused row's address is isolated left to right too", () => {
  const result: ActionResult = { ok: false, kind: "refused", message: "", refused: [{ row: 4, address: "Inventory!C5", reason: "\u202ereversed" }] };
  inLanguage("en-US", <ActionResultBar result={result} canUndo={false} onUndo={jest.fn()} />);
  const item = screen.getByRole("listitem");
  expect(item.querySelector("bdi[dir=ltr]")?.textContent).toBe("C5");
});
