import { statSync } from "node:fs";
import path from "node:path";
import {
  checkInventory, columnLetters, detectTable, DEFAULT_LOCALE, headerKey, outsideInventoryNote, toAddress, windowRows, HEADER_SEARCH_ROWS,
  type CellValue, type CheckReport, type Role, type SettingsInput,
} from "../core";
import type { CliOptions } from "./args";
import { checkView, type Checked } from "./checked";
import { CliError } from "./cli-error";
import type { CliIO } from "./cli-io";
import { formatCheck } from "./format-check";
import { changesByColumn, changesForTable, keepSourceText } from "./excel-changes";
import { checkOutPath, registerClaim } from "./out-file";
import { settingsForRun } from "./cli-settings";
import { LARGE_FILE_BYTES, Progress } from "./progress";
import { readInput, type LoadedInput } from "./read-input";
import { runFix } from "./run-fix";
import { runGenerateCodes } from "./run-generate-codes";
import { runAggregate, runSerialize } from "./run-plans";
import { runSummary } from "./run-summary";
import { runStocktake } from "./run-stocktake";
import { runLabels } from "./run-labels";
import { notKeptWarning } from "./save-workbook";
import { outputKindOf } from "./output-kind";
import { issueTable } from "./write-issues";
import { writeReportTable } from "./write-table";
import { terminalText } from "./terminal-text";
import { frameIn, textInLang } from "./cli-lang";
import type { CopyPurpose } from "./xlsx-package/package-input";

/** Reads, checks, then runs the command; returns the exit code. Throws CliError for exit 2. */
export async function runCommand(given: CliOptions, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const inputs = [given.settingsFile, given.scans].filter((f): f is string => f !== undefined);
  const outPath = given.out === undefined ? undefined : checkOutPath(given.out, given.file, cwd, given.force, inputs);
  if (outPath) registerClaim(outPath, { force: given.force, beforePlace: io.beforePlace });
  const run = await settingsForRun(given, cwd, io.stderr);
  const options: CliOptions = { ...given, locale: run.locale };
  const progress = new Progress({ write: io.stderr, isTTY: Boolean(io.stderrIsTTY) }, options.progress || (Boolean(io.stderrIsTTY) && sizeOf(path.resolve(cwd, options.file)) >= LARGE_FILE_BYTES), options.lang);
  progress.phase(textInLang(options.lang, "cli-progress-reading", { file: options.file }));
  const input = await readInput(options.file, cwd, {
    sheet: options.sheet,
    onRow: (row) => progress.row(row),
    whole: writesCopy(options),
    copyFor: io.wholeWorkbook ? undefined : copyPurpose(options),
    keepFields: writesCopy(options) && /^(csv|tsv)$/.test(outputKindOf(options.out ?? "") ?? ""),
    mapping: run.settings.mapping,
    excelReading: options.excelReading,
    locale: options.locale,
    delimiter: options.delimiter,
  });
  // A sheet name is workbook text: bidirectional overrides in it could make the report lie on a terminal.
  const where = input.kind === "xlsx" ? `${terminalText(input.sheetName, 60)} in ${options.file}` : options.file;
  // The headline's form of `where`, in --lang; usage errors (CliError) keep the English one.
  const heading = input.kind === "xlsx" ? textInLang(options.lang, "cli-where-sheet", { sheet: terminalText(input.sheetName, 60), file: options.file }) : options.file;
  if (input.grid.length === 0) throw new CliError(`${options.file}: ${input.kind === "xlsx" ? `sheet "${input.sheetName}" is empty` : "holds no cells"}`);
  checkMappedHeadersExist(options.mapping, input);
  const origin = `${columnLetters(input.originColumn - 1)}${input.originRow}`;
  // The locale reads text cells of any file (an .xlsx holding "12,50" as text) as the CSV reading does.
  const settings: Partial<SettingsInput> = { ...run.settings, origin };
  progress.phase(textInLang(options.lang, "cli-progress-checking", { count: input.grid.length }));
  const report = withOutsideNote(checkInventory(input.grid, settings), input);
  if (report.table && report.rows.data === 0) {
    throw new CliError(`${where}: the header row (row ${report.table.headerRow + input.originRow}) has no data rows below it`);
  }
  const issues = report.issues.map((issue) => ({ ...issue, address: toAddress(issue.row, issue.column, origin) }));
  const errors = issues.filter((i) => i.severity === "error").length;
  const warning = options.out === undefined || !writesCopy(options) ? null : notKeptWarning(input, options.out);
  if (warning) io.stderr(warning);
  const changes = changesForTable(input.changes, report.table);
  const keptGrid = keepSourceText(input.grid, changes);
  const excelChanges = changesByColumn(changes, input.grid, report.table, { row: input.originRow, column: input.originColumn });
  const readAs = readingNote(input, options.locale, options.lang);
  const checked: Checked = { options, io, input, settings, origin, report, issues, errors, keptGrid, excelChanges, outPath, progress, where, heading, readAs };
  let code: number;
  switch (options.command) {
    case "check":
      code = await runCheck(checked);
      break;
    case "summary":
      code = await runSummary(checked);
      break;
    case "serialize":
      code = await runSerialize(checked);
      break;
    case "aggregate":
      code = await runAggregate(checked);
      break;
    case "fix":
      code = await runFix(checked);
      break;
    case "generate-codes":
      code = await runGenerateCodes(checked);
      break;
    case "stocktake":
      code = await runStocktake(checked);
      break;
    case "labels":
      code = await runLabels(checked);
      break;
  }
  progress.done();
  return code;
}

