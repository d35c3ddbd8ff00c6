/**
 * `npm run test:libreoffice`: an independent reader for the workbooks the command line writes.
 * Makes the example inventory in a temporary folder, runs `summary --out`, `serialize --out`
 * and `aggregate --out` on it (and `summary --out` on the example CSV), converts every sheet of
 * every written workbook to CSV with LibreOffice (`soffice --headless --convert-to csv`), and
 * checks that LibreOffice sees the same numbers and texts as exceljs: every cell, plus the
 * things that matter most — codes like `00123` and the category `=1+1` arrive as text, the
 * summary totals are the engine's totals. Not part of `npm test` (it needs LibreOffice):
 * without `soffice` it fails and says what to install.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { main as cli } from "../src/cli/main";
import { exampleCsv, writeExampleWorkbook } from "./make-example";

const INSTALL = "apt-get install -y libreoffice-calc-nogui";
/** CSV export: comma, double quotes, UTF-8, raw values (not "as shown"), every sheet to its own file. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

let failures = 0;
function expectThat(ok: boolean, message: string): void {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failures++;
}

/** `soffice` or `libreoffice` on the PATH; the SOFFICE environment variable names another binary. */
function findSoffice(): string | null {
  for (const name of process.env.SOFFICE ? [process.env.SOFFICE] : ["soffice", "libreoffice"]) {
    const r = spawnSync(name, ["--version"], { encoding: "utf8" });
    if (!r.error && r.status === 0) return name;
  }
  return null;
}

/** Every sheet of `file` as LibreOffice reads it: sheet name → rows of field texts. */
function convertWithLibreOffice(soffice: string, file: string, work: string): Map<string, string[][]> {
  const outDir = path.join(work, `lo-${path.basename(file, ".xlsx")}`);
  mkdirSync(outDir);
  const r = spawnSync(soffice, [`-env:UserInstallation=file://${path.join(work, "lo-profile")}`, "--headless", "--convert-to", CSV_FILTER, "--outdir", outDir, file], { encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`soffice failed on ${file}: ${r.stderr || r.stdout}`);
  const sheets = new Map<string, string[][]>();
  const base = path.basename(file, ".xlsx");
  for (const csv of readdirSync(outDir)) {
    const sheet = csv.slice(base.length + 1, -".csv".length);
    const text = readFileSync(path.join(outDir, csv), "utf8").replace(/^\uFEFF/, "");
    sheets.set(sheet, Papa.parse<string[]>(text.replace(/\r\n?/g, "\n").replace(/\n$/, ""), { delimiter: ",", newline: "\n" }).data);
  }
  return sheets;
}

/** What LibreOffice should show for an exceljs cell value, or undefined to skip (dates, formulas without a cached result). */
function expected(value: ExcelJS.CellValue): string | number | undefined {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return undefined;
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "formula" in value) return expected((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (typeof value === "object" && "error" in value) return String(value.error);
  return undefined;
}

function sameCell(want: string | number, got: string | undefined): boolean {
  const text = got ?? "";
  if (typeof want === "string") return text === want;
  const n = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  return text !== "" && Math.abs(n - want) <= 1e-9 * Math.max(1, Math.abs(want));
}

/** Compares every cell exceljs reads with what LibreOffice exported; returns LibreOffice's grids. */
async function compareWorkbook(soffice: string, file: string, work: string): Promise<Map<string, string[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const lo = convertWithLibreOffice(soffice, file, work);
  for (const sheet of book.worksheets) {
    const grid = lo.get(sheet.name);
    if (!grid) {
      expectThat(false, `${path.basename(file)} › ${sheet.name}: LibreOffice did not export this sheet`);
      continue;
    }
    let cells = 0;
    const mismatches: string[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const want = expected(cell.value);
        if (want === undefined) return;
        cells++;
        const got = grid[r - 1]?.[c - 1];
        if (!sameCell(want, got)) mismatches.push(`${cell.address}: exceljs ${JSON.stringify(want)}, LibreOffice ${JSON.stringify(got)}`);
      }),
    );
    expectThat(mismatches.length === 0, `${path.basename(file)} › ${sheet.name}: ${cells} cells read alike${mismatches.length ? `; ${mismatches.slice(0, 5).join("; ")}` : ""}`);
  }
  return lo;
}

