/**
 * Issue 15 on the command line: the CLI's own frame around the engine's words (where the file was
 * read, how, what was written, counts of groups, cells and rows) is said in --lang; without
 * --lang it is English, from the same catalogue, exactly as before.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { text, textIn, type MessageId, type MessageValues } from "../../src/core";
import { captureIO, tempDir } from "./support/workbooks";

const CSV = ["Name;Qty;Codes;Category;Income", "Ski;2;S1, S2, S3;Skis;10", "Ski;1;S4;Skis;5", "Boot;2;B1, B2;Boots;7", "Pole;1;;Poles;3", ""].join("\n");
const examples = path.join(__dirname, "..", "..", "examples");
const scans = path.join(__dirname, "..", "fixtures", "stocktake", "example-scans.txt");

/** English words of the frame that must not show in another language ("in" is German too: "in Zeile 3"). */
const FRAME_WORDS = "Wrote|Nothing changed|Refused|Skipped|read as|Columns:|Note:|header in row| errors?\\b| warnings?\\b";
const englishFrame = (tag: string) => new RegExp(tag.startsWith("de") ? FRAME_WORDS : `${FRAME_WORDS}| in `);

describe("--lang: the command line's own frame in the operator's language", () => {
  const tmp = tempDir();
  beforeAll(async () => {
    // Row 2: a code shown as 00123 by its number format; row 3: codes separated by ";" made by a formula.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Stock");
    sheet.addRows([["Name", "Qty", "Codes", "Category"], ["Padded", 1, 123, "Cards"], ["Formula", 2, null, "Cards"]]);
    sheet.getCell("C2").numFmt = "00000";
    sheet.getCell("C3").value = { formula: 'CONCAT("Y-1; ","Y-2")', result: "Y-1; Y-2" } as ExcelJS.CellFormulaValue;
    await workbook.xlsx.writeFile(tmp.file("formulas.xlsx"));
    writeFileSync(tmp.file("stock.csv"), CSV);
    writeFileSync(tmp.file("zeros.csv"), "Name,Qty,Codes,Category\nSki,1,00123,Skis\nPole,1,00124,Poles\n");
    writeFileSync(tmp.file("notes.csv"), "Notes,Owner\nfence,Kim\n");
    copyFileSync(path.join(examples, "inventory-example.xlsx"), tmp.file("example.xlsx"));
    copyFileSync(scans, tmp.file("scans.txt"));
  });
  afterAll(() => tmp.cleanup());

  async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
    const io = captureIO(tmp.dir);
    const code = await main(argv, { ...io.io, env: {} });
    return { code, lines: io.stdout().split("\n") };
  }

  /** The check report's counts, from --json (the same in every language). */
  async function rowsOf(file: string): Promise<Record<string, number>> {
    const io = captureIO(tmp.dir);
    await main(["check", file, "--json"], { ...io.io, env: {} });
    return (JSON.parse(io.stdout()) as { rows: Record<string, number> }).rows;
  }

  describe.each(["fi-FI", "de-DE"])("in %s", (tag) => {
    const ENGLISH_FRAME = englishFrame(tag);
    const t = (id: MessageId, values: MessageValues = {}) => textIn(tag, id, values);
    const readAs = () => `stock.csv (${t("cli-read-as", { delimiter: ";" })})`;

    test("check: the headline says how the file was read; counts and totals are in the language", async () => {
      const { code, lines } = await run(["check", "stock.csv", "--lang", tag]);
      expect(code).toBe(1);
      const r = await rowsOf("stock.csv");
      expect(lines[0]).toBe(t("cli-check-headline", { where: readAs(), row: "1", ...r }));
      expect(lines[1].startsWith(t("cli-columns", { list: "" }))).toBe(true);
      expect(lines).toContain(t("cli-errors-heading", { count: 1 }));
      expect(lines).toContain(t("cli-warnings-heading", { count: 1 }));
      expect(lines).toContain(t("cli-errors-warnings", { errors: 1, warnings: 1 }));
      expect(lines.filter((l) => !l.startsWith("  ")).join("\n")).not.toMatch(ENGLISH_FRAME);
    });

    test("check: what Excel's reading changes, and the rows looked at when no header was found", async () => {
      const zeros = await run(["check", "zeros.csv", "--lang", tag]);
      expect(zeros.lines).toContain(t("cli-excel-changes", { count: 1 }));
      expect(zeros.lines).toContain(`  "Codes" (C): ${t("cli-cells-count", { count: 2 })}, ${t("cli-change-leading-zeros")} (C2: 00123 → 123)`);
      const notes = await run(["check", "notes.csv", "--lang", tag]);
      expect(notes.lines.slice(0, 3)).toEqual([
        t("cli-no-table", { where: "notes.csv" }),
        t("cli-rows-looked-at", { count: 2 }),
        `  ${t("cli-row-line", { rows: t("cli-rows-at", { count: 1, rows: "1" }), text: "Notes | Owner" })}`,
      ]);
      expect(notes.lines).toContain(t("cli-map-hint"));
      const frame = [...zeros.lines, ...notes.lines].filter((l) => !l.startsWith("    ") && !l.includes("(no-header)") && !l.includes("(codes-number)"));
      expect(frame.join("\n")).not.toMatch(ENGLISH_FRAME);
    });

    test("check of an .xlsx names the sheet in the language", async () => {
      const { lines } = await run(["check", "example.xlsx", "--lang", tag]);
      const where = t("cli-where-sheet", { sheet: "Inventory", file: "example.xlsx" });
      expect(lines[0]).toBe(t("cli-check-headline", { where, row: "3", ...(await rowsOf("example.xlsx")) }));
      expect(lines[0]).not.toMatch(ENGLISH_FRAME);
    });

    test("serialize: groups, rows, refusals and the file written", async () => {
      const { code, lines } = await run(["serialize", "stock.csv", "--rows", "2,4", "--out", "s.csv", "--force", "--lang", tag]);
      expect(code).toBe(1);
      const rows = (count: number, at: string) => t("cli-rows-at", { count, rows: at });
      expect(lines.slice(0, 4)).toEqual([
        t("cli-where-line", { where: "stock.csv" }),
        t("cli-serialized-groups", { count: 1, change: t("cli-rows-added", { count: 1 }) }),
        `  ${t("cli-row-line", { rows: rows(1, "4"), text: `${t("rows-count", { count: 1 })} → ${t("rows-count", { count: 2 })}` })}`,
        t("cli-refused", { count: 1 }),
      ]);
      expect(lines[4].startsWith(`  ${t("cli-row-line", { rows: rows(1, "2"), text: "" })}`)).toBe(true);
      expect(lines[5]).toBe(t("cli-wrote", { file: "s.csv" }));
      expect([...lines.slice(0, 4), lines[5]].join("\n")).not.toMatch(ENGLISH_FRAME);
    });

    test("fix with nothing to fix, and generate-codes writing one cell", async () => {
      const fix = await run(["fix", "stock.csv", "--out", "f.csv", "--force", "--lang", tag]);
      expect(fix.lines.slice(0, 2)).toEqual([t("cli-where-line", { where: "stock.csv" }), t("cli-nothing-fix", { file: "f.csv" })]);
      const codes = await run(["generate-codes", "stock.csv", "--out", "g.csv", "--force", "--lang", tag]);
      expect(codes.lines[1]).toBe(t("cli-generated-cells", { count: 1, formulas: "" }));
      expect(codes.lines[3]).toBe(t("cli-wrote", { file: "g.csv" }));
      expect([...fix.lines, codes.lines[1], codes.lines[3]].join("\n")).not.toMatch(ENGLISH_FRAME);
    });

    test("fix: what the command line itself refuses (a formula, a code its number format hides) is in the language", async () => {
      const { code, lines } = await run(["fix", "formulas.xlsx", "--out", "x.xlsx", "--force", "--lang", tag]);
      expect(code).toBe(1);
      const at = (row: string) => t("cli-rows-at", { count: 1, rows: row });
      const formulaCell = t("plan-formula-cell", { cell: "C3", formula: '=CONCAT("Y-1; ","Y-2")' });
      expect(lines).toContain(`  ${t("cli-row-line", { rows: at("2"), text: t("cli-refuse-number-format", { cell: "C2", format: '"00000"' }) })}`);
      expect(lines).toContain(`  ${t("cli-row-line", { rows: at("3"), text: t("cli-refuse-formula", { cell: formulaCell }) })}`);
      expect(lines.join("\n")).not.toMatch(/written over|not its digits/);
    });

    test("fix of an .xlsx: the cells fixed and the file written", async () => {
      const { lines } = await run(["fix", "example.xlsx", "--out", "f.xlsx", "--force", "--lang", tag]);
      expect(lines[0]).toBe(t("cli-where-line", { where: t("cli-where-sheet", { sheet: "Inventory", file: "example.xlsx" }) }));
      expect(lines[1]).toBe(t("cli-fixed-cells", { count: 1, formulas: "" }));
      expect(lines[3]).toBe(t("cli-wrote", { file: "f.xlsx" }));
    });

    test("summary: the headline, the table's headings and the errors line", async () => {
      const { lines } = await run(["summary", "stock.csv", "--lang", tag]);
      const excluded = t("cli-summary-excluded", { count: 1 });
      expect(lines[0]).toBe(t("cli-summary-headline", { where: readAs(), count: 3, excluded }));
      expect(lines[2]).toMatch(new RegExp(`^${t("summary-heading-category")}\\s+${t("summary-heading-income")}\\s`));
      expect(lines).toContain(t("cli-summary-errors", { count: 1, row: "1", command: "inventory-rows check stock.csv" }));
      expect(lines[0]).not.toMatch(ENGLISH_FRAME);
    });

    test("stocktake: the headline names the sheet in the language; --out says what it wrote", async () => {
      const { lines } = await run(["stocktake", "example.xlsx", "--scans", "scans.txt", "--out", "st.xlsx", "--force", "--lang", tag]);
      expect(lines[0].startsWith(`${t("cli-where-sheet", { sheet: "Inventory", file: "example.xlsx" })}`)).toBe(true);
      expect(lines).toContain(t("cli-wrote", { file: "st.xlsx" }));
      expect(lines[0]).not.toMatch(ENGLISH_FRAME);
    });
  });

  test("--progress says its phases in the language, seconds with the language's decimal comma", async () => {
    const io = captureIO(tmp.dir);
    await main(["serialize", "stock.csv", "--rows", "4", "--out", "p.csv", "--force", "--progress", "--lang", "fi-FI"], { ...io.io, env: {} });
    const lines = io.stderr().split("\n");
    expect(lines.slice(0, 3)).toEqual([
      `inventory-rows: ${textIn("fi-FI", "cli-progress-reading", { file: "stock.csv" })}…`,
      `inventory-rows: ${textIn("fi-FI", "cli-progress-checking", { count: 5 })}…`,
      `inventory-rows: ${textIn("fi-FI", "cli-progress-writing", { file: "p.csv" })}…`,
    ]);
    expect(lines[3]).toMatch(/^inventory-rows: valmis, kesto \d+,\d s$/);
  });

  test("French puts a no-break space before the colon of its frame", async () => {
    const { lines } = await run(["fix", "stock.csv", "--out", "f.csv", "--force", "--lang", "fr-FR"]);
    expect(lines.slice(0, 2)).toEqual(["stock.csv\u00a0:", "Rien n’a changé\u00a0: aucun problème corrigeable\u00a0; f.csv n’a pas été écrit."]);
  });

  test("without --lang the frame is English, the English catalogue's words", async () => {
    const check = await run(["check", "stock.csv"]);
    const where = `stock.csv (${text("cli-read-as", { delimiter: ";" })})`;
    expect(check.lines[0]).toBe(text("cli-check-headline", { where, row: "1", ...(await rowsOf("stock.csv")) }));
    expect(check.lines[0]).toBe("stock.csv (read as ;-separated): header in row 1; 4 rows (0 blank skipped): 3 valid, 1 invalid; 1 serialized, 2 aggregated, 5 units");
    const serialize = await run(["serialize", "stock.csv", "--rows", "2,4", "--out", "s.csv", "--force"]);
    expect(serialize.lines.slice(0, 4)).toEqual(["stock.csv:", "Serialized 1 group (1 row added):", "  row 4: 1 row → 2 rows", "Refused 1:"]);
    expect(serialize.lines[5]).toBe("Wrote s.csv.");
    const fix = await run(["fix", "stock.csv", "--out", "f.csv", "--force"]);
    expect(fix.lines[1]).toBe("Nothing changed: no fixable issue; f.csv was not written.");
    const notes = await run(["check", "notes.csv"]);
    expect(notes.lines.slice(0, 3)).toEqual(["notes.csv: no inventory table found", "The first 2 rows with content, where a header was looked for:", "  row 1: Notes | Owner"]);
    const zeros = await run(["check", "zeros.csv"]);
    expect(zeros.lines).toContain('  "Codes" (C): 2 cells, leading zeros are dropped (C2: 00123 → 123)');
    const xlsx = await run(["fix", "example.xlsx", "--out", "f.xlsx", "--force"]);
    expect(xlsx.lines.slice(0, 2)).toEqual(["Inventory in example.xlsx:", "Fixed 1 cell:"]);
  });
});
