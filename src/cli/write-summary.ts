import type ExcelJS from "exceljs";
import { TOTAL, type CategorySummary, type SummaryLine } from "../core";
import { SUMMARY_HEADINGS } from "./format-summary";

/** Workbook-level name that marks the summary sheet this tool created (so a rerun replaces only its own sheet). */
export const SUMMARY_MARKER = "InventoryRowsSummarySheet";
export const DEFAULT_MONEY_FORMAT = "#,##0.00";
export const MARGIN_FORMAT = "0.0%";
export const TIME_FORMAT = "yyyy-mm-dd hh:mm";
/** Sheet row of the table's header; the title block sits above it (as in the add-in). */
const TABLE_ROW = 7;

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
 * (src/excel/summary-layout.ts): the title and, labels in column A and values in column B, the
 * source sheet, rows counted and excluded, the time; then from row 7 an Excel table with the
 * SPEC §5 columns and a totals row holding the engine's exact totals as values (a SUBTOTAL over
 * rounded cells could be a cent off). Money in the source column's format, margin `0.0%`.
 * Category names are text cells formatted `@`, never formulas. exceljs cannot draw the chart
 * the add-in adds. A sheet of that name that this tool did not create is left alone: the report
 * goes to `Name (2)`, `Name (3)`, …. Returns the sheet name used.
 */
export function writeSummarySheet(workbook: ExcelJS.Workbook, input: SummarySheetInput): string {
  const sheetName = chooseSheet(workbook, input.sheetName);
  const sheet = workbook.addWorksheet(sheetName);
  markAsOurs(workbook, sheetName);
  const money = input.moneyFormat ?? DEFAULT_MONEY_FORMAT;
  const { summary } = input;

  const labels = [input.sheetName, "Source sheet", "Rows counted", "Rows excluded (errors)", "Created"];
  const values: (string | number | Date)[] = ["", input.source, summary.countedRows, summary.excludedRows, wallClock(input.now)];
  labels.forEach((label, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).numFmt = "@";
    row.getCell(1).value = label;
    if (i === 0) return;
    if (i === 1) row.getCell(2).numFmt = "@";
    if (i === 4) row.getCell(2).numFmt = TIME_FORMAT;
    row.getCell(2).value = values[i];
  });
  sheet.getCell("A1").font = { bold: true };

  const top = TABLE_ROW;
  const tableName = uniqueTableName(workbook, "InventorySummary");
  const formats = ["@", money, money, money, MARGIN_FORMAT, "#,##0", "#,##0", "#,##0", "#,##0", money];
  sheet.addTable({
    name: tableName,
    ref: `A${top}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: SUMMARY_HEADINGS.map((name, i) => ({
      name,
      filterButton: true,
      style: { numFmt: formats[i] },
      ...(i === 0 ? { totalsRowLabel: TOTAL } : { totalsRowFunction: "none" as const }),
    })),
    rows: summary.categories.length > 0 ? summary.categories.map(cellsOf) : [SUMMARY_HEADINGS.map(() => "")],
  });
  const totalsRow = sheet.getRow(top + 1 + Math.max(1, summary.categories.length));
  cellsOf(summary.totals).forEach((value, i) => {
    const cell = totalsRow.getCell(i + 1);
    cell.value = i === 0 ? TOTAL : value === "" ? null : value;
    cell.numFmt = formats[i];
    cell.font = { bold: true };
  });
  sheet.getColumn(1).width = 30;
  for (let c = 2; c <= SUMMARY_HEADINGS.length; c++) sheet.getColumn(c).width = 15;
  return sheetName;
}

/** One table row in SUMMARY_HEADINGS order: the category as text, then the numbers (empty where undefined). */
function cellsOf(line: SummaryLine): (string | number)[] {
  return [
    String(line.category),
    line.income,
    line.expense,
    line.net,
    line.margin ?? "",
    line.records,
    line.serializedRecords,
    line.aggregatedRecords,
    line.units,
    line.incomePerUnit ?? "",
  ];
}

function chooseSheet(workbook: ExcelJS.Workbook, wanted: string): string {
  const ours = ourSheetName(workbook);
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted.slice(0, 31 - ` (${n})`.length)} (${n})`;
    const existing = workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
    if (!existing) return name;
    if (ours !== undefined && existing.name.toLowerCase() === ours.toLowerCase()) {
      workbook.removeWorksheet(existing.id);
      return existing.name;
    }
  }
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
