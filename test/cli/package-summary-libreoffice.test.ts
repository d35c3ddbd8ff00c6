/**
 * An independent reader for the summary added part by part: LibreOffice opens the copy and shows
 * every input sheet and the summary with the engine's totals (as scripts/libreoffice-check.ts
 * converts workbooks). Without LibreOffice the test fails and says what to install.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { main } from "../../src/cli/main";
import { sheetPartsKept } from "./package-summary-compare";
import { writeShapedWorkbook } from "./package-summary-support";
import { captureIO, tempDir } from "./support/workbooks";

const INSTALL = "apt-get install -y libreoffice-calc-nogui";
/** CSV export: comma, double quotes, UTF-8, raw values, every sheet to its own file. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

function soffice(): string {
  for (const name of process.env.SOFFICE ? [process.env.SOFFICE] : ["soffice", "libreoffice"]) {
    const r = spawnSync(name, ["--version"], { encoding: "utf8" });
    if (!r.error && r.status === 0) return name;
  }
  throw new Error(`LibreOffice (soffice) is not installed: ${INSTALL}`);
}

/** Every sheet of `file` as LibreOffice reads it: sheet name → rows of fields. */
function sheetsInLibreOffice(file: string, work: string): Map<string, string[][]> {
  const out = path.join(work, "lo-out");
  mkdirSync(out, { recursive: true });
  const r = spawnSync(soffice(), [`-env:UserInstallation=file://${path.join(work, "lo-profile")}`, "--headless", "--convert-to", CSV_FILTER, "--outdir", out, file], { encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`soffice failed on ${file}: ${r.stderr || r.stdout}`);
  const base = path.basename(file, ".xlsx");
  return new Map(
    readdirSync(out).map((csv) => {
      const text = readFileSync(path.join(out, csv), "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\n$/, "");
      return [csv.slice(base.length + 1, -".csv".length), Papa.parse<string[]>(text, { delimiter: ",", newline: "\n" }).data];
    }),
  );
}

describe("summary --out of an .xlsx, part by part, in LibreOffice", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("opens with every sheet and the summary's cells and totals", async () => {
    await writeShapedWorkbook(tmp.file("stock.xlsx"), { rows: 8, moneyFormat: '"$"#,##0.00', before: ["Inventory summary", "Notes"], tableName: "InventorySummary" });
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "stock.xlsx", "--out", "copy.xlsx"], run.io)).toBe(0);
    const { kept, sheets: parts } = sheetPartsKept(tmp.file("stock.xlsx"), tmp.file("copy.xlsx"));
    expect(kept).toEqual(parts);
    const sheets = sheetsInLibreOffice(tmp.file("copy.xlsx"), tmp.dir);
    expect([...sheets.keys()].sort()).toEqual(["After", "Inventory summary", "Inventory summary (2)", "Notes", "Stock"]);
    expect(sheets.get("Stock")?.[2]).toEqual(["Item 0", "Skis", "1", "C-0", "10", "0"]);
    const summary = sheets.get("Inventory summary (2)")!;
    expect(summary.slice(0, 4).map((row) => row.slice(0, 2))).toEqual([["Inventory summary", ""], ["Source sheet", "Stock"], ["Rows counted", "8"], ["Rows excluded (errors)", "0"]]);
    expect(summary[6].slice(0, 3)).toEqual(["Category", "Income", "Expense"]);
    expect(summary.slice(7).map((row) => row.slice(0, 3))).toEqual([
      ["Boots", "27.5", "1.5"], ["Helmets & <caps>", "30", "1"], ["Poles", "23.75", "0.5"], ["Skis", "25", "0.5"], ["Total", "106.25", "3.5"],
    ]);
  }, 180_000);
});
