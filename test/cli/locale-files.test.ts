/**
 * CSV files as operators outside en-US save them (issue 12): `;`-separated, decimal commas,
 * Windows-1252 or UTF-16, read with --locale or the locale of the environment.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { captureIO, tempDir } from "./support/workbooks";

const fixtures = path.join(__dirname, "..", "fixtures", "cli", "locale");
const json = (run: ReturnType<typeof captureIO>) => JSON.parse(run.stdout());

describe("the Dutch file from issue 12", () => {
  test("Dutch headers and numbers, ;-separated: six columns, checked clean and summarized to the cent with no --map", async () => {
    const check = captureIO(fixtures);
    expect(await main(["check", "nl-voorraad.csv", "--locale", "nl-NL", "--json"], check.io)).toBe(0);
    const report = json(check);
    expect(report.table.headers).toEqual(["Naam", "Categorie", "Aantal", "Voorraadcodes", "Inkomsten", "Uitgaven"]);
    expect(report.table.columns).toMatchObject({ name: 0, category: 1, quantity: 2, codes: 3, income: 4, expense: 5 });
    expect(report.issues).toEqual([]);
    const summary = captureIO(fixtures);
    expect(await main(["summary", "nl-voorraad.csv", "--locale", "nl-NL", "--json"], summary.io)).toBe(0);
    expect(json(summary).totals).toMatchObject({ records: 3, units: 16, income: 1670.05, expense: 132.45, net: 1537.6 });
  });

  test("English headers with Dutch numbers and ;: read as six columns and summarized to the cent", async () => {
    const summary = captureIO(fixtures);
    expect(await main(["summary", "nl-numbers-en-headers.csv", "--locale", "nl-NL", "--json"], summary.io)).toBe(0);
    const result = json(summary);
    expect(result.totals).toMatchObject({ records: 3, units: 16, income: 1670.05, expense: 132.45, net: 1537.6 });
    expect(result.categories.map((c: { category: string; income: number }) => [c.category, c.income])).toEqual([
      ["Helmets", 89.99], ["Poles", 345.5], ["Skis", 1234.56],
    ]);
  });

  test("the headline says how the file was read, and the table prints numbers as nl-NL writes them", async () => {
    const check = captureIO(fixtures);
    expect(await main(["check", "nl-numbers-en-headers.csv", "--locale", "nl-NL"], check.io)).toBe(0);
    expect(check.stdout().split("\n")[0]).toBe(
      "nl-numbers-en-headers.csv (read as ;-separated, locale nl-NL): header in row 1; 3 rows (0 blank skipped): 3 valid, 0 invalid; 1 serialized, 2 aggregated, 16 units",
    );
    const summary = captureIO(fixtures);
    await main(["summary", "nl-numbers-en-headers.csv", "--locale", "nl-NL"], summary.io);
    const total = summary.stdout().split("\n").find((line) => line.startsWith("Total"));
    expect(total?.split(/\s{2,}/)).toEqual(["Total", "1.670,05", "132,45", "1.537,60", "92,1%", "3", "1", "2", "16", "104,38"]);
  });

  test("in en-US the same file is still split on ; but 1.234,56 is not a number", async () => {
    const check = captureIO(fixtures);
    expect(await main(["check", "nl-numbers-en-headers.csv", "--json"], check.io)).toBe(1);
    const report = json(check);
    expect(report.table.headers).toHaveLength(6);
    expect(report.issues.filter((i: { rule: string }) => i.rule === "amount-not-a-number")).toHaveLength(6);
  });

  test("--locale from the environment: LC_ALL, then LC_NUMERIC, then LANG", async () => {
    const fromLang = captureIO(fixtures);
    expect(await main(["summary", "nl-numbers-en-headers.csv", "--json"], { ...fromLang.io, env: { LANG: "nl_NL.UTF-8" } })).toBe(0);
    expect(json(fromLang).totals.income).toBe(1670.05);
    const cLocale = captureIO(fixtures);
    expect(await main(["summary", "nl-numbers-en-headers.csv", "--json"], { ...cLocale.io, env: { LC_ALL: "C", LANG: "nl_NL.UTF-8" } })).toBe(1);
    const flag = captureIO(fixtures);
    expect(await main(["summary", "nl-numbers-en-headers.csv", "--json", "--locale", "nl-NL"], { ...flag.io, env: { LC_ALL: "en_US.UTF-8" } })).toBe(0);
  });

  test("the check command suggested after errors repeats --locale and --delimiter", async () => {
    const tmp = tempDir();
    try {
      writeFileSync(tmp.file("broken.csv"), "Name;Quantity;Codes;Income\nSki;2;A;1.234,56\nPole;x;B;1,00\n");
      const run = captureIO(tmp.dir);
      expect(await main(["summary", "broken.csv", "--locale", "de-DE", "--delimiter", ";"], run.io)).toBe(1);
      expect(run.stdout()).toContain("run inventory-rows check broken.csv --locale de-DE --delimiter ';' to see them.");
    } finally {
      tmp.cleanup();
    }
  });
});

describe("encodings and delimiters of real files", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("a Windows-1252 file from Finnish Excel: Määrä, € „ “ – and 1\u00a0234,50 survive", async () => {
    expect(readFileSync(path.join(fixtures, "fi-windows-1252.csv")).includes(Buffer.from("Määrä"))).toBe(false);
    const check = captureIO(fixtures);
    const args = ["--locale", "fi-FI", "--map", "quantity=Määrä", "--map", "category=Kategoria", "--json"];
    expect(await main(["check", "fi-windows-1252.csv", ...args], check.io)).toBe(0);
    expect(json(check).table.headers).toEqual(["Nimi", "Kategoria", "Määrä", "Codes", "Income"]);
    const summary = captureIO(fixtures);
    expect(await main(["summary", "fi-windows-1252.csv", ...args], summary.io)).toBe(0);
    expect(json(summary).totals).toMatchObject({ units: 4, income: 1247.99 });
    const written = captureIO(tmp.dir);
    expect(await main(["summary", path.join(fixtures, "fi-windows-1252.csv"), ...args.slice(0, -1), "--out", "fi.xlsx"], written.io)).toBe(0);
    const { readBack } = await import("./support/workbooks");
    const sheet = (await readBack(tmp.file("fi.xlsx"))).getWorksheet("fi-windows-1252");
    expect(sheet?.getRow(2).getCell(1).value).toBe("Sukset „Kevät“ – €");
    expect(sheet?.getRow(2).getCell(5).value).toBe(1234.5);
  });

  test.each([
    ["UTF-16 LE", Buffer.from([0xff, 0xfe]), "utf16le"],
    ["UTF-16 BE", Buffer.from([0xfe, 0xff]), "utf16be"],
  ])("a %s file with its byte-order mark, tab-separated as Excel's Unicode text", async (name, bom, encoding) => {
    const text = "Nimi\tMäärä\tCodes\tIncome\r\nSukset – €\t2\tA,B\t12,50\r\n";
    let body = Buffer.from(text, "utf16le");
    if (encoding === "utf16be") body = Buffer.from(body.map((_, i) => body[i % 2 === 0 ? i + 1 : i - 1]));
    const file = `${name.replace(/\W/g, "")}.csv`;
    writeFileSync(tmp.file(file), Buffer.concat([bom, body]));
    const run = captureIO(tmp.dir);
    expect(await main(["summary", file, "--locale", "fi-FI", "--map", "quantity=Määrä"], run.io)).toBe(0);
    expect(run.stdout().split("\n")[0]).toBe(`${file} (read as tab-separated, locale fi-FI): 1 row counted`);
    const json = captureIO(tmp.dir);
    await main(["summary", file, "--locale", "fi-FI", "--map", "quantity=Määrä", "--json"], json.io);
    expect(JSON.parse(json.stdout()).totals).toMatchObject({ units: 2, income: 12.5 });
  });

  test("a ;-separated en-US file is split on ; and the headline says so", async () => {
    writeFileSync(tmp.file("semi.csv"), "Stock list\n\nQty;Codes;Name\n2;A-1,A-2;Pole\n1;B-1;Helmet\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "semi.csv"], run.io)).toBe(0);
    expect(run.stdout().split("\n")[0]).toBe("semi.csv (read as ;-separated): header in row 3; 2 rows (0 blank skipped): 2 valid, 0 invalid; 1 serialized, 1 aggregated, 3 units");
  });

  test("a comma-separated en-US file reads and prints exactly as before", async () => {
    writeFileSync(tmp.file("plain.csv"), "Qty,Codes\n1200,A\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "plain.csv"], run.io)).toBe(0);
    expect(run.stdout().split("\n")[0]).toBe("plain.csv: header in row 1; 1 row (0 blank skipped): 1 valid, 0 invalid; 0 serialized, 1 aggregated, 1,200 units");
  });

  test("without a header the rows looked at show numbers with the locale's decimal separator", async () => {
    writeFileSync(tmp.file("unknown.csv"), "Thing;Pieces\nPole;1,5\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "unknown.csv", "--locale", "de-DE"], run.io)).toBe(1);
    expect(run.stdout()).toContain("  row 2: Pole | 1,5\n");
  });

  test("counts print as the locale groups them", async () => {
    writeFileSync(tmp.file("many.csv"), "Qty;Codes\n1200;A\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "many.csv", "--locale", "fi-FI"], run.io)).toBe(0);
    expect(run.stdout().split("\n")[0]).toContain("1\u00a0200 units");
  });

  test.each([
    [["--locale", "fi FI"], /--locale fi FI: locale "fi FI" is not a language tag/],
    [["--locale", "xx-YY"], /--locale xx-YY: locale "xx-YY" is not one this runtime knows/],
    [["--delimiter", ":"], /--delimiter ":": use ',', ';', '\|' or tab/],
  ])("bad usage %j is exit 2 with one line", async (extra, message) => {
    writeFileSync(tmp.file("ok.csv"), "Qty,Codes\n1,A\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "ok.csv", ...extra], run.io)).toBe(2);
    expect(run.stderr()).toMatch(message);
    expect(run.stderr().trim().split("\n")).toHaveLength(1);
  });

  test("--delimiter is only for a .csv", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["check", "stock.xlsx", "--delimiter", ";"], run.io)).toBe(2);
    expect(run.stderr()).toContain("--delimiter is about how a .csv is split into columns; stock.xlsx is not a .csv");
  });

  test("--delimiter tab splits on tabs even where commas would agree too", async () => {
    writeFileSync(tmp.file("tabs.csv"), "Qty\tCodes\tName\n2\tA,B\tPole\n");
    const run = captureIO(tmp.dir);
    expect(await main(["check", "tabs.csv", "--delimiter", "tab", "--json"], run.io)).toBe(0);
    expect(json(run).table.headers).toEqual(["Qty", "Codes", "Name"]);
  });
});

test("--locale reaches the engine: text amounts in a .json grid are read in that locale, not only a CSV's", async () => {
  const tmp = tempDir();
  try {
    writeFileSync(tmp.file("kassa.json"), JSON.stringify([["Määrä", "Varastokoodi", "Tulot"], [2, "A, B", "12,50"]]));
    const fi = captureIO(tmp.dir);
    expect(await main(["check", "kassa.json", "--locale", "fi-FI", "--json"], fi.io)).toBe(0);
    expect(json(fi).issues.map((i: { rule: string }) => i.rule)).toEqual(["amount-as-text"]);
    const en = captureIO(tmp.dir);
    expect(await main(["check", "kassa.json", "--locale", "en-US", "--json"], en.io)).toBe(1);
    expect(json(en).issues.map((i: { rule: string }) => i.rule)).toEqual(["amount-not-a-number"]);
  } finally {
    tmp.cleanup();
  }
});

describe("a sheet in each language passes check with its own headers and number text, with no --map", () => {
  const sheets: [string, string, string[]][] = [
    ["fi-FI", "Nimi;Tuoteryhmä;Määrä;Sarjanumero;Tulot;Kulut", ["Sukset;Sukset;1;SUK-001;1 234,50;120,00", "Sauvat;Sauvat;12;SAU-001, SAU-002;340,50;15"]],
    ["de-DE", "Artikel;Warengruppe;Stk.;Inventarnummer;Einnahmen;Kosten", ["Carvingski;Ski;1;SKI-0001;1.234,50;89,90", "Skistöcke;Stöcke;20;ST-01, ST-02;410;12,5"]],
    ["nl-NL", "Naam;Categorie;Aantal;Voorraadcodes;Inkomsten;Uitgaven", ["Stadsfiets;Fietsen;1;FTS-100;1.234,56;80,00", "Fietshelm;Helmen;8;HLM-1, HLM-2;64,00;0"]],
    ["fr-FR", "Désignation;Catégorie;Qté;Code-barres;Recettes;Dépenses", ["Ski;Skis;1;SKI-376;1\u202f234,50;45,00", "Bâtons;Bâtons;10;BAT-1, BAT-2;310,00;12"]],
    ["sv-SE", "Benämning;Kategori;Antal;Artikelnummer;Intäkter;Kostnader", ["Skidor;Skidor;1;SKD-1;1\u00a0234,50;99,00", "Stavar;Stavar;6;STV-1, STV-2;240,00;18,50"]],
  ];
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test.each(sheets)("%s", async (locale, header, rows) => {
    const file = `${locale}.csv`;
    writeFileSync(tmp.file(file), `${[header, ...rows].join("\r\n")}\r\n`);
    const check = captureIO(tmp.dir);
    expect(await main(["check", file, "--locale", locale, "--json"], check.io)).toBe(0);
    const report = json(check);
    expect(report.issues).toEqual([]);
    expect(report.table.columns).toMatchObject({ name: 0, category: 1, quantity: 2, codes: 3, income: 4, expense: 5 });
    const summary = captureIO(tmp.dir);
    expect(await main(["summary", file, "--locale", locale, "--json"], summary.io)).toBe(0);
    const amounts = rows.map((row) => Number(row.split(";")[4].replace(/[.\s\u00a0\u202f]/g, "").replace(",", ".")));
    expect(json(summary).totals.income).toBe(amounts[0] + amounts[1]);
  });
});
