import { numberSymbols } from "../../src/core";
import { detectDelimiter, listSeparator } from "../../src/cli/csv-delimiter";
import { parseCsvLikeExcel } from "../../src/cli/read-csv";

const enUS = numberSymbols("en-US");
const nlNL = numberSymbols("nl-NL");

describe("detectDelimiter: the separator the first lines agree on", () => {
  test.each<[string, string, string, string]>([
    ["commas", "Qty,Codes,Name\n1,A,Ski\n2,B,Pole", "en-US", ","],
    ["semicolons", "Qty;Codes;Name\n1;A;Ski\n2;B;Pole", "en-US", ";"],
    ["tabs", "Qty\tCodes\n1\tA\n2\tB", "en-US", "\t"],
    ["pipes", "Qty|Codes\n1|A\n2|B", "en-US", "|"],
    ["semicolons with decimal commas in every row", "Naam;Aantal;Inkomsten\nSki;2;1.234,56\nStok;3;12,50", "nl-NL", ";"],
    ["semicolons even in en-US when commas are only inside numbers", "Name;Qty;Income\nSki;2;1,234.56\nPole;3;12.50\nHelmet;1;1,000.00", "en-US", ";"],
    ["commas when semicolons separate codes inside cells", "Qty,Codes\n2,A;B\n3,C;D\n1,E", "en-US", ","],
    ["commas inside quotes do not count", 'Name;Codes;Qty\n"Ski, red";"A1, A2";2\n"Pole, blue";"B1, B2, B3";3', "en-US", ";"],
    ["semicolons inside quotes do not count", 'Name,Codes,Qty\n"Ski; red","A1;A2",2\n"Pole","B1;B2;B3",3', "nl-NL", ","],
    ["a quoted line break does not end a line", 'Name;Qty\n"two\nlines, here";2\nPole;3', "en-US", ";"],
    ["a title row above the header counts for nobody", "Voorraad 2026\nNaam;Aantal;Codes\nSki;2;A\nStok;3;B", "nl-NL", ";"],
    ["a tie goes to the locale's list separator: en-US", "a,b;c", "en-US", ","],
    ["a tie goes to the locale's list separator: nl-NL", "a,b;c", "nl-NL", ";"],
    ["no candidate at all: en-US's list separator", "Qty\n1\n2", "en-US", ","],
    ["no candidate at all: fi-FI's list separator", "Määrä\n1\n2", "fi-FI", ";"],
  ])("%s", (_name, body, locale, expected) => {
    expect(detectDelimiter(body, numberSymbols(locale))).toBe(expected);
  });

  test("the list separator is ; where the decimal is a comma", () => {
    expect([listSeparator(enUS), listSeparator(nlNL), listSeparator(numberSymbols("fi-FI")), listSeparator(numberSymbols("en-GB"))]).toEqual([",", ";", ";", ","]);
  });
});

describe("parseCsvLikeExcel splits on the detected, given or sep= delimiter", () => {
  const today = new Date(2026, 10, 27);

  test("a ;-separated file is six columns, and says so", () => {
    const seen: string[] = [];
    const grid = parseCsvLikeExcel("Naam;Categorie;Aantal;Voorraadcodes;Inkomsten;Uitgaven\nSki;Ski;2;\"A1, A2\";1.234,56;12,50\n", {
      today, locale: "nl-NL", onDelimiter: (d) => seen.push(d),
    });
    expect(grid).toEqual([["Naam", "Categorie", "Aantal", "Voorraadcodes", "Inkomsten", "Uitgaven"], ["Ski", "Ski", 2, "A1, A2", 1234.56, 12.5]]);
    expect(seen).toEqual([";"]);
  });

  test("--delimiter overrides the guess", () => {
    expect(parseCsvLikeExcel("a;b,c\n1;2,3", { today, delimiter: "," })).toEqual([["a;b", "c"], ["1;2", 3]]);
  });

  test("a sep= line wins over --delimiter, as in Excel", () => {
    expect(parseCsvLikeExcel("sep=|\na|b;c", { today, delimiter: ";" })).toEqual([["a", "b;c"]]);
  });

  test("an en-US file with commas reads as before", () => {
    const seen: string[] = [];
    expect(parseCsvLikeExcel("Qty,Codes\n1,A;B\n", { today, onDelimiter: (d) => seen.push(d) })).toEqual([["Qty", "Codes"], [1, "A;B"]]);
    expect(seen).toEqual([","]);
  });
});
