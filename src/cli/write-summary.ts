import type ExcelJS from "exceljs";
import {
  MARGIN_FORMAT, SUMMARY_TABLE_ROW, TIME_FORMAT, TITLE_ROWS, TOTAL, moneyFormat, stockValueColumns, summaryHeadersOf, summaryLineCells,
  summaryMoneyColumnsOf, summaryNames, summaryPercentColumnsOf, titleBlock, trackedColumnsOf, type CategorySummary, type SummaryLine, type TrackedColumn,
} from "../core";
import { CliError } from "./cli-error";
import type { ReportTable } from "./write-table";

/** Workbook-level name that marks the summary sheet this tool created (so a rerun replaces only its own sheet). */
export const SUMMARY_MARKER = "InventoryRowsSummarySheet";
/** Number format of the count columns (the add-in leaves them General; exceljs readers show the separators). */
const COUNT_FORMAT = "#,##0";

export interface SummarySheetInput {
  summary: CategorySummary;
  /** Preferred sheet name (`Inventory summary`). */
  sheetName: string;
  /** Name of the summarized sheet. */
  source: string;
  /** Number format of the source's money column, when it has one. */
  moneyFormat?: string;
  now: Date;
}

/**
 * Writes the category summary into `workbook` with the content the add-in writes in Excel
 * (the layout in src/core/summary-layout.ts): the title and, labels in column A and values in column B, the
 * source sheet, rows counted and excluded, the time; then from row 7 an Excel table with the
 * docs/design.md §5 columns (and the availability and return columns the summary tracks) and a
 * totals row holding the engine's exact totals as values (a SUBTOTAL over rounded cells could be a
 * cent off). Money in the source column's format, margin and the other ratios `0.0%`.
 * Category names are text cells formatted `@`, never formulas. exceljs cannot draw the chart
 * the add-in adds. A sheet of that name that this tool did not create is left alone: the report
 * goes to `Name (2)`, `Name (3)`, …. Returns the sheet name used.
 */
export function writeSummarySheet(workbook: ExcelJS.Workbook, input: SummarySheetInput): string {
  const sheetName = chooseSheet(workbook, input.sheetName);
  const sheet = workbook.addWorksheet(sheetName);
  markAsOurs(workbook, sheetName);
  drawSummary(sheet, input, uniqueTableName(workbook, "InventorySummary"), (table) => void sheet.addTable(table));
  return sheetName;
}

/**
 * The summary sheet in a new workbook whose one other sheet is `dataSheet` (a streaming
 * WorkbookWriter, whose tables `addTable` adds): the same name, cells and table writeSummarySheet
 * gives it in a workbook holding that sheet alone. Returns the sheet name used.
 */
export function writeSummaryBeside(workbook: ExcelJS.Workbook, dataSheet: string, input: SummarySheetInput, addTable: AddTable): string {
  const sheetName = summaryNames(input.sheetName).find((name) => name.toLowerCase() !== dataSheet.toLowerCase()) ?? input.sheetName;
  const sheet = workbook.addWorksheet(sheetName);
  markAsOurs(workbook, sheetName);
  drawSummary(sheet, input, "InventorySummary", (table) => addTable(sheet, table));
  return sheetName;
}

export type AddTable = (sheet: ExcelJS.Worksheet, table: ExcelJS.TableProperties) => void;

