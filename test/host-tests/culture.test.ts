import { createTestHost, type HostCultureSeed } from "../host";

const TODAY = new Date(2026, 10, 27);

/** What a General cell holds after `input` is written to it in `culture`. */
async function written(input: string, culture?: HostCultureSeed) {
  const host = createTestHost({ sheets: [{ name: "S" }], today: TODAY, culture });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").values = [[input]];
    await context.sync();
  });
  return { value: host.sheetValues("S")[0][0], format: host.sheetFormats("S")[0][0] };
}

describe("text written to a cell is read with the culture's separators", () => {
  test.each([
    ["fi-FI", "12,50", 12.5],
    ["fi-FI", "12.50", "12.50"],
    ["fi-FI", "1 234,5", 1234.5],
    ["fi-FI", "1\u00a0234,5", 1234.5],
    ["fi-FI", "1,234.5", "1,234.5"],
    ["fi-FI", "-3,5", -3.5],
    ["de-DE", "1.234,5", 1234.5],
    ["de-DE", "1,234.5", "1,234.5"],
    ["de-DE", "1.5", "1.5"],
    ["fr-FR", "1\u202f234,5", 1234.5],
    ["sv-SE", "12,5", 12.5],
    ["nl-NL", "1.234,56", 1234.56],
  ])("%s: %j becomes %j", async (name, input, value) => {
    expect((await written(input, { name })).value).toEqual(value);
  });

  test("a percentage takes the culture's decimal separator", async () => {
    expect(await written("12,5%", { name: "fi-FI" })).toEqual({ value: 0.125, format: "0.00%" });
  });

  test("outside en-US, `$` amounts and US date shapes stay text; ISO dates and booleans are read", async () => {
    expect((await written("$5", { name: "de-DE" })).value).toBe("$5");
    expect((await written("3/4/2024", { name: "de-DE" })).value).toBe("3/4/2024");
    expect((await written("2024-03-04", { name: "de-DE" })).value).toBe(45355);
    expect((await written("TRUE", { name: "de-DE" })).value).toBe(true);
  });

  test("without a culture the host reads en-US, as before", async () => {
    expect((await written("1,234.5")).value).toBe(1234.5);
    expect((await written("12,50")).value).toBe("12,50");
    expect((await written("$5")).value).toBe(5);
  });

  test("separators the user set in Excel win over the culture's", async () => {
    const culture = { name: "fi-FI", decimal: ".", group: "," };
    expect((await written("1,234.5", culture)).value).toBe(1234.5);
    expect((await written("12,50", culture)).value).toBe("12,50");
  });

  test("a user typing reads the same way", async () => {
    const host = createTestHost({ sheets: [{ name: "S" }], culture: { name: "de-DE" } });
    host.userEdit("S", "A1:B1", [["1.234,5", "1.234.5"]]);
    expect(host.sheetValues("S")[0]).toEqual([1234.5, "1.234.5"]);
  });
});

describe("Application.cultureInfo and Excel's separators", () => {
  async function culture(seed: HostCultureSeed | undefined, maxExcelApi = "1.20") {
    const host = createTestHost({ culture: seed, maxExcelApi });
    return host.Excel.run(async (context) => {
      const application = context.workbook.application.load("decimalSeparator,thousandsSeparator,useSystemSeparators");
      const info = application.cultureInfo.load("name,numberFormat/numberDecimalSeparator,numberFormat/numberGroupSeparator");
      await context.sync();
      return {
        name: info.name, system: [info.numberFormat.numberDecimalSeparator, info.numberFormat.numberGroupSeparator],
        excel: [application.decimalSeparator, application.thousandsSeparator], useSystem: application.useSystemSeparators,
        contentLanguage: host.Office.context.contentLanguage,
      };
    });
  }

  test("answer the seeded culture", async () => {
    expect(await culture({ name: "de-DE" })).toEqual({
      name: "de-DE", system: [",", "."], excel: [",", "."], useSystem: true, contentLanguage: "de-DE",
    });
  });

  test("en-US by default", async () => {
    expect(await culture(undefined)).toEqual({ name: "en-US", system: [".", ","], excel: [".", ","], useSystem: true, contentLanguage: "en-US" });
  });

  test("Excel's own separators differ from the system's when the user changed them", async () => {
    expect(await culture({ name: "fi-FI", decimal: ".", group: "," })).toMatchObject({
      name: "fi-FI", system: [",", "\u00a0"], excel: [".", ","], useSystem: false,
    });
  });

  test("need ExcelApi 1.11: below it the sync fails with ApiNotFound", async () => {
    await expect(culture({ name: "fi-FI" }, "1.10")).rejects.toMatchObject({ code: "ApiNotFound" });
    const host = createTestHost({ maxExcelApi: "1.10" });
    await expect(host.Excel.run(async (context) => {
      context.workbook.application.load("cultureInfo/name");
      await context.sync();
    })).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
