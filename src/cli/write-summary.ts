import type ExcelJS from "exceljs";
import { TOTAL, type CategorySummary, type SummaryLine } from "../core";
import { SUMMARY_HEADINGS } from "./format-summary";

/** Workbook-level name that marks the summary sheet this tool created (so a rerun replaces only its own sheet). */
export const SUMMARY_MARKER = "InventoryRowsSummarySheet";
export const DEFAULT_MONEY_FORMAT = "#,##0.00";
export const MARGIN_FORMAT = "0.0%";

export interface SummarySheetInput {
  summary: CategorySummary;
  /** Preferred sheet name (`Inventory summary`). */
  sheetName: string;
  /** "Stock (inventory.xlsx)": what the title says was summarized. */
  source: string;
  /** Number format of the source's money column, when it has one. */
  moneyFormat?: string;
  now: Date;
}

/**
 * Writes the category summary into `workbook` as the add-in does in Excel: a title, the source,
 * rows counted and excluded, the time, then an Excel table with the SPEC §5 columns and a totals
 * row (sums that recalculate, cached with the exact totals). Category names are text cells
 * formatted `@`, never formulas. A sheet of that name that this tool did not create is left
 * alone: the report goes to `Name (2)`, `Name (3)`, …. Returns the sheet name used.
 */
export function writeSummarySheet(workbook: ExcelJS.Workbook, input: SummarySheetInput): string {
  const sheetName = chooseSheet(workbook, input.sheetName);
  const sheet = workbook.addWorksheet(sheetName);
  markAsOurs(workbook, sheetName);
  const money = input.moneyFormat ?? DEFAULT_MONEY_FORMAT;
  const { summary } = input;

  sheet.getCell("A1").value = "Inventory summary";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const facts: [string, string | number | Date, string?][] = [
    ["Source", input.source, "@"],
    ["Rows counted", summary.countedRows, "#,##0"],
    ["Rows excluded (errors)", summary.excludedRows, "#,##0"],
    ["Created", wallClock(input.now), "yyyy-mm-dd hh:mm"],
  ];
  facts.forEach(([label, value, format], i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = label;
    row.getCell(2).value = value;
    if (format) row.getCell(2).numFmt = format;
  });

  const top = 7;
  const tableName = uniqueTableName(workbook, "InventorySummary");
  const formats = ["@", "#,##0", "#,##0", "#,##0", "#,##0", money, money, money, MARGIN_FORMAT, money];
  const totals = summary.totals;
  const col = (name: string) => `${tableName}[${name}]`;
  const sub = (name: string) => `SUBTOTAL(109,${col(name)})`;
  sheet.addTable({
    name: tableName,
    ref: `A${top}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: SUMMARY_HEADINGS.map((name, i) => {
      const base = { name, filterButton: true, style: { numFmt: formats[i] } };
      if (i === 0) return { ...base, totalsRowLabel: TOTAL };
      if (name === "Margin") {
        return { ...base, totalsRowFunction: "custom" as const, totalsRowFormula: `IF(${sub("Income")}=0,"",${sub("Net")}/${sub("Income")})`, totalsRowResult: totals.margin ?? "" };
      }
      if (name === "Income per unit") {
        return { ...base, totalsRowFunction: "custom" as const, totalsRowFormula: `IF(${sub("Units")}=0,"",${sub("Income")}/${sub("Units")})`, totalsRowResult: totals.incomePerUnit ?? "" };
      }
      return { ...base, totalsRowFunction: "sum" as const, totalsRowResult: numbersOf(totals)[i] };
    }) as ExcelJS.TableColumnProperties[],
    rows: summary.categories.map((line) => numbersOf(line)),
  });
  sheet.getColumn(1).width = 30;
  for (let c = 2; c <= SUMMARY_HEADINGS.length; c++) sheet.getColumn(c).width = 15;
  return sheetName;
}

/** One table row: the category as text, then the numbers (empty where the margin or per-unit figure is undefined). */
function numbersOf(line: SummaryLine): (string | number)[] {
  return [
    String(line.category),
    line.records,
    line.serializedRecords,
    line.aggregatedRecords,
    line.units,
    line.income,
    line.expense,
    line.net,
    line.margin ?? "",
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
