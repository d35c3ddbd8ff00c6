/**
 * One word per concept in each language (issue 15): the pane, the messages, the ribbon (the
 * manifest's overrides) and the summary sheet name serialize, aggregate and the summary alike,
 * and none of them falls back on a synonym another translator chose.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { catalogueOf, textIn, type MessageId, type UiLanguage } from "../../src/core/messages";

interface Terms {
  locale: string;
  serialize: RegExp;
  aggregate: RegExp;
  summary: RegExp;
  /** Synonyms the language does not use for these concepts. */
  avoided: RegExp;
}

const TERMS: Record<Exclude<UiLanguage, "en">, Terms> = {
  fi: { locale: "fi-FI", serialize: /yksilö/i, aggregate: /yhdist/i, summary: /yhteenve/i, avoided: /raport|\bmenot\b|menoista|\btiivist/i },
  sv: { locale: "sv-SE", serialize: /dela(s)? upp|uppdel/i, aggregate: /slå(s)? samman|sammansl/i, summary: /sammanfatt/i, avoided: /sammanställ|\brapport\b/i },
  de: {
    locale: "de-DE", serialize: /aufteil|aufgeteilt|aufzuteil/i, aggregate: /zusammenführ|zusammengeführt/i, summary: /übersicht/i,
    avoided: /serialis|einheit|\bbericht\b|zusammengefasst/i,
  },
  nl: { locale: "nl-NL", serialize: /uitsplits|uitgesplitst|uit te splitsen/i, aggregate: /samenvoeg|samengevoegd/i, summary: /overzicht/i, avoided: /opsplits|eenhe|\brapport\b|inkomsten|deelvenster/i },
  fr: { locale: "fr-FR", serialize: /scind|scission/i, aggregate: /regroup/i, summary: /synthèse/i, avoided: /sérialis|agrég|récapitul|\bfusion\b|fusionner|lignes? (non )?fusionnées?/i },
};

const MANIFEST = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");

/** The manifest's override values for `locale`, by string id (DisplayName and Description by their element). */
function overridesOf(locale: string): Map<string, string> {
  const found = new Map<string, string>();
  const owner = /<(?:bt:String id="([^"]+)"|(DisplayName|Description)) DefaultValue="[^"]*">([\s\S]*?)<\/(?:bt:String|DisplayName|Description)>/g;
  for (const [, id, element, body] of MANIFEST.matchAll(owner)) {
    const value = new RegExp(`Override Locale="${locale}" Value="([^"]*)"`).exec(body)?.[1];
    if (value !== undefined) found.set(id ?? element, value);
  }
  return found;
}

describe.each(Object.entries(TERMS))("the %s words", (language, terms) => {
  const catalogue = catalogueOf(language as UiLanguage);
  const say = (id: MessageId) => textIn(terms.locale, id, { count: 2, rows: 2, sheet: "S", number: "1" });
  const ribbon = overridesOf(terms.locale);

  it("name serialize, aggregate and the summary alike on the pane's tabs, the ribbon and the summary sheet", () => {
    expect(say("pane-tab-serialize")).toMatch(terms.serialize);
    expect(say("pane-tab-aggregate")).toMatch(terms.aggregate);
    expect(say("pane-tab-summary")).toMatch(terms.summary);
    expect(say("excel-undo-label-serialize")).toMatch(terms.serialize);
    expect(say("excel-undo-label-aggregate")).toMatch(terms.aggregate);
    expect(say("summary-sheet-name")).toMatch(terms.summary);
    expect(say("excel-summary-temporary-name")).toMatch(terms.summary);
    expect(say("summary-heading-serialized-records")).toMatch(terms.serialize);
    expect(say("summary-heading-aggregated-records")).toMatch(terms.aggregate);
    expect(ribbon.get("Serialize.Label")).toMatch(terms.serialize);
    expect(ribbon.get("Summary.Label")).toMatch(terms.summary);
    expect(ribbon.get("ShowPane.Tooltip")).toMatch(terms.serialize);
    expect(ribbon.get("ShowPane.Tooltip")).toMatch(terms.aggregate);
  });

  it("head the summary sheet's columns as the pane heads its summary table", () => {
    const shared = ["category", "income", "expense", "net", "margin", "records", "units", "income-per-unit"];
    const sheet = shared.map((column) => say(`summary-heading-${column}` as MessageId));
    expect(sheet).toEqual(shared.map((column) => say(`pane-summary-${column}` as MessageId)));
  });

  it("use none of the synonyms other translators chose, in the catalogue or on the ribbon", () => {
    expect(Object.entries(catalogue).filter(([, words]) => terms.avoided.test(words ?? "")).map(([id]) => id)).toEqual([]);
    expect([...ribbon].filter(([, words]) => terms.avoided.test(words)).map(([id]) => id)).toEqual([]);
  });
});

describe("the manifest's overrides as this test reads them", () => {
  it("are found for every ribbon string and the description", () => {
    const german = overridesOf("de-DE");
    expect(german.get("Check.Label")).toBe("Prüfen");
    expect(german.get("Description")).toMatch(/^Bestandszeilen prüfen/);
    expect(german.size).toBe(21);
  });
});
