/** Workbooks and packages for the summary-into-package tests (test/cli/package-summary*.test.ts). */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { openZip, entryText, findEntry } from "../../src/cli/zip/zip-read";
import type { XlsxPackage } from "../../src/cli/xlsx-package/package-input";

/** The package of an .xlsx file with `sheet` as the sheet read (exceljs's layout: xl/workbook.xml and its rels). */
export function packageOf(bytes: Buffer, sheet: string): XlsxPackage {
  const zip = openZip(bytes);
  if (!zip) throw new Error("not a package the zip reader opens");
  const workbook = entryText(zip, findEntry(zip, "xl/workbook.xml")!);
  const rels = entryText(zip, findEntry(zip, "xl/_rels/workbook.xml.rels")!);
  const escaped = sheet.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const rId = new RegExp(`<sheet [^>]*name="${escaped.replace(/[()[\]]/g, "\\$&")}"[^>]*r:id="(\\w+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return { zip, sheetName: sheet, sheetPart: `xl/${target.replace(/^\/?xl\//, "")}`, workbookPart: "xl/workbook.xml", stylesPart: findEntry(zip, "xl/styles.xml") ? "xl/styles.xml" : undefined };
}

export function packageOfFile(file: string, sheet: string): XlsxPackage {
  return packageOf(readFileSync(file), sheet);
}

export interface ShapeOptions {
  /** Rows of inventory under the header. */
  rows: number;
  /** The money columns' number format. */
  moneyFormat: string;
  /** Sheets before the stock sheet (their names). */
  before: string[];
  /** A table on the first other sheet with this name. */
  tableName?: string;
  date1904?: boolean;
}

const CATEGORIES = ["Skis", "Boots", "Helmets & <caps>", "Poles"];

/**
 * A workbook with other sheets (text in shared strings, a custom number format, an italic font,
 * a defined name on the first), a stock sheet "Stock" (title row, header in row 2) and a sheet after it.
 */
export async function writeShapedWorkbook(file: string, o: ShapeOptions): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  if (o.date1904) workbook.properties.date1904 = true;
  for (const [i, name] of o.before.entries()) {
    const sheet = workbook.addWorksheet(name);
    sheet.getCell("A1").value = `Notes ${i}`;
    sheet.getCell("A1").font = { italic: true, color: { argb: "FF0000FF" } };
    sheet.getCell("B2").value = 1234.5;
    sheet.getCell("B2").numFmt = '0.000" kg"';
    if (i === 0) workbook.definedNames.add(`'${name.replace(/'/g, "''")}'!$B$2`, "Weight");
    if (i === 0 && o.tableName) {
      sheet.addTable({ name: o.tableName, ref: "D1", headerRow: true, columns: [{ name: "Key" }, { name: "Value" }], rows: [["a", 1], ["b", 2]] });
    }
  }
  const stock = workbook.addWorksheet("Stock");
  stock.getCell("A1").value = "Stock list";
  stock.getCell("A1").font = { bold: true, size: 14 };
  stock.getRow(2).values = ["Name", "Category", "Qty", "Codes", "Income", "Expense"];
  for (let r = 0; r < o.rows; r++) {
    const row = stock.getRow(r + 3);
    row.values = [`Item ${r}`, CATEGORIES[r % CATEGORIES.length], 1, `C-${r}`, 10 + (r % 7) * 1.25, (r % 3) * 0.5];
    row.getCell(5).numFmt = o.moneyFormat;
    row.getCell(6).numFmt = o.moneyFormat;
  }
  workbook.addWorksheet("After").getCell("C3").value = "after";
  workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: o.before.length, visibility: "visible" }];
  await workbook.xlsx.writeFile(file);
}
