/** Number text read in a locale (docs/design.md §14). */
import fc from "fast-check";
import { checkInventory, parseNumberText, planFix, type CellValue } from "../../src/core";

const LOCALES = ["en-US", "en-GB", "fi-FI", "sv-SE", "nb-NO", "da-DK", "de-DE", "de-CH", "nl-NL", "fr-FR", "es-ES", "it-IT", "pt-PT", "pl-PL"];
const CURRENCY: Record<string, string> = {
  "en-US": "USD", "en-GB": "GBP", "fi-FI": "EUR", "sv-SE": "SEK", "nb-NO": "NOK", "da-DK": "DKK", "de-DE": "EUR", "de-CH": "CHF",
  "nl-NL": "EUR", "fr-FR": "EUR", "es-ES": "EUR", "it-IT": "EUR", "pt-PT": "EUR", "pl-PL": "PLN",
};

describe("parseNumberText in a locale", () => {
  test.each([
    ["1.234", "de-DE", 1234, 0], ["1.234", "en-US", 1.234, 3], ["1.234,56 €", "de-DE", 1234.56, 2], ["€ -1.234,56", "nl-NL", -1234.56, 2],
    ["CHF-1'234.56", "de-CH", -1234.56, 2], ["1\u2019234.5", "de-CH", 1234.5, 1], ["(kr 1 234,56)", "nb-NO", -1234.56, 2],
    ["\u22121\u00a0234,56 kr", "sv-SE", -1234.56, 2], ["1 234,5", "fi-FI", 1234.5, 1], ["1\u202f234,5", "fr-FR", 1234.5, 1],
    ["1.234,56 kr.", "da-DK", 1234.56, 2], ["-1234,56 zł", "pl-PL", -1234.56, 2], ["12,50 EUR", "fi-FI", 12.5, 2],
    ["SEK 12,5", "sv-SE", 12.5, 1], ["eur12,5", "de-DE", 12.5, 1], ["£1,234.50", "en-GB", 1234.5, 2], ["(12,50)", "es-ES", -12.5, 2],
    ["+7", "it-IT", 7, 0], [",5", "pt-PT", 0.5, 1], ["1,5e3", "de-DE", 1500, 0], ["12.345,6", "es-ES", 12345.6, 1],
    ["1,234", "fi-FI", 1.234, 3], ["1.234.567", "de-DE", 1234567, 0], ["0,00", "fr-FR", 0, 2],
  ])("%p in %s reads as %p with %i decimals", (text, locale, value, decimals) => {
    expect(parseNumberText(text, locale)).toEqual({ value, decimals });
  });

  test.each([
    ["1.5", "fi-FI"], ["1.5", "de-DE"], ["12.50", "fr-FR"], ["1,5", "en-GB"], ["12,50", "en-US"], ["1.23.4", "de-DE"],
    ["1234.567", "de-DE"], ["12 apples", "de-DE"], ["(-12)", "de-DE"], ["--1", "fi-FI"], ["€", "de-DE"], ["", "fi-FI"], ["NaN", "de-DE"],
    ["1 2 3", "fr-FR"], ["12 XYZ", "de-DE"], ["1e999", "de-DE"],
  ])("%p is not a number in %s", (text, locale) => {
    expect(parseNumberText(text, locale)).toBeNull();
  });

  test("en-US, named or not, reads exactly as before", () => {
    for (const text of ["12", " 120.50 ", "$1,234.5", "-3", "1e3", "+.5", "(12.50)", "\u221212", "12,50", "1.2.3", "EUR 12"]) {
      expect(parseNumberText(text, "en-US")).toEqual(parseNumberText(text));
      expect(parseNumberText(text, "en-us")).toEqual(parseNumberText(text));
    }
    expect(parseNumberText("(12.50)")).toBeNull();
  });

  test("a hostile paste is read in one pass in every locale", () => {
    const hostile = [`€${" ".repeat(390)}x`, `(${"1 ".repeat(190)})`, `${"1.".repeat(199)}`];
    for (const locale of LOCALES) for (const text of hostile) expect(parseNumberText(text, locale)).toBeNull();
  });

  describe("whatever Intl.NumberFormat writes reads back, in every supported locale", () => {
    const amount = fc.integer({ min: -(1e14 - 1), max: 1e14 - 1 }).map((cents) => cents / 100);
    test.each(LOCALES)("%s, plain and with its currency", (locale) => {
      const plain = new Intl.NumberFormat(locale);
      const money = new Intl.NumberFormat(locale, { style: "currency", currency: CURRENCY[locale] });
      const euro = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" });
      fc.assert(fc.property(amount, (x) => {
        for (const format of [plain, money, euro]) expect(parseNumberText(format.format(x), locale)?.value).toBe(x);
      }), { numRuns: 300 });
    });
  });
});

