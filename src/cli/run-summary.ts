import { DEFAULT_LOCALE, parseSettings, summarizeByCategory, type CategorySummary } from "../core";
import { formatSummary, summaryJson } from "./format-summary";
import { headerRowNumber, keptReport, printNoTable, type Checked } from "./checked";
import { saveWorkbook, workbookToChange } from "./save-workbook";
import { outputKindOf } from "./output-kind";
import { summaryTable, writeSummarySheet } from "./write-summary";
import { writeReportTable } from "./write-table";
import { streamSummaryWorkbook } from "./stream-summary";
import { frameIn, textInLang } from "./cli-lang";
import { saveSummaryIntoPackage } from "./xlsx-package/summary-into-package";
import { inputCellFormats } from "./xlsx-package/cell-formats";

/**
 * `summary`: prints the per-category table (or JSON); with --out writes it into a copy of the
 * workbook, or the table alone as text or JSON (writeSummaryOut). It sums the kept grid, so the totals describe the data sheet it writes.
 */
export async function runSummary(c: Checked): Promise<number> {
  const { io, options } = c;
  if (!c.report.table) return printNoTable(c);
  const report = keptReport(c);
  const errors = report.issues.filter((i) => i.severity === "error").length;
  const summary = summarizeByCategory(c.keptGrid, c.settings, report);
  // Validated already by the check; the defaults fill what no layer set.
  const resolved = parseSettings(c.settings);
  const { summarySheetName, currencyDecimals } = resolved.success ? resolved.data : { summarySheetName: "Inventory summary", currencyDecimals: 2 };
  const outSheet = c.outPath ? await writeSummaryOut(c, summary, c.outPath, summarySheetName) : undefined;
  if (options.json) {
    io.stdout(`${JSON.stringify({ file: options.file, sheet: c.input.sheetName, errors, ...summaryJson(summary), ...(c.outPath ? { out: c.outPath, ...(outSheet ? { outSheet } : {}) } : {}) }, null, 2)}\n`);
  } else {
    const lines = [formatSummary(c.readAs ? `${c.heading} (${c.readAs})` : c.heading, summary, currencyDecimals, options.locale, options.lang)];
    const { lang } = options;
    if (errors > 0) {
      const [row, command] = [String(headerRowNumber(c)), checkCommand(c)];
      const english = `${errors.toLocaleString(options.locale)} ${errors === 1 ? "error" : "errors"} found (header in row ${row}); run ${command} to see them.`;
      lines.push("", frameIn(lang, "cli-summary-errors", { count: errors, row, command }, english));
    }
    const file = options.out ?? "";
    if (c.outPath) lines.push("", outSheet ? textInLang(lang, "cli-wrote-sheet", { file, sheet: outSheet }) : textInLang(lang, "cli-wrote-summary-table", { file }));
    io.stdout(`${lines.join("\n")}\n`);
  }
  return errors > 0 ? 1 : 0;
}

/**
 * Writes --out: a copy of the workbook with the summary sheet (.xlsx; returns the sheet's name), or
 * the summary table alone as .csv, .tsv, .txt or .json (returns undefined).
 */
async function writeSummaryOut(c: Checked, summary: CategorySummary, target: string, sheetName: string): Promise<string | undefined> {
  c.progress.phase(textInLang(c.options.lang, "cli-progress-writing", { file: c.options.out ?? "" }));
  const kind = outputKindOf(target) ?? "xlsx";
  if (kind !== "xlsx") {
    await writeReportTable(target, kind, summaryTable(summary, await moneyFormatOf(c)), c.options.locale);
    return undefined;
  }
  const input = { summary, sheetName, source: c.input.sheetName, moneyFormat: await moneyFormatOf(c), now: (c.io.now ?? (() => new Date()))() };
  // An .xlsx read streamed gets the sheet added to a copy of its package, part by part.
  if (c.input.package) return saveSummaryIntoPackage(c.input.package, input, target);
  // A .csv or .json becomes a new workbook: streamed, with no model of the data sheet.
  if (!c.input.workbook) return streamSummaryWorkbook(c.input, c.keptGrid, target, input);
  const { workbook } = workbookToChange(c.input, c.keptGrid);
  const sheet = writeSummarySheet(workbook, input);
  await saveWorkbook(workbook, target);
  return sheet;
}

/**
 * The number format of the first money cell in the source, when it is a number format (not General,
 * text or a date): from the loaded sheet, or read from the package when the sheet was streamed.
 */
async function moneyFormatOf(c: Checked): Promise<string | undefined> {
  const { grid, originRow, originColumn } = c.input;
  const table = c.report.table;
  if (!table) return undefined;
  const column = table.columns.income ?? table.columns.expense;
  if (column === undefined) return undefined;
  const end = Math.min(grid.length, table.headerRow + 50);
  let r = table.headerRow + 1;
  while (r < end && typeof grid[r][column] !== "number") r++;
  if (r >= end) return undefined;
  const cell = { row: r + originRow, column: column + originColumn };
  const format = (await inputCellFormats(c.input, [cell]))(cell.row, cell.column);
  if (!format || format === "General" || format === "@") return undefined;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[0#]/.test(bare) && !/[ymdhs]/i.test(bare) ? format : undefined;
}

/** The check command for the same file, sheet and mapping, quoted for a shell, so it can be pasted as is. */
export function checkCommand(c: Pick<Checked, "options">): string {
  const { file, sheet, mapping, excelReading, locale, delimiter } = c.options;
  const args = ["inventory-rows", "check", file];
  if (sheet !== undefined) args.push("--sheet", sheet);
  for (const [role, header] of Object.entries(mapping)) args.push("--map", `${role}=${header}`);
  if (!excelReading) args.push("--excel-reading", "off");
  if (locale !== DEFAULT_LOCALE) args.push("--locale", locale);
  if (delimiter !== undefined) args.push("--delimiter", delimiter === "\t" ? "tab" : delimiter);
  if (c.options.settingsFile !== undefined) args.push("--settings", c.options.settingsFile);
  return args.map(shellWord).join(" ");
}

function shellWord(word: string): string {
  return /^[\w./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
