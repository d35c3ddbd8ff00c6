import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { captureIO, readBack, tempDir } from "./support/workbooks";

const examples = path.join(__dirname, "..", "..", "examples");
const scansFile = path.join(__dirname, "..", "fixtures", "stocktake", "example-scans.txt");

describe("inventory-rows stocktake of the example workbook", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(() => {
    copyFileSync(path.join(examples, "inventory-example.xlsx"), tmp.file("example.xlsx"));
    copyFileSync(scansFile, tmp.file("scans.txt"));
  });

  test("finds exactly two units missing, one scanned twice and one unknown code (exit 1)", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["stocktake", "example.xlsx", "--scans", "scans.txt"], run.io)).toBe(1);
    const out = run.stdout();
    expect(out.split("\n")[0]).toBe("Inventory in example.xlsx: 41 scans; 39 of 41 units counted, 2 missing");
    expect(out).toMatch(/^Helmets\s+7\s+6\s+1$/m);
    expect(out).toMatch(/^Total\s+41\s+39\s+2$/m);
    expect(out).toContain("Missing (2 records):");
    expect(out).toMatch(/^\s+6\s+Helmet L\s+HLM-L-1\s+1\s+0\s+1$/m);
    expect(out).toMatch(/^\s+9\s+Snowshoes\s+SHOE-1, SHOE-2, SHOE-3, SHOE-4\s+4\s+3\s+1$/m);
    expect(out).toContain("Unknown codes (1):\n  HLM-XL-9\n");
    expect(out).toContain("Scanned more than once (1):\n  SKI-178-A\n");
    expect(out).not.toContain("Scans not counted");
  });

  test("--json: records with Excel row numbers, missingUnits, unknown, scannedTwice and every scan", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["stocktake", "example.xlsx", "--scans", "scans.txt", "--json"], run.io)).toBe(1);
    const json = JSON.parse(run.stdout());
    expect(json.missingUnits).toBe(2);
    expect(json.unknown).toEqual(["HLM-XL-9"]);
    expect(json.scannedTwice).toEqual(["SKI-178-A"]);
    expect(json.records.filter((r: { missing: number }) => r.missing > 0).map((r: { row: number; expected: number; counted: number; missing: number }) => [r.row, r.expected, r.counted, r.missing]))
      .toEqual([[6, 1, 0, 1], [9, 4, 3, 1]]);
    expect(json.records[0]).toMatchObject({ row: 4, name: "Ski poles", expected: 10, counted: 10, missing: 0 });
    expect(json.scans).toHaveLength(41);
    expect(json.scans[0]).toEqual({ index: 0, scanned: "POLE-01", outcome: { kind: "matched", row: 4, code: "POLE-01" } });
  });

  test("--out .xlsx writes a Stocktake sheet in the --lang language", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["stocktake", "example.xlsx", "--scans", "scans.txt", "--lang", "fi", "--out", "report.xlsx"], run.io)).toBe(1);
    const workbook = await readBack(tmp.file("report.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Inventaario"]);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell("A1").value).toBe("Lähdetaulukko");
    expect(sheet.getCell("B1").value).toBe("Inventory");
    expect(sheet.getCell("B2").value).toBe(41);
    expect(sheet.getRow(5).values).toEqual([undefined, "Luokka", "Odotettu", "Laskettu", "Puuttuu"]);
    const texts = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(texts).toContainEqual(["puuttuu", 6, "Helmets", "Helmet L", "HLM-L-1", 1, 0, 1]);
    expect(texts).toContainEqual(["tuntematon koodi", undefined, undefined, undefined, "HLM-XL-9"]);
    expect(texts).toContainEqual(["luettu uudelleen", 8, undefined, undefined, "SKI-178-A"]);
    expect(run.stdout()).toContain("Inventory tiedostossa example.xlsx: 41 luentaa; 41 yksiköstä laskettu 39, puuttuu 2");
  });
});