function drawSummary(sheet: ExcelJS.Worksheet, input: SummarySheetInput, tableName: string, addTable: (table: ExcelJS.TableProperties) => void): void {
  const money = moneyFormat(input.moneyFormat);
  const { summary } = input;

  const { labels, values } = titleBlock(input.sheetName, input.source, summary, wallClock(input.now));
  labels.forEach((label, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).numFmt = "@";
    row.getCell(1).value = label;
    if (i === TITLE_ROWS.title) return;
    if (i === TITLE_ROWS.sourceSheet) row.getCell(2).numFmt = "@";
    if (i === TITLE_ROWS.created) row.getCell(2).numFmt = TIME_FORMAT;
    row.getCell(2).value = values[i];
  });
  sheet.getCell("A1").font = { bold: true };

  const top = SUMMARY_TABLE_ROW + 1; // exceljs rows count from 1
  // Per-unit columns add a stock value column each (issue 13, design.md §17).
  const headers = summaryHeadersOf(summary);
  const stock = stockValueColumns(summary);
  const tracked = trackedColumnsOf(summary);
  const formats = columnFormats(summary, money);
  const cellsOf = (line: SummaryLine) => tableCells(line, stock, tracked);
  addTable({
    name: tableName,
    ref: `A${top}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name, i) => ({
      name,
      filterButton: true,
      style: { numFmt: formats[i] },
      ...(i === 0 ? { totalsRowLabel: TOTAL } : { totalsRowFunction: "none" as const }),
    })),
    rows: summary.categories.length > 0 ? summary.categories.map(cellsOf) : [headers.map(() => null)],
  });
  const totalsRow = sheet.getRow(top + 1 + Math.max(1, summary.categories.length));
  cellsOf(summary.totals).forEach((value, i) => {
    const cell = totalsRow.getCell(i + 1);
    cell.value = i === 0 ? TOTAL : value;
    cell.numFmt = formats[i];
    cell.font = { bold: true };
  });
  sheet.getColumn(1).width = 30;
  for (let c = 2; c <= headers.length; c++) sheet.getColumn(c).width = 15;
}

/**
 * The summary sheet's table on its own (`summary --out x.csv|x.json`): its headings, one row per
 * category, then the totals row, the same cells writeSummarySheet writes (margin as a fraction).
 */
export function summaryTable(summary: CategorySummary, sourceMoneyFormat?: string): ReportTable {
  const stock = stockValueColumns(summary);
  const tracked = trackedColumnsOf(summary);
  const cells = (line: SummaryLine) => tableCells(line, stock, tracked).map((value) => value ?? "");
  const totals = cells(summary.totals);
  totals[0] = TOTAL;
  return {
    sheetName: "Inventory summary",
    headers: summaryHeadersOf(summary),
    rows: [...summary.categories.map(cells), totals],
    formats: columnFormats(summary, moneyFormat(sourceMoneyFormat)),
  };
}

/** Each summary column's number format: text for the category, `money` for amounts, percent for the margin and ratios, else counts. */
function columnFormats(summary: CategorySummary, money: string): string[] {
  const moneyColumns = summaryMoneyColumnsOf(summary);
  const percentColumns = summaryPercentColumnsOf(summary);
  return summaryHeadersOf(summary).map((_, i) =>
    i === 0 ? "@" : moneyColumns.includes(i) ? money : percentColumns.includes(i) ? MARGIN_FORMAT : COUNT_FORMAT,
  );
}

/** One table row: the category as text, then the numbers; `null` (an empty cell, not an empty text) where undefined. */
function tableCells(line: SummaryLine, stock: readonly string[], tracked: readonly TrackedColumn[]): (string | number | null)[] {
  return summaryLineCells({ ...line, category: String(line.category) }, stock, tracked).map((value, i) => (i > 0 && value === "" ? null : value)) as (string | number | null)[];
}

/** The first of the summary names (as the add-in numbers them) that is free or holds this tool's last report (removed). */
function chooseSheet(workbook: ExcelJS.Workbook, wanted: string): string {
  const ours = ourSheetName(workbook);
  const names = summaryNames(wanted);
  for (const name of names) {
    const existing = workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
    if (!existing) return name;
    if (ours !== undefined && existing.name.toLowerCase() === ours.toLowerCase()) {
      workbook.removeWorksheet(existing.id);
      return existing.name;
    }
  }
  throw new CliError(`every sheet name from "${wanted}" to "${names[names.length - 1]}" is taken by sheets of yours; rename one`);
}

function ourSheetName(workbook: ExcelJS.Workbook): string | undefined {
  const entry = workbook.definedNames.model.find((n) => n.name === SUMMARY_MARKER);
  const range = entry?.ranges[0];
  if (!range) return undefined;
  const bang = range.lastIndexOf("!");
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function markAsOurs(workbook: ExcelJS.Workbook, sheetName: string): void {
  workbook.definedNames.model = workbook.definedNames.model.filter((n) => n.name !== SUMMARY_MARKER);
  workbook.definedNames.add(`'${sheetName.replace(/'/g, "''")}'!$A$1`, SUMMARY_MARKER);
}

function uniqueTableName(workbook: ExcelJS.Workbook, base: string): string {
  const taken = new Set(workbook.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables?: object }).tables ?? {})).map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** exceljs stores a Date's UTC fields as the cell's date and time; Excel shows local time, so shift it. */
function wallClock(now: Date): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes(), now.getSeconds()));
}
