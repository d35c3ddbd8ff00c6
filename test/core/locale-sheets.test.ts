/**
 * Sheets as operators in five countries write them (issue 12): title rows, their own headers,
 * their own number text. Each is found and checked with no mapping, only `settings.locale`.
 */
import { checkInventory, summarizeByCategory, type CellValue } from "../../src/core";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

interface Sheet {
  locale: string;
  values: CellValue[][];
  headerRow: number;
  income: number;
  expense: number;
  /** Cells holding number text, each warned about as text with the reading it took. */
  asText: string[];
}

const SHEETS: Record<string, Sheet> = {
  Finnish: {
    locale: "fi-FI",
    values: [
      ["Varastoluettelo 2026"], ["Vuokraamo Lumi Oy"], [],
      ["Nimi", "Tuoteryhmä", "Määrä", "Sarjanumero", "Tulot", "Kulut", "Sijainti"],
      ["Laskettelusukset 170", "Sukset", 1, "SUK-001", `1${NBSP}234,50 €`, "120,00 €", "Myymälä"],
      ["Sauvat", "Sauvat", "12", "SAU-001, SAU-002", 340.5, 15, "Varasto"],
      ["Kypärä lapsille", "Kypärät", 1, "KYP-9", "89,90", "0,00", "Myymälä"],
    ],
    headerRow: 3, income: 1664.9, expense: 135, asText: ["C6", "E5", "F5", "E7", "F7"],
  },
  German: {
    locale: "de-DE",
    values: [
      ["Inventar Skiverleih Alpenblick"], ["Stand: 01.12.2026"],
      ["Artikel", "Warengruppe", "Stk.", "Inventarnummer", "Einnahmen", "Kosten"],
      ["Carvingski 165", "Ski", 1, "SKI-0001", "1.234,50 €", "89,90 €"],
      ["Skistöcke", "Stöcke", 20, "ST-01, ST-02, ST-03", 410, "12,5"],
      ["Helm Kinder", "Helme", "1", "HLM-7", "EUR 2.000", 30.25],
    ],
    headerRow: 2, income: 3644.5, expense: 132.65, asText: ["E4", "F4", "F5", "C6", "E6"],
  },
  Dutch: {
    locale: "nl-NL",
    values: [
      ["Voorraadlijst fietsverhuur"], [],
      ["Naam", "Categorie", "Aantal", "Voorraadcodes", "Inkomsten", "Uitgaven"],
      ["Stadsfiets", "Fietsen", 1, "FTS-100", "€ 1.234,56", "€ 80,00"],
      ["E-bike", "Fietsen", 1, "EBK-1", 999.99, "120,5"],
      ["Fietshelm", "Helmen", 8, "HLM-1, HLM-2", "€ 64,00", 0],
    ],
    headerRow: 2, income: 2298.55, expense: 200.5, asText: ["E4", "F4", "F5", "E6"],
  },
  French: {
    locale: "fr-FR",
    values: [
      ["Inventaire — location de skis"], ["Chamonix, saison 2026"],
      ["Désignation", "Catégorie", "Qté", "Code-barres", "Recettes", "Dépenses"],
      ["Ski de randonnée", "Skis", 1, "3760001000011", `1${NNBSP}234,50 €`, "45,00 €"],
      ["Bâtons", "Bâtons", 10, "BAT-1, BAT-2", "310,00", 12],
      ["Casque enfant", "Casques", 1, "CAS-1", 55.5, `1${NBSP}000`],
    ],
    headerRow: 2, income: 1600, expense: 1057, asText: ["E4", "F4", "E5", "F6"],
  },
  Swedish: {
    locale: "sv-SE",
    values: [
      ["Lagerlista"], ["Uthyrning Åre"], [],
      ["Benämning", "Kategori", "Antal", "Artikelnummer", "Intäkter", "Kostnader"],
      ["Slalomskidor", "Skidor", 1, "SKI-1", `1${NBSP}234,50 kr`, "99,00 kr"],
      ["Pjäxor", "Pjäxor", 6, "PJX-1, PJX-2", 1800, "SEK 250"],
      ["Hjälm", "Hjälmar", 1, "HJM-1", "450,25", 0],
    ],
    headerRow: 3, income: 3484.75, expense: 349, asText: ["E5", "F5", "F6", "E7"],
  },
};

describe.each(Object.entries(SHEETS))("a %s sheet", (_language, sheet) => {
  const report = checkInventory(sheet.values, { locale: sheet.locale });

  test("is found with its own headers and no mapping", () => {
    expect(report.table?.headerRow).toBe(sheet.headerRow);
    expect(report.table?.columns).toEqual({ name: 0, category: 1, quantity: 2, codes: 3, income: 4, expense: 5 });
  });

  test("checks clean: no errors, number text only warned about with the reading it took", () => {
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report.rows).toMatchObject({ data: 3, valid: 3, invalid: 0 });
    const warned = report.issues.map((i) => i.message.slice(0, i.message.indexOf(":")));
    expect(new Set(warned)).toEqual(new Set(sheet.asText));
    for (const issue of report.issues) {
      expect(["quantity-as-text", "amount-as-text"]).toContain(issue.rule);
      expect(issue.message).toMatch(new RegExp(`\\(read as [0-9]+(,[0-9]+)? in ${sheet.locale}\\)$`));
    }
  });

  test("sums its money to the cent", () => {
    const summary = summarizeByCategory(sheet.values, { locale: sheet.locale }, report);
    expect(summary.totals.income).toBe(sheet.income);
    expect(summary.totals.expense).toBe(sheet.expense);
    expect(summary.excludedRows).toBe(0);
  });
});
