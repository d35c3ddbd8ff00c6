/**
 * `npx tsx scripts/libreoffice-entry-rules.ts`: what Protect entry's codes formula means, asked
 * of an independent spreadsheet engine. Writes each sample code text in column A of a workbook
 * and the formula the add-in gives Excel's data validation (src/core/entry-rules.ts, pointed at
 * that row's cell) in columns B (comma lists) and C (`oneCodePerCell`), lets LibreOffice compute
 * them (`soffice --headless --convert-to csv`) and compares each TRUE/FALSE with the expected
 * one. Needs LibreOffice: without `soffice` it fails and says what to install.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { codesFormula } from "../src/core";

const INSTALL = "apt-get install -y libreoffice-calc-nogui";
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Sample text (null: an empty cell) → accepted as a comma list, accepted as one code per cell. */
const SAMPLES: [string | null, boolean, boolean][] = [
  ["A1", true, true],
  ["A1, A2", true, true],
  [null, false, false],
  ["", false, false],
  [" ", false, false],
  ["A1,,A2", false, true],
  [",A1", false, true],
  ["A1,", false, true],
  ["A1;A2", false, true],
  ["A1, ,A2", false, true],
  ["SZF 0-0,4X2,5", true, true],
];

function findSoffice(): string | null {
  for (const name of process.env.SOFFICE ? [process.env.SOFFICE] : ["soffice", "libreoffice"]) {
    const r = spawnSync(name, ["--version"], { encoding: "utf8" });
    if (!r.error && r.status === 0) return name;
  }
  return null;
}

async function writeSamples(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Codes");
  sheet.addRow(["Codes", "List", "One code"]);
  SAMPLES.forEach(([sample], i) => {
    const row = i + 2;
    if (sample !== null) sheet.getCell(`A${row}`).value = sample;
    // exceljs takes formulas without the leading "=".
    sheet.getCell(`B${row}`).value = { formula: codesFormula(`A${row}`).slice(1) };
    sheet.getCell(`C${row}`).value = { formula: codesFormula(`A${row}`, true).slice(1) };
  });
  await book.xlsx.writeFile(file);
}

function computed(soffice: string, file: string, work: string): string[][] {
  const out = path.join(work, "out");
  const r = spawnSync(soffice, [`-env:UserInstallation=file://${path.join(work, "lo-profile")}`, "--headless", "--convert-to", CSV_FILTER, "--outdir", out, file], { encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr || r.stdout}`);
  const csv = readdirSync(out).find((f) => f.endsWith(".csv"));
  if (!csv) throw new Error("soffice wrote no CSV");
  const text = readFileSync(path.join(out, csv), "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\n$/, "");
  return Papa.parse<string[]>(text, { delimiter: ",", newline: "\n" }).data;
}

async function main(): Promise<number> {
  const soffice = findSoffice();
  if (!soffice) {
    console.error(`libreoffice-entry-rules: LibreOffice (soffice) is not installed; install it with: ${INSTALL}`);
    return 1;
  }
  const work = mkdtempSync(path.join(tmpdir(), "inventory-rows-entry-"));
  let failures = 0;
  try {
    const file = path.join(work, "codes.xlsx");
    await writeSamples(file);
    const grid = computed(soffice, file, work);
    SAMPLES.forEach(([sample, list, one], i) => {
      const [, gotList, gotOne] = grid[i + 1] ?? [];
      const want = [list ? "TRUE" : "FALSE", one ? "TRUE" : "FALSE"];
      const ok = gotList === want[0] && gotOne === want[1];
      if (!ok) failures++;
      console.log(`  ${ok ? "ok  " : "FAIL"} ${JSON.stringify(sample)}: list ${gotList} (want ${want[0]}), one code ${gotOne} (want ${want[1]})`);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(failures === 0 ? "LibreOffice computes the codes formulas as expected." : `${failures} sample(s) failed.`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`libreoffice-entry-rules: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
