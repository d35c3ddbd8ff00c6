/** Header catalogues per language (docs/design.md §14): matching, narrowing, conflicts, messages. */
import { checkInventory, detectTable, parseSettings, ROLE_ALIASES, type CellValue } from "../../src/core";
import { CATALOGUES, LANGUAGES } from "../../src/core/locales";
import { EN } from "../../src/core/locales/en";
import { aliasKey, buildHeaderLookup, foldAccents, headerLookup } from "../../src/core/header-lookup";
import { detectColumns } from "../../src/core/columns";
import { resolveSettings } from "../../src/core/resolve-settings";
import { ruleMap } from "./helpers";

const ROLES = ["quantity", "codes", "category", "name", "income", "expense"] as const;

describe("the catalogues", () => {
  test("twelve languages, each naming every role", () => {
    expect(LANGUAGES).toEqual(["en", "fi", "sv", "nb", "da", "de", "nl", "fr", "es", "it", "pt", "pl"]);
    for (const language of LANGUAGES) for (const role of ROLES) expect(CATALOGUES[language][role].length).toBeGreaterThan(0);
  });

  test("ROLE_ALIASES stays the English catalogue", () => {
    expect(ROLE_ALIASES).toBe(EN);
    expect(ROLE_ALIASES.quantity).toEqual(["Quantity", "Qty", "Count", "Units", "Amount in stock"]);
  });

  test("every alias of every catalogue is found as its own role (or as a reported conflict)", () => {
    const lookup = headerLookup();
    for (const language of LANGUAGES) {
      for (const role of ROLES) {
        for (const alias of CATALOGUES[language][role]) {
          expect(lookup.readingsOf(alias)).toContainEqual({ role, language });
        }
      }
    }
  });
});

describe("matching a header", () => {
  test.each([
    ["STK.", "quantity"], ["Stk", "quantity"], ["Art.-Nr.", "codes"], ["Art Nr", "codes"], ["Qte", "quantity"], ["QTÉ", "quantity"],
    ["N° de série", "codes"], ["No de serie", "codes"], ["Maengde", "quantity"], ["Mangd", "quantity"], ["Ilosc", "quantity"],
    ["numero d\u2019inventaire", "codes"], ["Ma\u0308a\u0308ra\u0308", "quantity"],
  ])("%p reads as %p", (header, role) => {
    const readings = headerLookup().readingsOf(header);
    expect(readings?.[0]?.role).toBe(role);
  });

  test("other punctuation still counts: Serial # is not Serial", () => {
    expect(headerLookup().readingsOf("Serial #")).toBeUndefined();
    expect(aliasKey(" Art.-Nr. ")).toBe("artnr");
  });

  test("accents are folded only where no two roles share the folded form, in any catalogue", () => {
    const catalogues = {
      fi: { quantity: ["Määrä"], codes: [], category: [], name: [], income: [], expense: [], status: [], available: [], purchase: [] },
      sv: { quantity: [], codes: [], category: ["Maara"], name: [], income: [], expense: [], status: [], available: [], purchase: [] },
    };
    const both = buildHeaderLookup(catalogues, ["fi", "sv"]);
    expect(both.readingsOf("Määrä")).toEqual([{ role: "quantity", language: "fi" }]);
    expect(both.readingsOf("maara")).toEqual([{ role: "category", language: "sv" }]);
    expect(both.readingsOf("Maarä")).toBeUndefined();
    // Narrowing to Finnish does not make the folding appear: Swedish still shares the form.
    const finnish = buildHeaderLookup(catalogues, ["fi"]);
    expect(finnish.readingsOf("Maara")).toBeUndefined();
    expect(finnish.readingsOf("MÄÄRÄ")).toEqual([{ role: "quantity", language: "fi" }]);
    // Without the Swedish alias the folding is unambiguous.
    const alone = buildHeaderLookup({ fi: catalogues.fi }, ["fi"]);
    expect(alone.readingsOf("Maara")).toEqual([{ role: "quantity", language: "fi" }]);
  });

  test("the built-in catalogues have no folded form shared by two roles apart from the listed ones", () => {
    const roles = new Map<string, Set<string>>();
    for (const language of LANGUAGES) for (const role of ROLES) for (const alias of CATALOGUES[language][role]) {
      const folded = foldAccents(aliasKey(alias));
      roles.set(folded, (roles.get(folded) ?? new Set()).add(role));
    }
    expect([...roles].filter(([, r]) => r.size > 1).map(([f]) => f)).toEqual(["nombre"]);
  });

  test("one look-up per set of languages, built once", () => {
    expect(headerLookup()).toBe(headerLookup());
    expect(headerLookup(["de", "fi"])).toBe(headerLookup(["de", "fi"]));
  });
});

