/**
 * The German and French words for the engine, app, Excel, plan and pane areas: every key
 * renders in its language (not in English), keeps every value English shows, in every select
 * and plural branch, and follows each language's typography.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { textIn, type MessageId, type MessageValues } from "../../src/core";
import { ACTIONS } from "../../src/core/messages/en/actions";
import { APP } from "../../src/core/messages/en/app";
import { COMMON } from "../../src/core/messages/en/common";
import { ENGINE } from "../../src/core/messages/en/engine";
import { EXCEL } from "../../src/core/messages/en/excel";
import { PANE } from "../../src/core/messages/en/pane";
import { PLANS } from "../../src/core/messages/en/plans";
import { REAL_SHAPES } from "../../src/core/messages/en/real-shapes";
import { catalogueOf } from "../../src/core/messages";
import { compileFast } from "../../src/core/messages/format";

const AREAS: Readonly<Record<string, string>> = { ...ACTIONS, ...APP, ...COMMON, ...ENGINE, ...EXCEL, ...PLANS, ...REAL_SHAPES, ...PANE };
const IDS = Object.keys(AREAS) as MessageId[];

interface Argument {
  kind: "number" | "text";
  /** The values that reach a branch of their own: select keys (`yes`, `languages`) and exact plural numbers (`=0`). */
  options: (string | number)[];
}

/** The arguments of an English message: numbers for plural and number arguments, text otherwise. */
function argumentsOf(message: string): Map<string, Argument> {
  const found = new Map<string, Argument>();
  const note = (name: string, kind: Argument["kind"], options: (string | number)[] = []) => {
    const known = found.get(name);
    found.set(name, { kind: known?.kind === "number" ? "number" : kind, options: [...(known?.options ?? []), ...options] });
  };
  const walk = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.argument) note(element.value, "text");
      else if (element.type === TYPE.number) note(element.value, "number");
      else if (element.type === TYPE.select || element.type === TYPE.plural) {
        const keys = Object.keys(element.options);
        if (element.type === TYPE.plural) note(element.value, "number", keys.filter((key) => key.startsWith("=")).map((key) => Number(key.slice(1))));
        else note(element.value, "text", keys.filter((key) => key !== "other"));
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return found;
}

/** A text sample no catalogue word contains, so finding it in the output proves the value was kept. */
const sampleOf = (name: string) => `Q${name}7`;

/** The sample values: every number `count`, every text its own sample. */
function baseValues(args: Map<string, Argument>, count: number): Record<string, string | number> {
  return Object.fromEntries([...args].map(([name, arg]) => [name, arg.kind === "number" ? count : sampleOf(name)]));
}

/**
 * Values that between them reach every select option, every exact plural (`=0`) and the plural
 * forms of 1, 2 and many. (A bare 0 is left out: French says "0 ligne", its `one` form, where a
 * message without `=0` never meets a zero.)
 */
function variantsOf(id: MessageId): MessageValues[] {
  const args = argumentsOf(AREAS[id]);
  const variants: MessageValues[] = [1, 2, 3, 5].map((count) => baseValues(args, count));
  for (const [name, arg] of args) {
    for (const option of arg.options) variants.push({ ...baseValues(args, 3), [name]: option });
  }
  return variants;
}

/** The text samples English shows for `values`: a translation must show each of them too. */
function textShownInEnglish(id: MessageId, values: MessageValues): string[] {
  const english = textIn("en-US", id, values);
  return Object.values(values).filter((v): v is string => typeof v === "string" && v.startsWith("Q") && english.includes(v));
}

