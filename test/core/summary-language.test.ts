import {
  marginText, SHEET_NAME_MAX, SUMMARY_HEADERS, summaryBaseName, summaryHeadersOf, summaryHeadings, summaryNamesInEveryLanguage,
  summarizeByCategory, summaryNames, summaryTableCells, textIn, titleBlock, UI_LANGUAGES,
} from "../../src/core";

const values = [
  ["Name", "Category", "Quantity", "Codes", "Income", "Expense", "List price"],
  ["Pole", "Poles", 2, "P1,P2", 40, 10, 15],
  ["Box", "", 1, "B1", 5, 1, 3],
];
const summary = summarizeByCategory(values);

test("English stays the default: the headings, labels and margins the CLI and the pane always had", () => {
  expect(SUMMARY_HEADERS).toEqual(["Category", "Income", "Expense", "Net", "Margin", "Records", "Serialized records", "Aggregated records", "Units", "Income per unit"]);
  expect(titleBlock("Inventory summary", "Stock", summary, 1).labels).toEqual(["Inventory summary", "Source sheet", "Rows counted", "Rows excluded (errors)", "Created"]);
  expect(marginText(-0.0004)).toBe("0.0%");
  expect(marginText(-0.125)).toBe("-12.5%");
});

test("each language has its own distinct headings (an Excel table needs them distinct)", () => {
  for (const language of UI_LANGUAGES) {
    const headings = summaryHeadersOf(summary, language);
    expect(new Set(headings.map((h) => h.toLowerCase())).size).toBe(headings.length);
  }
  expect(summaryHeadings("fi-FI").slice(0, 3)).toEqual(["Luokka", "Tulot", "Kulut"]);
  expect(summaryHeadersOf(summary, "de-DE").at(-1)).toBe(textIn("de-DE", "summary-stock-value-header", { column: "List price" }));
});

test("the margin is written as the locale writes percentages, with its own minus", () => {
  expect(marginText(0.125, "de-DE")).toBe("12,5\u00a0%");
  expect(marginText(-0.125, "fi-FI")).toBe("\u221212,5\u00a0%");
  expect(marginText(-0.0004, "fi-FI")).toBe("0,0\u00a0%");
  expect(marginText(null, "fi-FI")).toBe("");
});

test("the default name is the language's; a name of the user's own is kept", () => {
  expect(summaryBaseName("Inventory summary", "fi-FI")).toBe("Varastoyhteenveto");
  expect(summaryBaseName("Inventory summary", "de-DE")).toBe("Bestandsübersicht");
  expect(summaryBaseName("Inventory summary")).toBe("Inventory summary");
  expect(summaryBaseName("Lager 2026", "fi-FI")).toBe("Lager 2026");
});

test("the names a report of ours may bear cover every language, each fitting Excel's 31 characters with (20)", () => {
  const names = summaryNamesInEveryLanguage("Inventory summary");
  for (const language of UI_LANGUAGES) {
    const base = summaryBaseName("Inventory summary", language);
    expect(names).toContain(base);
    expect(`${base} (20)`.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
  }
  expect(summaryNamesInEveryLanguage("Lager")).toEqual(summaryNames("Lager"));
});

test("the table's rows name the line without a category and the totals in the language", () => {
  const { lines, totals } = summaryTableCells(summary, "sv-SE");
  expect(lines.map((l) => l[0])).toEqual(["Poles", textIn("sv-SE", "summary-line-uncategorized")]);
  expect(totals[0]).toBe(textIn("sv-SE", "summary-line-total"));
  expect(summaryTableCells(summary).totals[0]).toBe("Total");
});