describe("every language is active at once, and settings.languages narrows them", () => {
  const german: CellValue[][] = [["Artikel", "Kategorie", "Menge", "Inventarnummer", "Einnahmen"], ["Ski", "Ski", 1, "S-1", 10]];

  test("a German header row is found with no mapping", () => {
    expect(detectTable(german)?.columns).toEqual({ name: 0, category: 1, quantity: 2, codes: 3, income: 4 });
  });

  test("narrowed to English, the German headers are not recognised", () => {
    expect(detectTable(german, { languages: ["en"] })).toBeNull();
    expect(detectTable(german, { languages: ["de"] })?.columns.codes).toBe(3);
  });

  test("languages and locale are validated", () => {
    expect(parseSettings({ languages: ["de", "xx"] })).toMatchObject({ success: false, errors: ["languages.1: must be a header language code such as fi or de"] });
    expect(parseSettings({ languages: [] })).toMatchObject({ success: false, errors: ["languages: must not be empty"] });
    expect(parseSettings({ locale: "not a locale" })).toMatchObject({ success: false, errors: ["locale: must be a language tag such as en-US or fi-FI"] });
    const ok = parseSettings({ locale: "fi-FI", languages: ["fi"] });
    expect(ok.success && [ok.data.locale, ok.data.languages]).toEqual(["fi-FI", ["fi"]]);
    const defaults = parseSettings({});
    expect(defaults.success && [defaults.data.locale, defaults.data.languages]).toEqual(["en-US", undefined]);
  });
});

describe("a header that reads as two roles in two languages", () => {
  // "Nombre" is a count in French and a name in Spanish.
  const spanish: CellValue[][] = [["Nombre", "Cantidad", "Código"], ["Casco", 1, "C-1"]];

  test("is a duplicate-header naming both readings, and no row is checked on a guess", () => {
    const report = checkInventory(spanish);
    expect(ruleMap(report)).toEqual(["duplicate-header@A1"]);
    expect(report.issues[0]).toMatchObject({
      severity: "error",
      message: 'A1: "Nombre" reads as the quantity column in French and as the name column in Spanish; choose its role in the column mapping',
    });
    expect(report.table?.columns).toEqual({ quantity: 1, codes: 2 });
    expect(report.rows).toMatchObject({ data: 1, valid: 0, invalid: 1 });
  });

  test("the locale's own language settles it, with a warning that says which reading was taken", () => {
    const report = checkInventory(spanish, { locale: "es-ES" });
    expect(report.table?.columns).toEqual({ name: 0, quantity: 1, codes: 2 });
    expect(report.issues.map((i) => [i.rule, i.severity, i.message])).toEqual([["duplicate-header", "warning",
      'A1: "Nombre" reads as the name column in Spanish and as the quantity column in French; it is read as name, the es-ES reading ' +
      "(choose another in the column mapping)"]]);
    expect(report.rows).toMatchObject({ valid: 1, invalid: 0 });
  });

  test("narrowing the languages or mapping the column removes the conflict", () => {
    expect(checkInventory(spanish, { languages: ["es"] }).issues).toEqual([]);
    expect(checkInventory(spanish, { mapping: { name: "Nombre" } }).issues).toEqual([]);
  });

  test("between optional roles only, it is a warning and the column is left out", () => {
    const lookup = buildHeaderLookup({
      en: EN,
      de: { quantity: [], codes: [], category: ["Sorte"], name: [], income: [], expense: [], status: [], available: [], purchase: [] },
      nl: { quantity: [], codes: [], category: [], name: ["Sorte"], income: [], expense: [], status: [], available: [], purchase: [] },
    }, ["en", "de", "nl"]);
    const found = detectColumns([["Qty", "Codes", "Sorte"]], resolveSettings(), lookup);
    expect(found.table?.columns).toEqual({ quantity: 0, codes: 1 });
    expect(found.ambiguous).toBe(false);
    expect(found.issues.map((i) => [i.severity, i.message])).toEqual([["warning",
      'C1: "Sorte" reads as the category column in German and as the name column in Dutch; it is not used (choose its role in the column mapping)']]);
  });
});

describe("the no-header message names the workbook's language first", () => {
  const noHeader = (settings: object) => checkInventory([["Notes", "Location"]], settings).issues[0].message;

  test("en-US keeps its English sentence", () => {
    expect(noHeader({})).toBe("A1: no header row found in the first 20 rows: no row names both a quantity column (Quantity, Qty, Count, …) " +
      "and a stock-codes column (Stock codes, Serial, Asset tag, …)");
  });

  test.each([
    ["fi-FI", "Määrä, Kpl, Lukumäärä, Quantity", "Varastokoodi, Sarjanumero, Viivakoodi, Stock codes"],
    ["de-DE", "Menge, Anzahl, Stk., Quantity", "Inventarnummer, Seriennummer, Barcode, Stock codes"],
    ["nl-NL", "Aantal, Hoeveelheid, Stuks, Quantity", "Voorraadcodes, Voorraadcode, Serienummer, Stock codes"],
  ])("%s lists its own headers, then English", (locale, quantity, codes) => {
    expect(noHeader({ locale })).toBe(`A1: no header row found in the first 20 rows: no row names both a quantity column (${quantity}, …) ` +
      `and a stock-codes column (${codes}, …)`);
  });

  test("with English not active, only the workbook's language is listed; a locale without a catalogue takes the first language", () => {
    expect(noHeader({ locale: "sv-SE", languages: ["sv"] })).toContain("(Antal, Kvantitet, Styck, …)");
    expect(noHeader({ locale: "ja-JP", languages: ["fr", "es"] })).toContain("(Quantité, Qté, Nombre, …)");
  });
});
