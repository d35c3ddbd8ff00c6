import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { propertyValue, storedSettings } from "../../src/cli/workbook-settings";
import { captureIO, readBack, tempDir } from "./support/workbooks";

/** Row 2 and 3 hold codes a1 and A1 (duplicates unless codes are case-sensitive); row 4 two poles without codes. */
async function stockBuffer(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Stock").addRows([
    ["Name", "Qty", "Codes", "Category", "Income", "Deposit"],
    ["Ski", 1, "a1", "Skis", 10.5, 4],
    ["Ski", 1, "A1", "Skis", 20, 4],
    ["Pole", 2, "", "Poles", 7, 3],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The workbook as the add-in leaves it: its settings in a web extension part, as JSON in a `we:property`. */
async function withSavedSettings(bytes: Buffer, value: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const escaped = value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  zip.file(
    "xl/webextensions/webextension1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5B1E2F6A-0000-4000-8000-000000000001}">' +
      '<we:reference id="00000000-0000-4000-8000-000000000002" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>' +
      `<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="inventoryRows.settings" value="${escaped}"/></we:properties>` +
      "<we:bindings/><we:snapshot/></we:webextension>",
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("every pane setting has a flag", () => {
  const tmp = tempDir();
  beforeAll(async () => writeFileSync(tmp.file("stock.xlsx"), await stockBuffer()));
  afterAll(() => tmp.cleanup());

  async function run(argv: string[]) {
    const io = captureIO(tmp.dir);
    const code = await main(argv, io.io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  test("--case-sensitive-codes keeps a1 and A1 apart", async () => {
    expect((await run(["check", "stock.xlsx"])).out).toMatch(/codes-duplicate\): 2/);
    const sensitive = await run(["check", "stock.xlsx", "--case-sensitive-codes"]);
    expect(sensitive.out).not.toMatch(/codes-duplicate/);
    expect(sensitive.out).toMatch(/2 valid, 1 invalid/);
  });

  test("--code-prefix and --code-digits name the generated codes; --additive-columns splits Deposit", async () => {
    const r = await run(["serialize", "stock.xlsx", "--rows", "4", "--out", "codes.xlsx", "--code-prefix", "SKI", "--code-digits", "2", "--additive-columns", "Deposit", "--case-sensitive-codes"]);
    expect(r.code).toBe(0);
    const sheet = (await readBack(tmp.file("codes.xlsx"))).getWorksheet("Stock")!;
    expect([sheet.getCell("C4").value, sheet.getCell("C5").value]).toEqual(["SKI-01", "SKI-02"]);
    expect([sheet.getCell("F4").value, sheet.getCell("F5").value]).toEqual([1.5, 1.5]);
  });

  test("--summary-sheet names the sheet --out writes; --currency-decimals sets the printed decimals", async () => {
    const r = await run(["summary", "stock.xlsx", "--case-sensitive-codes", "--out", "sum.xlsx", "--summary-sheet", "Totals", "--currency-decimals", "0"]);
    expect(r.out).toMatch(/Wrote sum\.xlsx \(sheet "Totals"\)/);
    expect(r.out).toMatch(/^Skis\s+31\s/m);
    expect((await readBack(tmp.file("sum.xlsx"))).getWorksheet("Totals")).toBeDefined();
  });

  test.each([
    [["--currency-decimals", "7"], "--currency-decimals 7: must be at most 4 (allowed: a whole number from 0 to 4)"],
    [["--currency-decimals", "two"], "--currency-decimals two: must be a whole number from 0 to 4"],
    [["--code-digits", "0"], "--code-digits 0: must be at least 1 (allowed: a whole number from 1 to 10)"],
    [["--code-prefix", "A B"], '--code-prefix "A B": cannot contain spaces, commas, semicolons or |'],
    [["--summary-sheet", "a/b"], '--summary-sheet "a/b": cannot contain \\ / ? * [ ] or :'],
    [["--additive-columns", ""], "--additive-columns : must not be empty"],
  ])("a bad flag value is exit 2 naming the flag and what it takes: %j", async (flag, message) => {
    const r = await run(["check", "stock.xlsx", ...flag]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`inventory-rows: ${message}\n`);
  });
});

describe("--settings FILE.json takes what the add-in stores", () => {
  const tmp = tempDir();
  beforeAll(async () => writeFileSync(tmp.file("stock.xlsx"), await stockBuffer()));
  afterAll(() => tmp.cleanup());

  async function run(settings: unknown, extra: string[] = [], command = ["check", "stock.xlsx"]) {
    writeFileSync(tmp.file("s.json"), typeof settings === "string" ? settings : JSON.stringify(settings));
    const io = captureIO(tmp.dir);
    const code = await main([...command, "--settings", "s.json", ...extra], io.io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  test("its settings apply, and flags override them key by key", async () => {
    const saved = { caseSensitiveCodes: true, codePrefix: "POLE", codeDigits: 3, summarySheetName: "Stock totals", liveCheck: false };
    expect((await run(saved)).out).toMatch(/2 valid, 1 invalid/);
    const r = await run(saved, ["--rows", "4", "--out", "o.xlsx", "--code-digits", "1"], ["serialize", "stock.xlsx"]);
    expect(r.code).toBe(0);
    const sheet = (await readBack(tmp.file("o.xlsx"))).getWorksheet("Stock")!;
    expect([sheet.getCell("C4").value, sheet.getCell("C5").value]).toEqual(["POLE-1", "POLE-2"]);
  });

  test.each([
    [{ colour: "red", codeDigits: 2 }, /^inventory-rows: --settings s\.json: colour: unknown setting \(known settings: mapping, summarySheetName, currencyDecimals, .*ignoredRules\)\n$/],
    [{ currencyDecimals: 9 }, /^inventory-rows: --settings s\.json: currencyDecimals: must be at most 4 \(allowed: a whole number from 0 to 4\)\n$/],
    [{ eachRowOneUnit: "yes" }, /^inventory-rows: --settings s\.json: eachRowOneUnit: must be auto, on or off\n$/],
    [{ caseSensitiveCodes: "yes" }, /caseSensitiveCodes: must be a boolean \(allowed: true or false\)/],
    [{ origin: "C3" }, /--settings s\.json: origin is found on each read, not set in a settings file/],
    [[1, 2], /--settings s\.json: must be a JSON object of named settings/],
    ["{ not json", /--settings s\.json is not valid JSON/],
  ])("bad settings are exit 2 naming the key and the values allowed: %j", async (settings, message) => {
    const r = await run(settings);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
  });

  test("summary's advice to run check names the settings file, so check sees what summary saw", async () => {
    const r = await run({ currencyDecimals: 1 }, [], ["summary", "stock.xlsx"]);
    expect(r.out).toMatch(/run inventory-rows check stock\.xlsx --settings s\.json to see them\.$/m);
  });

  test("a missing settings file is exit 2", async () => {
    const io = captureIO(tmp.dir);
    expect(await main(["check", "stock.xlsx", "--settings", "none.json"], io.io)).toBe(2);
    expect(io.stderr()).toBe("inventory-rows: --settings none.json: no such file\n");
  });
});

describe("a workbook written by the add-in carries its settings", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  async function run(file: string, value: string, extra: string[] = []) {
    writeFileSync(tmp.file(file), await withSavedSettings(await stockBuffer(), value));
    const io = captureIO(tmp.dir);
    const code = await main(["check", file, ...extra], io.io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  const saved = JSON.stringify({ caseSensitiveCodes: true, currencyDecimals: 2, codePrefix: "ITEM", liveCheck: true, locale: "en-US" });

  test("the CLI uses them and says so once", async () => {
    const r = await run("saved.xlsx", saved);
    expect(r.out).toMatch(/2 valid, 1 invalid/);
    expect(r.err.match(/Using the settings saved in the workbook/g)).toHaveLength(1);
    expect(r.err).toMatch(/^inventory-rows: Using the settings saved in the workbook saved\.xlsx/);
  });

  test("a --settings file replaces them, and says nothing about the workbook", async () => {
    writeFileSync(tmp.file("plain.json"), "{}");
    const r = await run("replaced.xlsx", saved, ["--settings", "plain.json"]);
    expect(r.out).toMatch(/codes-duplicate\): 2/);
    expect(r.err).toBe("");
  });

  test("a saved value the engine rejects is left out with a note; the rest still apply", async () => {
    const r = await run("half.xlsx", JSON.stringify({ caseSensitiveCodes: true, currencyDecimals: 12 }));
    expect(r.out).toMatch(/2 valid, 1 invalid/);
    expect(r.err).toMatch(/note: the workbook's saved setting currencyDecimals: must be at most 4; it is left out/);
  });

  test("a workbook without saved settings reads as before, silently", async () => {
    writeFileSync(tmp.file("none.xlsx"), await stockBuffer());
    const io = captureIO(tmp.dir);
    await main(["check", "none.xlsx"], io.io);
    expect(io.stderr()).toBe("");
    expect(io.stdout()).toMatch(/codes-duplicate\): 2/);
  });

  test("a saved mapping finds its column; a saved locale reads text numbers, and --locale overrides it", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Stock").addRows([["Item", "Count", "Codes", "Income"], ["Ski", 1, "A1", "12,50"]]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    writeFileSync(tmp.file("mapped.xlsx"), await withSavedSettings(bytes, JSON.stringify({ mapping: { quantity: "Count" }, locale: "fi-FI" })));
    const io = captureIO(tmp.dir);
    expect(await main(["check", "mapped.xlsx", "--json"], { ...io.io, env: { LANG: "en_US.UTF-8" } })).toBe(0);
    const report = JSON.parse(io.stdout());
    expect(report.table.columns.quantity).toBe(1);
    expect(report.issues.map((i: { rule: string; address: string }) => `${i.rule} ${i.address}`)).toEqual(["amount-as-text D2"]);
    const us = captureIO(tmp.dir);
    await main(["check", "mapped.xlsx", "--json", "--locale", "en-US"], us.io);
    expect(JSON.parse(us.stdout()).issues.map((i: { rule: string }) => i.rule)).toEqual(["amount-not-a-number"]);
  });

  test("a copy written with --out says it lacks the saved settings", async () => {
    writeFileSync(tmp.file("copy.xlsx"), await withSavedSettings(await stockBuffer(), saved));
    const io = captureIO(tmp.dir);
    await main(["summary", "copy.xlsx", "--out", "copy-out.xlsx"], io.io);
    expect(io.stderr()).toMatch(/note: copy-out\.xlsx will not contain the add-in settings of /);
  });

  test("the property is found whatever the prefix and quoting, entities decoded", () => {
    const xml = `<x:properties><x:property value='{"a":"&lt;b&gt; &amp; &#233;"}' name='inventoryRows.settings'/></x:properties>`;
    expect(propertyValue(xml, "inventoryRows.settings")).toBe('{"a":"<b> & é"}');
    expect(propertyValue(xml, "other")).toBeUndefined();
  });

  test("a value stored as a JSON string of JSON is read too", () => {
    expect(storedSettings(JSON.stringify(JSON.stringify({ codeDigits: 2 })))).toEqual({ settings: { codeDigits: 2 }, warnings: [] });
  });
});