/** The report with one note naming the values far outside the inventory that were not read, if any. */
function withOutsideNote(report: CheckReport, input: LoadedInput): CheckReport {
  if (!input.outside) return report;
  return { ...report, notes: [...(report.notes ?? []), outsideInventoryNote(input.outside.address, input.outside.more)] };
}

/** Whether --out is a changed copy of the input (serialize, aggregate, summary as .xlsx) rather than a report of its own. */
function writesCopy(options: CliOptions): boolean {
  if (options.out === undefined || options.command === "check" || options.command === "stocktake" || options.command === "labels") return false;
  return options.command !== "summary" || outputKindOf(options.out) === "xlsx";
}

/** How an .xlsx --out copies its input (src/cli/xlsx-package): a summary adds a sheet, the plans change rows. */
function copyPurpose(options: CliOptions): CopyPurpose | undefined {
  if (!writesCopy(options)) return undefined;
  return options.command === "summary" ? "add-sheet" : "change";
}

/** `check`: prints the report; with --out also writes the issue list (write-issues.ts). */
async function runCheck(c: Checked): Promise<number> {
  if (c.outPath) {
    c.progress.phase(textInLang(c.options.lang, "cli-progress-writing", { file: c.options.out ?? "" }));
    await writeReportTable(c.outPath, outputKindOf(c.outPath) ?? "xlsx", issueTable(c.issues, c.input.grid, c.options.lang), c.options.locale);
  }
  const out = c.outPath ? { out: c.outPath } : {};
  if (c.options.json) {
    const { file } = c.options;
    c.io.stdout(`${JSON.stringify({ file, sheet: c.input.sheetName, origin: c.origin, ...c.report, issues: c.issues, excelChanges: c.excelChanges, ...out }, null, 2)}\n`);
  } else {
    const count = c.issues.length;
    const english = `Wrote ${c.options.out} (${count.toLocaleString(c.options.locale)} ${count === 1 ? "issue" : "issues"}).`;
    const wrote = c.outPath ? `\n${frameIn(c.options.lang, "cli-wrote-issues", { file: c.options.out ?? "", count }, english)}` : "";
    c.io.stdout(`${formatCheck(checkView(c))}${wrote}\n`);
  }
  return c.errors > 0 ? 1 : 0;
}

/**
 * A `--map role=Header` naming a header that is nowhere near the top of the sheet is a typo: say
 * so (exit 2) and list the headers that are there, so the right spelling can be copied.
 */
function checkMappedHeadersExist(mapping: Partial<Record<Role, string>>, input: LoadedInput): void {
  const rows = windowRows(input.grid);
  const keys = new Set(rows.flatMap((r) => input.grid[r].map(headerKey)));
  for (const [role, header] of Object.entries(mapping)) {
    if (!keys.has(headerKey(header))) {
      const seen = headersSeen(input.grid, rows);
      throw new CliError(
        `--map ${role}=${header}: no column is headed "${header}" in the first ${HEADER_SEARCH_ROWS} rows of ${input.kind === "xlsx" ? `sheet "${input.sheetName}"` : "the file"}` +
          (seen.length > 0 ? `; headers seen: ${seen}` : ""),
      );
    }
  }
}

/** How many headers the --map error lists. */
const HEADERS_LISTED = 12;

/**
 * The texts of the row that looks most like a header: the one the aliases find, else the window
 * row with the most text cells (a title above it has one, data rows have numbers). Quoted, at most
 * HEADERS_LISTED, each shortened and made safe for the terminal.
 */
function headersSeen(grid: CellValue[][], rows: readonly number[]): string {
  const texts = (r: number) => grid[r].filter((v): v is string => typeof v === "string" && v.trim() !== "");
  const found = detectTable(grid)?.headerRow;
  const best = found ?? rows.reduce<number | undefined>((top, r) => (top === undefined || texts(r).length > texts(top).length ? r : top), undefined);
  if (best === undefined) return "";
  const headers = texts(best).map((h) => `"${terminalText(h.trim(), 30)}"`);
  return headers.length > HEADERS_LISTED ? `${headers.slice(0, HEADERS_LISTED).join(", ")}, …` : headers.join(", ");
}


/**
 * What the headline says about how the file was read, or "" for the usual reading (a
 * comma-separated file in en-US): `read as ;-separated, locale nl-NL`.
 */
export function readingNote(input: Pick<LoadedInput, "delimiter">, locale: string, lang = "en"): string {
  const notes: string[] = [];
  const local = locale !== DEFAULT_LOCALE;
  if (input.delimiter !== undefined && (input.delimiter !== "," || local)) {
    const delimiter = input.delimiter === "\t" ? textInLang(lang, "cli-delimiter-tab") : input.delimiter;
    notes.push(textInLang(lang, "cli-read-as", { delimiter }));
  }
  if (local) notes.push(textInLang(lang, "cli-locale-note", { locale }));
  return notes.join(", ");
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