describe.each([
  ["de", "de-DE"],
  ["fr", "fr-FR"],
] as const)("the %s words (%s)", (language, locale) => {
  it("has every key of the areas, and renders each in the language", () => {
    const catalogue = catalogueOf(language);
    expect(IDS.filter((id) => catalogue[id] === undefined)).toEqual([]);
    const same = IDS.filter((id) => {
      const values = variantsOf(id)[2];
      const out = textIn(locale, id, values);
      expect(out.trim()).not.toBe("");
      return out === textIn("en-US", id, values);
    });
    // Only messages made of values and punctuation ("{address}: {reason}") read as in English.
    expect(same.length).toBeLessThanOrEqual(IDS.length * 0.1);
    expect(IDS.length).toBeGreaterThan(200);
  });

  it("shows every value English shows, in every select and plural branch", () => {
    const dropped: string[] = [];
    for (const id of IDS) {
      for (const values of variantsOf(id)) {
        const out = textIn(locale, id, values);
        for (const sample of textShownInEnglish(id, values)) {
          if (!out.includes(sample)) dropped.push(`${id}: ${sample} in ${JSON.stringify(values)}`);
        }
      }
    }
    expect(dropped).toEqual([]);
  });

  it("takes the fast path for every message, and says there what the library says", () => {
    const catalogue = catalogueOf(language);
    const differing: string[] = [];
    for (const id of IDS) {
      const source = catalogue[id]!;
      const fast = compileFast(source, locale);
      const library = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
      if (!fast) differing.push(`${id}: not compiled`);
      for (const values of variantsOf(id)) {
        if (fast?.(values) !== library.format(values as Record<string, string | number>)) differing.push(`${id}: ${JSON.stringify(values)}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it("quotes with the language's own quotation marks, never straight quotes", () => {
    const catalogue = catalogueOf(language);
    expect(IDS.filter((id) => /["']/.test(catalogue[id] ?? ""))).toEqual([]);
  });

  it("keeps the pane's tab labels short enough for a 320 px pane", () => {
    const catalogue = catalogueOf(language);
    const tabs = IDS.filter((id) => id.startsWith("pane-tab-"));
    expect(tabs).toHaveLength(6);
    expect(tabs.filter((id) => catalogue[id]!.length > 14)).toEqual([]);
  });

  it("formats plural counts and numbers in the locale's culture", () => {
    expect(textIn(locale, "rows-count", { count: 3000 })).toBe(`${new Intl.NumberFormat(locale).format(3000)} ${language === "de" ? "Zeilen" : "lignes"}`);
    expect(textIn(locale, "rows-count", { count: 1 })).toBe(language === "de" ? "1 Zeile" : "1 ligne");
  });
});

describe("German words", () => {
  it("read a sheet as Arbeitsblatt and address the operator as Sie", () => {
    expect(textIn("de-DE", "app-protected", { sheet: "Lager" })).toBe(
      "Das Arbeitsblatt „Lager“ ist geschützt. Heben Sie den Blattschutz auf (Überprüfen › Blattschutz aufheben), und versuchen Sie es erneut.",
    );
  });

  it("name a column role as its column, whatever the role", () => {
    expect(textIn("de-DE", "issue-cell-error", { cell: "B7", role: "quantity", value: "#REF!" })).toBe(
      "B7: Die Zelle in der Mengenspalte enthält den Excel-Fehlerwert #REF!",
    );
    expect(textIn("de-DE", "issue-amount-negative", { cell: "F3", role: "expense", value: "-5" })).toBe("F3: Der Betrag -5 (Ausgaben) ist negativ");
  });

  it("name the pane's tabs and counts as the German messages do", () => {
    const de = catalogueOf("de");
    expect(["check", "serialize", "aggregate", "summary", "find", "settings"].map((tab) => de[`pane-tab-${tab}` as MessageId])).toEqual([
      "Prüfen", "Aufteilen", "Zusammenführen", "Übersicht", "Suchen", "Einstellungen",
    ]);
    expect(de["pane-tab-aggregate"]).toBe(de["excel-undo-label-aggregate"]);
    expect(textIn("de-DE", "pane-stat-units", { count: 1 })).toBe("1 Stück");
    expect(textIn("de-DE", "pane-stat-units", { count: 1500 })).toBe("1.500 Stück");
    expect(textIn("de-DE", "pane-serialize-confirm", { rows: 1, count: 4, sheet: "Lager" })).toBe(
      "Das Aufteilen von 1 Zeile fügt 4 neue Zeilen in das Arbeitsblatt Lager ein. Nachfolgende Zeilen werden nach unten verschoben.",
    );
  });

  it("give the ribbon path as the German ribbon shows it", () => {
    expect(textIn("de-DE", "pane-start-failed")).toContain("(Start › Bestand › Bereich anzeigen)");
  });

  it("write the largest amount with a decimal comma", () => {
    expect(textIn("de-DE", "issue-amount-too-large", { cell: "E2", role: "income", value: "1E+20", decimals: 2, whole: 90071992547409, fraction: "91" }))
      .toContain("(der größtmögliche ist 90.071.992.547.409,91)");
  });
});

describe("French words", () => {
  const NBSP = "\u00a0";

  it("put a no-break space before : ; ? ! and inside guillemets, never a plain one", () => {
    const catalogue = catalogueOf("fr");
    const plain = IDS.filter((id) => / [:;?!»]|« /.test(catalogue[id] ?? ""));
    expect(plain).toEqual([]);
    expect(textIn("fr-FR", "app-find-no-code", { code: "A-1" })).toBe(`Aucune ligne n’a le code «${NBSP}A-1${NBSP}».`);
  });

  it("agree 'non affiché' with the muted warnings and errors it follows", () => {
    const muted = (warnings: number, errors: number) => textIn("fr-FR", "note-muted-rules", { warnings, errors, rules: "codes-space" });
    expect(muted(2, 0)).toBe(`2 avertissements de règles désactivées non affichés${NBSP}: codes-space.`);
    expect(muted(0, 1)).toContain(`1 erreur de règles désactivées non affichée${NBSP}: codes-space${NBSP}; les lignes`);
    expect(muted(1, 2)).toContain("1 avertissement et 2 erreurs de règles désactivées non affichés");
  });

  it("word the pane's counts so nothing has to agree with the number, even for 0 and 1", () => {
    expect([0, 1, 2].map((count) => textIn("fr-FR", "pane-stat-valid", { count }))).toEqual(["0 sans erreur", "1 sans erreur", "2 sans erreur"]);
    expect(textIn("fr-FR", "pane-stat-invalid", { count: 1 })).toBe("1 en erreur");
    expect(textIn("fr-FR", "pane-issue-more", { count: 1, left: 1 })).toBe("Afficher 1 de plus (il en reste 1)");
    expect(textIn("fr-FR", "pane-stat-units", { count: 1500 })).toBe(`${new Intl.NumberFormat("fr-FR").format(1500)} unités`);
  });

  it("name the pane's tabs as French Excel and the French messages do", () => {
    const fr = catalogueOf("fr");
    expect(["check", "serialize", "aggregate", "summary", "find", "settings"].map((tab) => fr[`pane-tab-${tab}` as MessageId])).toEqual([
      "Vérifier", "Scinder", "Regrouper", "Synthèse", "Rechercher", "Paramètres",
    ]);
    expect(textIn("fr-FR", "pane-serialize-confirm-title", { count: 4 })).toBe(`Insérer 4 lignes${NBSP}?`);
    expect(textIn("fr-FR", "pane-failed")).toContain("(Accueil › Inventaire › Afficher le volet)");
  });

  it("say 'plus d’une décimale' for one, and name a currency without decimals", () => {
    const precision = (decimals: number) => textIn("fr-FR", "issue-amount-precision", { cell: "E4", role: "income", value: "1.25", decimals });
    expect(precision(1)).toBe("E4\u00a0: le montant 1.25 (recettes) a plus d’une décimale");
    expect(precision(0)).toBe("E4\u00a0: le montant 1.25 (recettes) a des décimales alors que la devise n’en a pas");
    expect(precision(2)).toBe("E4\u00a0: le montant 1.25 (recettes) a plus de 2 décimales");
  });
});
