/**
 * `check --out issues.csv|xlsx` against issue 18's wording: every text that starts with `=`, `+`,
 * `-`, `@`, tab or CR is written so no spreadsheet runs it (OWASP CSV injection), in both formats,
 * whatever part of the line it is in; numbers stay numbers. The gaps the first tests left open:
 * text led by `-`, by a tab or CR alone, an inventory sheet whose name starts like a formula, and
 * the .xlsx proven from its XML (text cells, no formula element anywhere).
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { startsLikeFormula } from "../../src/cli/formula-safe";
import { captureIO, tempDir } from "./support/workbooks";

const TEXTS = ["-5", "-x", "\t", "\r", "\tplain", "=1+1", "@x", "+7"];
const ROWS = [["Qty", "Codes"], ...TEXTS.map((text, i) => [text, `C${i}`]), [-5, "N1"], [2.5, "N2"]];

const tmp = tempDir();
afterAll(() => tmp.cleanup());
beforeAll(() => writeFileSync(tmp.file("texts.json"), JSON.stringify(ROWS)));

async function check(input: string, out: string, ...extra: string[]): Promise<number> {
  const run = captureIO(tmp.dir);
  const code = await main(["check", input, "--out", out, ...extra], run.io);
  expect(run.stderr()).toBe("");
  return code;
}

/** The fields of a CSV written by the CLI (quoted fields unquoted; a quoted field may hold CR or LF). */
function csvFields(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  const endField = () => {
    rows[rows.length - 1].push(field);
    field = "";
  };
  for (let i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      endField();
    } else if (!quoted && ch === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push([]);
      i++;
    } else {
      field += ch;
    }
  }
  return rows.filter((row) => row.length > 0);
}

test("csv: text led by -, a tab or a CR is quoted with ', also when it is only that character; numbers stay numbers", async () => {
  expect(await check("texts.json", "texts.csv")).toBe(1);
  const rows = csvFields(readFileSync(tmp.file("texts.csv"), "utf8"));
  const value = (cell: string) => rows.find((row) => row[0] === cell)?.[4];
  expect(TEXTS.map((_t, i) => value(`A${i + 2}`))).toEqual(TEXTS.map((text) => `'${text}`));
  expect(value(`A${TEXTS.length + 2}`)).toBe("-5");
  expect(value(`A${TEXTS.length + 3}`)).toBe("2.5");
});

test("csv: no field of any line starts like a formula, except the numbers", async () => {
  await check("texts.json", "all.csv", "--force");
  const rows = csvFields(readFileSync(tmp.file("all.csv"), "utf8"));
  const unsafe = rows.flat().filter((field) => startsLikeFormula(field) && !/^-?\d+(\.\d+)?$/.test(field));
  expect(unsafe).toEqual([]);
});

test("an inventory sheet whose name starts like a formula: nothing from it runs, in csv or xlsx", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("=Stock+1");
  sheet.addRows([["Qty", "Codes"], ["=cmd", "A"], ["-2", "B"]]);
  sheet.getCell("A2").numFmt = "@";
  sheet.getCell("A3").numFmt = "@";
  await workbook.xlsx.writeFile(tmp.file("named.xlsx"));
  expect(await check("named.xlsx", "named.csv")).toBe(1);
  const fields = csvFields(readFileSync(tmp.file("named.csv"), "utf8")).flat();
  expect(fields.filter((field) => startsLikeFormula(field) && !/^-?\d+$/.test(field))).toEqual([]);
  expect(fields).toContain("'=cmd");
  await check("named.xlsx", "named-issues.xlsx");
  const xml = await sheetXml(tmp.file("named-issues.xlsx"));
  expect(xml).not.toMatch(/<f[ >]/);
});

/** The XML of the written workbook's only sheet. */
async function sheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  expect(sheets).toHaveLength(1);
  return zip.file(sheets[0])!.async("string");
}

test("xlsx, from its XML: the list's sheet is Issues, every text a string cell formatted @, no formula anywhere, numbers numeric", async () => {
  await check("texts.json", "texts.xlsx");
  const zip = await JSZip.loadAsync(readFileSync(tmp.file("texts.xlsx")));
  expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<sheet [^>]*name="Issues"/);
  const xml = await sheetXml(tmp.file("texts.xlsx"));
  expect(xml).not.toMatch(/<f[ >]/);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(tmp.file("texts.xlsx"));
  const issues = back.getWorksheet("Issues")!;
  // The list's row of each inventory cell (the list is in the check's order, not the sheet's).
  const rowOf = (cell: string) => issues.getColumn(1).values.indexOf(cell);
  TEXTS.forEach((text, i) => {
    const row = rowOf(`A${i + 2}`);
    // A string cell (shared or inline), formatted @, holding the text as it was; never a number or a formula.
    expect(xml).toMatch(new RegExp(`<c r="E${row}"[^>]* t="(s|inlineStr)"`));
    // exceljs writes a lone CR as it is, and an XML reader (Excel's too) reads a raw CR as LF: still text, never run.
    expect([issues.getCell(`E${row}`).value, issues.getCell(`E${row}`).numFmt]).toEqual([text.replace(/\r/g, "\n"), "@"]);
  });
  // The number -5 is a number cell: no type attribute, the value -5.
  expect(xml).toMatch(new RegExp(`<c r="E${rowOf(`A${TEXTS.length + 2}`)}"( s="\\d+")?><v>-5</v>`));
});

test("with --lang fi the list's messages are Finnish, as the printed report is; the columns stay the file's keys", async () => {
  await check("texts.json", "fi.csv", "--lang", "fi");
  const rows = csvFields(readFileSync(tmp.file("fi.csv"), "utf8"));
  expect(rows[0]).toEqual(["Cell", "Severity", "Rule", "Message", "Value"]);
  const english = csvFields(readFileSync(tmp.file("texts.csv"), "utf8"));
  const message = (all: string[][], cell: string) => all.find((row) => row[0] === cell)![3];
  expect(message(rows, "A3")).not.toBe(message(english, "A3"));
  expect(message(rows, "A3")).toMatch(/^A3: /);
  expect(message(rows, "A3")).toContain("-x");
});