async function run(argv: string[], cwd: string): Promise<number> {
  return cli(argv, { stdout: () => undefined, stderr: (t) => void process.stderr.write(t), cwd });
}

async function main(): Promise<number> {
  const soffice = findSoffice();
  if (!soffice) {
    console.error(`test:libreoffice: LibreOffice (soffice) is not installed; install it with: ${INSTALL}`);
    return 1;
  }
  const work = mkdtempSync(path.join(tmpdir(), "inventory-rows-lo-"));
  try {
    await writeExampleWorkbook(path.join(work, "example.xlsx"));
    writeFileSync(path.join(work, "example.csv"), exampleCsv());
    const codes = await run(["summary", "example.xlsx", "--out", "summary.xlsx"], work);
    expectThat(codes === 1, `summary --out exit ${codes} (the example has rows with errors)`);
    expectThat((await run(["serialize", "example.xlsx", "--rows", "4", "--out", "serialized.xlsx"], work)) === 0, "serialize --rows 4 --out exit 0");
    expectThat((await run(["aggregate", "serialized.xlsx", "--rows", "4-13", "--out", "aggregated.xlsx"], work)) === 0, "aggregate --rows 4-13 --out exit 0");
    await run(["summary", "example.csv", "--out", "summary-from-csv.xlsx"], work);

    console.log("\nsummary.xlsx");
    const summary = await compareWorkbook(soffice, path.join(work, "summary.xlsx"), work);
    const sheet = summary.get("Inventory summary") ?? [];
    const inventory = summary.get("Inventory") ?? [];
    expectThat(inventory[16]?.[2] === "00123" && inventory[16]?.[3] === "=1+1", `the source sheet keeps code "00123" and category "=1+1" as text: ${JSON.stringify(inventory[16]?.slice(2, 4))}`);
    expectThat(sheet[7]?.[0] === "=1+1", `summary category "=1+1" is text, not 2: ${JSON.stringify(sheet[7]?.[0])}`);
    const totals = sheet.find((row) => row[0] === "Total") ?? [];
    const exact = [...totals.slice(0, 4), ...totals.slice(5, 9)];
    expectThat(JSON.stringify(exact) === JSON.stringify(["Total", "7763.25", "3120.32", "4642.93", "11", "6", "5", "41"]), `totals row: ${totals.join(" | ")}`);

    console.log("\nserialized.xlsx");
    const serialized = (await compareWorkbook(soffice, path.join(work, "serialized.xlsx"), work)).get("Inventory") ?? [];
    const codeColumn = serialized.slice(3, 13).map((row) => row[2]);
    expectThat(JSON.stringify(codeColumn) === JSON.stringify(Array.from({ length: 10 }, (_, k) => `POLE-${String(k + 1).padStart(2, "0")}`)), `10 unit rows, codes as text: ${codeColumn.join(", ")}`);
    const income = serialized.slice(3, 13).reduce((s, row) => s + Math.round(Number(row[4]) * 100), 0);
    expectThat(income === 45000 && serialized[25]?.[2] === "00123", `income still $450.00 to the cent (${income / 100}); "00123" still text below`);

    console.log("\naggregated.xlsx");
    const aggregated = (await compareWorkbook(soffice, path.join(work, "aggregated.xlsx"), work)).get("Inventory") ?? [];
    expectThat(aggregated[3]?.[1] === "10" && aggregated[3]?.[4] === "450" && aggregated[4]?.[0] === "Helmet M", `pool restored: ${aggregated[3]?.slice(0, 5).join(" | ")}`);

    console.log("\nsummary-from-csv.xlsx");
    const fromCsv = (await compareWorkbook(soffice, path.join(work, "summary-from-csv.xlsx"), work)).get("example") ?? [];
    // Excel's reading would make it 123; the written copy keeps the file's own text.
    expectThat(fromCsv[14]?.[2] === "00123", `from the CSV, 00123 is kept as the file's text: ${JSON.stringify(fromCsv[14]?.[2])}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\n${failures === 0 ? "LibreOffice reads every written workbook as exceljs does." : `${failures} check(s) failed.`}`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:libreoffice: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