describe("the rules read text in settings.locale", () => {
  const grid = (...rows: CellValue[][]): CellValue[][] => [["Name", "Qty", "Codes", "Income", "Expense"], ...rows];

  test("ambiguous text follows the locale, and the warning says which reading it took", () => {
    const g = grid(["Ski", "1.000", "S-1", "1.234", "12,5"]);
    const de = checkInventory(g, { locale: "de-DE" });
    expect(de.issues.map((i) => i.message)).toEqual([
      'B2: quantity "1.000" is stored as text (read as 1000 in de-DE)',
      'D2: income "1.234" is stored as text (read as 1234 in de-DE)',
      'E2: expense "12,5" is stored as text (read as 12,5 in de-DE)',
    ]);
    const us = checkInventory(g);
    expect(us.issues.map((i) => i.message)).toEqual([
      'B2: quantity "1.000" is stored as text',
      'D2: income "1.234" is stored as text',
      'D2: income "1.234" has more than 2 decimals',
      'E2: expense "12,5" is not a number',
    ]);
  });

  test("text that is no number in the locale is amount-not-a-number / quantity-not-a-number naming the locale", () => {
    const report = checkInventory(grid(["Ski", "2.5", "S-1", "12.50", 1]), { locale: "fi-FI" });
    expect(report.issues.map((i) => [i.rule, i.message])).toEqual([
      ["quantity-not-a-number", 'B2: quantity "2.5" is not a number in fi-FI'],
      ["amount-not-a-number", 'D2: income "12.50" is not a number in fi-FI'],
    ]);
  });

  test("a quantity read in the locale is checked like a number", () => {
    const report = checkInventory(grid(["Ski", "2,5", "S-1", 1, 1]), { locale: "de-DE" });
    expect(report.issues.map((i) => i.rule)).toEqual(["quantity-as-text", "quantity-not-whole"]);
  });

  test("the convert fix writes the number the locale reads", () => {
    const g = grid(["Ski", "1.000", "S-1", "1.234,50 €", "(12,50)"]);
    const report = checkInventory(g, { locale: "de-DE" });
    const plan = planFix(g, report.issues.filter((i) => i.fix?.kind === "convert-to-number"), { locale: "de-DE" }, report);
    expect(plan.change.writes.map((w) => [w.column, w.value])).toEqual([[1, 1000], [3, 1234.5], [4, -12.5]]);
  });
});

describe("numbers quoted in messages", () => {
  test("are written as the workbook's Excel shows them: a decimal comma in fi-FI, a point in en-US", () => {
    const g: CellValue[][] = [["Name", "Qty", "Codes"], ["Ski", 2.5, "S-1"]];
    expect(checkInventory(g, { locale: "fi-FI" }).issues.map((i) => i.message)).toEqual(["B2: quantity 2,5 is not a whole number"]);
    expect(checkInventory(g).issues.map((i) => i.message)).toEqual(["B2: quantity 2.5 is not a whole number"]);
  });
});
