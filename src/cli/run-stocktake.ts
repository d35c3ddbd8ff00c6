/**
 * `stocktake FILE --scans SCANS` (issue 20, design.md §26): the scans counted against the kept
 * grid as the pane counts them, printed per category with what is missing, unknown, scanned twice
 * or not counted; `--json` for scripts; `--out` for a report. Exit 1 when anything is found (a
 * unit missing, a scan not counted) or the sheet has errors, 0 when the shelf matches the sheet.
 */
import { planStocktake, type ScanOutcome, type StocktakeResult } from "../core";
import { keptReport, printNoTable, type Checked } from "./checked";
import { outputKindOf } from "./output-kind";
import { readScans } from "./read-scans";
import { notCounted } from "./stocktake-findings";
import { formatStocktake } from "./format-stocktake";
import { writeStocktake } from "./write-stocktake";
import { textInLang } from "./cli-lang";

export async function runStocktake(c: Checked): Promise<number> {
  const { io, options } = c;
  const scans = await readScans(options.scans ?? "", io.cwd ?? process.cwd(), options.locale);
  if (!c.report.table) return printNoTable(c);
  const report = keptReport(c);
  const errors = report.issues.filter((i) => i.severity === "error").length;
  c.progress.phase(textInLang(c.options.lang, "cli-progress-counting", { count: scans.length }));
  const result = planStocktake(c.keptGrid, scans, c.settings, report);
  const excelRow = (row: number) => row + c.input.originRow;
  if (c.outPath) {
    c.progress.phase(textInLang(options.lang, "cli-progress-writing", { file: options.out ?? "" }));
    const now = (io.now ?? (() => new Date()))();
    await writeStocktake(c.outPath, outputKindOf(c.outPath) ?? "xlsx", { result, source: c.input.sheetName ?? options.file, excelRow, lang: options.lang, locale: options.locale, now });
  }
  if (options.json) {
    io.stdout(`${JSON.stringify({ file: options.file, sheet: c.input.sheetName, errors, ...jsonOf(result, excelRow), ...(c.outPath ? { out: c.outPath } : {}) }, null, 2)}\n`);
  } else {
    const lines = [formatStocktake({ where: c.readAs ? `${c.heading} (${c.readAs})` : c.heading, result, excelRow, locale: options.locale, lang: options.lang })];
    if (c.outPath) lines.push("", textInLang(options.lang, "cli-wrote", { file: options.out ?? "" }));
    io.stdout(`${lines.join("\n")}\n`);
  }
  const found = result.missingUnits > 0 || result.unknown.length > 0 || result.scannedTwice.length > 0 || notCounted(result).length > 0;
  return found || errors > 0 ? 1 : 0;
}

/** The result with sheet row numbers in place of grid rows, in records, categories and every scan. */
function jsonOf(result: StocktakeResult, excelRow: (row: number) => number) {
  const outcome = (o: ScanOutcome): ScanOutcome => {
    if (o.kind === "on-several-rows") return { ...o, rows: o.rows.map(excelRow) };
    return "row" in o ? { ...o, row: excelRow(o.row) } : o;
  };
  return {
    records: result.records.map((r) => ({ ...r, row: excelRow(r.row) })),
    categories: result.categories,
    missingUnits: result.missingUnits,
    unknown: result.unknown,
    scannedTwice: result.scannedTwice,
    scans: result.scans.map((s) => ({ ...s, outcome: outcome(s.outcome) })),
  };
}
