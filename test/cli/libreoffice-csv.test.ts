/**
 * `;`-separated CSVs as LibreOffice writes them in each locale (made by
 * scripts/make-locale-csvs.ts, committed): read with that --locale they are six columns and sum
 * to the cent; fi-FI, fr-FR and sv-SE group with U+00A0 (ICU says U+202F for fr-FR: both count).
 */
import path from "node:path";
import { main } from "../../src/cli/main";
import { captureIO } from "./support/workbooks";

const fixtures = path.join(__dirname, "..", "fixtures", "cli", "locale");

describe.each(["nl-NL", "de-DE", "fi-FI", "fr-FR", "sv-SE"])("a CSV LibreOffice wrote in %s", (locale) => {
  test("is read as six columns, checked clean and summed to the cent", async () => {
    const file = `libreoffice-${locale}.csv`;
    const check = captureIO(fixtures);
    expect(await main(["check", file, "--locale", locale, "--json"], check.io)).toBe(0);
    const report = JSON.parse(check.stdout());
    expect(report.table.headers).toEqual(["Name", "Category", "Quantity", "Stock codes", "Income", "Expense"]);
    expect(report.issues).toEqual([]);
    const summary = captureIO(fixtures);
    expect(await main(["summary", file, "--locale", locale, "--json"], summary.io)).toBe(0);
    const { totals, categories } = JSON.parse(summary.stdout());
    expect(totals).toMatchObject({ records: 3, units: 14, income: 1236147.95, expense: 98897.88, net: 1137250.07 });
    expect(categories.map((c: { category: string }) => c.category)).toEqual(["Machines", "Poles", "Skis"]);
  });

  test("in en-US its amounts are not numbers", async () => {
    const check = captureIO(fixtures);
    expect(await main(["check", `libreoffice-${locale}.csv`, "--locale", "en-US", "--json"], check.io)).toBe(1);
    expect(JSON.parse(check.stdout()).issues.every((i: { rule: string }) => i.rule === "amount-not-a-number" || i.rule === "amount-as-text")).toBe(true);
  });
});
