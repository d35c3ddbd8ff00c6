/**
 * `npx tsx scripts/make-locale-csvs.ts`: makes the `;`-separated CSV fixtures of
 * test/fixtures/cli/locale/libreoffice-*.csv the way a user in each locale gets them: one
 * workbook, saved as CSV by LibreOffice running in that locale (field separator `;`, cells as
 * shown, so amounts carry the locale's decimal and group separators). The files are committed;
 * test/cli/libreoffice-csv.test.ts reads them, so `npm test` does not need LibreOffice. Run it
 * again after changing the rows below, and update the totals in that test.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

/** The locales whose LibreOffice writes the fixtures, with the POSIX locale it is started in. */
const LOCALES: Record<string, string> = { "nl-NL": "nl_NL.UTF-8", "de-DE": "de_DE.UTF-8", "fi-FI": "fi_FI.UTF-8", "fr-FR": "fr_FR.UTF-8", "sv-SE": "sv_SE.UTF-8" };
/** CSV export: `;` (59), `"` (34), UTF-8 (76), from line 1, cells as shown (the 9th token). */
const FILTER = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true";
const OUT = path.join(__dirname, "..", "test", "fixtures", "cli", "locale");

/** Inventory rows; the amounts are formatted `#,##0.00` so "as shown" writes the locale's separators. */
export const ROWS: (string | number)[][] = [
  ["Name", "Category", "Quantity", "Stock codes", "Income", "Expense"],
  ["Ski Atomic Redster", "Skis", 1, "SKI-0001", 1234.56, 120.1],
  ["Poles; blue", "Poles", 12, "STOK-01, STOK-02", 345.5, 12.35],
  ["Snow groomer", "Machines", 1, "PB-600", 1234567.89, 98765.43],
];

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "locale-csvs-"));
  try {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Stock");
    for (const row of ROWS) sheet.addRow(row);
    for (let r = 2; r <= ROWS.length; r++) for (const c of [5, 6]) sheet.getRow(r).getCell(c).numFmt = "#,##0.00";
    const source = path.join(work, "stock.xlsx");
    await workbook.xlsx.writeFile(source);
    for (const [locale, posix] of Object.entries(LOCALES)) {
      const outDir = path.join(work, locale);
      const result = spawnSync(
        process.env.SOFFICE ?? "soffice",
        [`-env:UserInstallation=file://${path.join(work, `profile-${locale}`)}`, "--headless", "--convert-to", FILTER, "--outdir", outDir, source],
        { encoding: "utf8", env: { ...process.env, LC_ALL: posix, LANG: posix } },
      );
      if (result.status !== 0) throw new Error(`soffice failed for ${locale}: ${result.stderr || result.error?.message}`);
      copyFileSync(path.join(outDir, "stock.csv"), path.join(OUT, `libreoffice-${locale}.csv`));
      console.log(`wrote libreoffice-${locale}.csv`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
