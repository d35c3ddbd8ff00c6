import { numberSymbols } from "../../src/core";
import { cliLocale, localeFromEnv } from "../../src/cli/cli-locale";
import { excelChangeOf } from "../../src/cli/excel-changes";
import { excelNumberFormat } from "../../src/cli/excel-number-format";
import { localNumberText, toExcelValue } from "../../src/cli/excel-text-value";
import { parseCsvLikeExcel, parseCsvVerbatim } from "../../src/cli/read-csv";

const year = 2026;

describe("toExcelValue: a CSV field as Excel in a locale reads it", () => {
  test.each<[string, string, unknown]>([
    ["fi-FI", "12,50", 12.5],
    ["fi-FI", "1.5", "1.5"],
    ["fi-FI", "1\u00a0234,56", 1234.56],
    ["fi-FI", "1 234,56", 1234.56],
    ["fi-FI", "-3,5", -3.5],
    ["fi-FI", "\u22123,5", -3.5],
    ["fi-FI", "12 %", 0.12],
    ["fi-FI", "00123", 123],
    ["fi-FI", "12 34", "12 34"],
    ["fi-FI", "$5", "$5"],
    ["de-DE", "1.234,56", 1234.56],
    ["de-DE", "1.234", 1234],
    ["de-DE", "1.5", "1.5"],
    ["de-DE", "1,234.56", "1,234.56"],
    ["de-DE", "(12,50)", -12.5],
    ["de-DE", "1,5E3", 1500],
    ["nl-NL", "1.234,56", 1234.56],
    ["fr-FR", "1\u202f234,5", 1234.5],
    ["de-CH", "1'234.50", 1234.5],
    ["de-CH", "1\u2019234.50", 1234.5],
    ["de-DE", "2024-01-31", 45322],
    ["de-DE", "3/4", "3/4"],
    ["de-DE", "10:30", 0.4375],
    ["de-DE", "TRUE", true],
    ["en-US", "12,50", "12,50"],
    ["en-US", "1,234.56", 1234.56],
    ["en-US", "3/4", 46085],
    ["en-GB", "1,234.56", 1234.56],
  ])("%s reads %j as %j", (locale, text, expected) => {
    expect(toExcelValue(text, year, locale)).toEqual(expected);
  });

  test("the en-US spelling of local number text", () => {
    expect(localNumberText("1 234,56", numberSymbols("fi-FI"))).toBe("1,234.56");
    expect(localNumberText("1.5", numberSymbols("fi-FI"))).toBeNull();
    expect(localNumberText("1.234,56", numberSymbols("de-DE"))).toBe("1,234.56");
  });

  test("a whole fi-FI row", () => {
    expect(parseCsvLikeExcel("Nimi;Määrä;Tulot\nSukset;2;1 234,50\nSauvat;3;1.5\n", { locale: "fi-FI" })).toEqual([
      ["Nimi", "Määrä", "Tulot"],
      ["Sukset", 2, 1234.5],
      ["Sauvat", 3, "1.5"],
    ]);
  });

  test("--excel-reading off reads the locale's plain decimals", () => {
    expect(parseCsvVerbatim("a;b;c;d\n12,50;1.5;007;-3,25", { locale: "fi-FI" })).toEqual([["a", "b", "c", "d"], [12.5, "1.5", "007", -3.25]]);
    expect(parseCsvVerbatim("a,b\n12.50,x")).toEqual([["a", "b"], [12.5, "x"]]);
  });
});

describe("what Excel's reading changes, in a locale", () => {
  test.each<[string, string, number, string | null]>([
    ["fi-FI", "12,50", 12.5, null],
    ["fi-FI", "1 234,56", 1234.56, null],
    ["fi-FI", "0012,5", 12.5, "leading-zeros"],
    ["de-DE", "099205", 99205, "leading-zeros"],
    ["de-DE", "1,5E3", 1500, "exponent"],
    ["de-DE", "+5", 5, "plus-sign"],
    ["de-DE", "3558344370409403", 3558344370409400, "long-number"],
    ["de-DE", "1.234,56", 1234.56, null],
  ])("%s: %j read as %j is %j", (locale, text, value, kind) => {
    expect(excelChangeOf(text, value, locale)).toBe(kind);
  });

  test("a changed cell of a fi-FI file is reported with the file's text", () => {
    const changes: unknown[] = [];
    parseCsvLikeExcel("Koodi;Määrä\n00123;2\n", { locale: "fi-FI", onChange: (c) => changes.push(c) });
    expect(changes).toEqual([{ row: 1, column: 0, text: "00123", kind: "leading-zeros" }]);
  });
});

describe("number formats of a written copy, in a locale", () => {
  test.each<[string, string, string | undefined]>([
    ["de-DE", "1.234,50", "#,##0.00"],
    ["de-DE", "12,5", undefined],
    ["fi-FI", "12,5 %", "0.00%"],
    ["de-DE", "2024-01-31", "yyyy-mm-dd"],
    ["de-DE", "2024-01-31 10:30", "yyyy-mm-dd h:mm"],
    ["de-DE", "1.5", undefined],
    ["en-US", "2024-01-31", "m/d/yyyy"],
  ])("%s: %j gets %j", (locale, text, format) => {
    expect(excelNumberFormat(text, year, locale)).toBe(format);
  });
});

describe("the command line's locale", () => {
  test.each<[string, string]>([
    ["fi-FI", "fi-FI"],
    ["fi_FI.UTF-8", "fi-FI"],
    ["de_DE@euro", "de-DE"],
    ["nl-nl", "nl-NL"],
    ["C", "en-US"],
    ["POSIX", "en-US"],
    ["C.UTF-8", "en-US"],
  ])("%j is %j", (text, locale) => {
    expect(cliLocale(text)).toBe(locale);
  });

  test("a tag that is not a locale is refused", () => {
    expect(() => cliLocale("fi FI")).toThrow(/not a language tag/);
    expect(() => cliLocale("xx-YY")).toThrow(/not one this runtime knows/);
  });

  test.each<[Record<string, string>, string]>([
    [{}, "en-US"],
    [{ LANG: "fi_FI.UTF-8" }, "fi-FI"],
    [{ LANG: "fi_FI.UTF-8", LC_NUMERIC: "de_DE.UTF-8" }, "de-DE"],
    [{ LANG: "fi_FI.UTF-8", LC_NUMERIC: "de_DE.UTF-8", LC_ALL: "nl_NL.UTF-8" }, "nl-NL"],
    [{ LC_ALL: "", LANG: "sv_SE.UTF-8" }, "sv-SE"],
    [{ LANG: "C.UTF-8" }, "en-US"],
    [{ LANG: "not a locale" }, "en-US"],
  ])("the environment %j gives %j", (env, locale) => {
    expect(localeFromEnv(env)).toBe(locale);
  });
});