describe("scans files and scanner settings", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(() => writeFileSync(tmp.file("stock.csv"), "Name,Qty,Code\nSki,1,SKI-1\nPole,2,POLE\n"));

  test("all found: exit 0, nothing missing", async () => {
    writeFileSync(tmp.file("all.txt"), "SKI-1\nPOLE\nPOLE\n");
    const run = captureIO(tmp.dir);
    expect(await main(["stocktake", "stock.csv", "--scans", "all.txt"], run.io)).toBe(0);
    expect(run.stdout()).toContain("Nothing is missing.");
  });

  test("a .csv of scans: the column headed Barcode, in any case, header row left out", async () => {
    writeFileSync(tmp.file("scans.csv"), "\uFEFFTime;BARCODE\r\n09:01;SKI-1\r\n09:02;POLE\r\n09:03;NOPE\r\n");
    const run = captureIO(tmp.dir);
    await main(["stocktake", "stock.csv", "--scans", "scans.csv", "--json"], run.io);
    const json = JSON.parse(run.stdout());
    expect(json.scans.map((s: { scanned: string }) => s.scanned)).toEqual(["SKI-1", "POLE", "NOPE"]);
    expect(json.unknown).toEqual(["NOPE"]);
  });

  test("a .csv of scans without a code heading: the first column, every row", async () => {
    writeFileSync(tmp.file("plain.csv"), "SKI-1,09:01\nPOLE,09:02\n");
    const run = captureIO(tmp.dir);
    expect(await main(["stocktake", "stock.csv", "--scans", "plain.csv", "--json"], run.io)).toBe(1);
    expect(JSON.parse(run.stdout()).scans.map((s: { scanned: string }) => s.scanned)).toEqual(["SKI-1", "POLE"]);
  });

  test("--scan-prefix and --scan-suffix are taken off each scan; a scan of only them is empty", async () => {
    writeFileSync(tmp.file("wrapped.txt"), "]C1SKI-1#\r\n]C1POLE#\r\n]C1#\r\n");
    const run = captureIO(tmp.dir);
    expect(await main(["stocktake", "stock.csv", "--scans", "wrapped.txt", "--scan-prefix", "]C1", "--scan-suffix", "#"], run.io)).toBe(1);
    expect(run.stdout()).toContain("2 of 3 units counted, 1 missing");
    expect(run.stdout()).toContain("1 scan was empty once the line end and the scanner's prefix and suffix were taken off.");
  });

  test("scans not counted are listed with the rows they name", async () => {
    writeFileSync(tmp.file("dup.csv"), "Qty,Code\n1,A\n1,A\n2.5,B\n1,C\n");
    writeFileSync(tmp.file("dup.txt"), "A\nB\nC\nC\n");
    const run = captureIO(tmp.dir);
    expect(await main(["stocktake", "dup.csv", "--scans", "dup.txt"], run.io)).toBe(1);
    expect(run.stdout()).toContain("Scans not counted (2):\n  A  code on several rows (Row 2, 3)\n  B  row has errors (Row 4)\n");
    expect(run.stdout()).toContain("Scanned more than once (1):\n  C\n");
  });

  test("--out .csv: one row per record and finding, text that starts like a formula made safe", async () => {
    writeFileSync(tmp.file("evil.txt"), "=HYPERLINK(\"x\")\nSKI-1\n");
    const run = captureIO(tmp.dir);
    await main(["stocktake", "stock.csv", "--scans", "evil.txt", "--out", "report.csv"], run.io);
    const lines = readFileSync(tmp.file("report.csv"), "utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFFFinding,Row,Category,Name,Code,Expected,Counted,Missing");
    expect(lines[1]).toBe(",2,(uncategorized),Ski,SKI-1,1,1,0");
    expect(lines[2]).toBe("missing,3,(uncategorized),Pole,POLE,2,0,2");
    expect(lines[3]).toBe("unknown code,,,,\"'=HYPERLINK(\"\"x\"\")\",,,");
  });

  test.each([
    [["stocktake", "stock.csv"], "inventory-rows: stocktake needs --scans SCANS.txt (one scanned code per line, or a .csv with a code column)\n"],
    [["stocktake", "stock.csv", "--scans", "none.txt"], "inventory-rows: --scans none.txt: no such file\n"],
    [["check", "stock.csv", "--scans", "x.txt"], "inventory-rows: check does not take --scans (see inventory-rows check --help)\n"],
    [["stocktake", "stock.csv", "--scans", "stock.csv", "--scan-prefix", "x".repeat(21)], /^inventory-rows: --scan-prefix "x+": .*20/],
  ])("usage mistakes are exit 2: %j", async (argv, message) => {
    const run = captureIO(tmp.dir);
    expect(await main(argv, run.io)).toBe(2);
    if (typeof message === "string") expect(run.stderr()).toBe(message);
    else expect(run.stderr()).toMatch(message);
  });

  test("--out may not be the scans file", async () => {
    writeFileSync(tmp.file("s.csv"), "SKI-1\n");
    const run = captureIO(tmp.dir);
    expect(await main(["stocktake", "stock.csv", "--scans", "s.csv", "--out", "s.csv", "--force"], run.io)).toBe(2);
    expect(readFileSync(tmp.file("s.csv"), "utf8")).toBe("SKI-1\n");
  });
});
