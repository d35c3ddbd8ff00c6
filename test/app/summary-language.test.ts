import { summaryHeadings, textIn, type MessageId } from "../../src/core";
import { SETTINGS_KEY } from "../../src/excel";
import { HEADERS, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

function stock() {
  return {
    name: "Stock",
    values: [HEADERS, ["Pole", "Poles", 4, "P1,P2", 40, 10, ""], ["Box", "", 1, "B1", 5, 1, ""]],
  };
}

const summarize = (displayLocale?: string) => w.app.summarize({ displayLocale });

describe("the summary sheet speaks the pane's language", () => {
  test.each([
    ["fi-FI", "Varastoyhteenveto", "Lähdetaulukko", "Kate"],
    ["de-DE", "Bestandsübersicht", "Quellblatt", "Marge"],
    ["sv-SE", "Lagersammanfattning", "Källblad", "Marginal"],
    ["nl-NL", "Voorraadoverzicht", "Bronwerkblad", "Marge"],
    ["fr-FR", "Synthèse du stock", "Feuille source", "Marge"],
  ])("%s: the sheet is %j, with its labels, headings, lines and chart title in that language", async (locale, name, source, margin) => {
    w = world([stock()]);
    expect(valueOf(await summarize(locale)).sheetName).toBe(name);
    const v = w.host.sheetValues(name);
    expect(v[0][0]).toBe(name);
    expect(v[1].slice(0, 2)).toEqual([source, "Stock"]);
    const labels: MessageId[] = ["summary-label-rows-counted", "summary-label-rows-excluded", "summary-label-created"];
    expect(v.slice(2, 5).map((row) => row[0])).toEqual(labels.map((id) => textIn(locale, id)));
    expect(v[6]).toEqual(summaryHeadings(locale));
    expect(v[6][4]).toBe(margin);
    // The line without a category and the totals line are named in the language too.
    expect(v[8][0]).toBe(textIn(locale, "summary-line-uncategorized"));
    expect(v[9][0]).toBe(textIn(locale, "summary-line-total"));
    expect(w.host.charts(name)[0].title).toBe(textIn(locale, "excel-summary-chart-title"));
  });

  test("without a language the sheet is English, as before", async () => {
    w = world([stock()]);
    expect(valueOf(await summarize()).sheetName).toBe("Inventory summary");
    expect(w.host.sheetValues("Inventory summary")[1][0]).toBe("Source sheet");
  });

  test("a name the user chose stays theirs in every language", async () => {
    w = world([stock()], { settings: { [SETTINGS_KEY]: { summarySheetName: "Raportti" } } });
    expect(valueOf(await summarize("de-DE")).sheetName).toBe("Raportti");
    expect(w.host.sheetValues("Raportti")[6]).toEqual(summaryHeadings("de-DE"));
  });
});

describe("a rerun finds the report it made whatever the language was", () => {
  test.each(["1.20", "1.11"])("ExcelApi %s: English, then Finnish, then English replaces the one report, keeping its tab", async (api) => {
    w = world([stock(), { name: "Notes" }], { maxExcelApi: api });
    await summarize("en-US");
    expect(w.host.sheetNames()).toEqual(["Stock", "Notes", "Inventory summary"]);
    w.host.userEdit("Stock", "E2", [[400]]);
    expect(valueOf(await summarize("fi-FI")).sheetName).toBe("Varastoyhteenveto");
    expect(w.host.sheetNames()).toEqual(["Stock", "Notes", "Varastoyhteenveto"]);
    expect(w.host.sheetValues("Varastoyhteenveto")[7][1]).toBe(400);
    await summarize("en-US");
    expect(w.host.sheetNames()).toEqual(["Stock", "Notes", "Inventory summary"]);
  });

  test("a user's sheet that bears the translated name is never taken", async () => {
    w = world([stock(), { name: "Varastoyhteenveto", values: [["omat muistiinpanot"]] }], { maxExcelApi: "1.20" });
    expect(valueOf(await summarize("fi-FI")).sheetName).toBe("Varastoyhteenveto (2)");
    expect(w.host.sheetValues("Varastoyhteenveto")).toEqual([["omat muistiinpanot"]]);
  });

  test("an English report is replaced by the Finnish one beside a user's sheet with the Finnish name", async () => {
    w = world([stock(), { name: "Varastoyhteenveto", values: [["omat"]] }], { maxExcelApi: "1.20" });
    await summarize("en-US");
    expect(valueOf(await summarize("fi-FI")).sheetName).toBe("Varastoyhteenveto (2)");
    expect(w.host.sheetNames()).toEqual(["Stock", "Varastoyhteenveto", "Varastoyhteenveto (2)"]);
    expect(w.host.sheetValues("Varastoyhteenveto")).toEqual([["omat"]]);
  });

  test("the report is built on a temporary sheet named in the language", async () => {
    w = world([stock()], { maxExcelApi: "1.20" });
    await summarize("de-DE");
    let during: string[] = [];
    w.host.beforeSync(({ operations }) => operations.includes("Worksheet.delete"), () => void (during = w.host.sheetNames()));
    await summarize("de-DE");
    expect(during).toEqual(["Stock", "Bestandsübersicht", textIn("de-DE", "excel-summary-temporary-name", { number: "1" })]);
    expect(w.host.sheetNames()).toEqual(["Stock", "Bestandsübersicht"]);
  });

  test("the sheet list leaves out a report made in any language", async () => {
    w = world([stock()], { maxExcelApi: "1.20" });
    await summarize("fr-FR");
    expect(valueOf(await w.app.listSheets()).sheets.map((s) => s.name)).toEqual(["Stock"]);
  });
});
