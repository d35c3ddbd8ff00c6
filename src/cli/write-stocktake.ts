/**
 * `stocktake --out` (design.md §26): the report as a workbook (one sheet named in the run's
 * language: a title block, the table per category, then every record and finding), or the
 * findings table alone as .csv, .tsv, .txt or .json through the report-table writer. Text cells
 * are `@` and values, never formulas, as in every report workbook (write-table.ts).
 */
import ExcelJS from "exceljs";
import { isEmpty, textIn, TIME_FORMAT, type CellValue, type StocktakeResult } from "../core";
import { writeOutput } from "./out-file";
import type { OutputKind } from "./output-kind";
import { categoryIn, findingHeadings, findingRows } from "./stocktake-findings";
import { writeReportTable } from "./write-table";

export interface StocktakeOut {
  result: StocktakeResult;
  /** The inventory's sheet (or file) name, for the title block. */
  source: string;
  excelRow: (row: number) => number;
  lang: string;
  locale: string;
  now: Date;
}

export function writeStocktake(target: string, kind: OutputKind, out: StocktakeOut): Promise<void> {
  const sheetName = textIn(out.lang, "stocktake-sheet-name");
  const table = { sheetName, headers: findingHeadings(out.lang), rows: findingRows(out.result, out.lang, out.excelRow) };
  if (kind !== "xlsx") return writeReportTable(target, kind, table, out.locale);
  return writeOutput(target, (temp) => stocktakeWorkbook(out, sheetName, table.headers, table.rows).xlsx.writeFile(temp));
}

function stocktakeWorkbook(out: StocktakeOut, sheetName: string, headers: readonly string[], findings: readonly CellValue[][]): ExcelJS.Workbook {
  const t = (id: Parameters<typeof textIn>[1]) => textIn(out.lang, id);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  const put = (r: number, values: readonly CellValue[], bold = false) => {
    const row = sheet.getRow(r);
    values.forEach((value, c) => {
      if (isEmpty(value)) return;
      const cell = row.getCell(c + 1);
      if (typeof value === "string") cell.numFmt = "@";
      cell.value = value;
      if (bold) cell.font = { bold: true };
    });
  };
  put(1, [t("stocktake-label-source-sheet"), out.source]);
  put(2, [t("stocktake-label-scans"), out.result.scans.length]);
  put(3, [t("stocktake-label-created")]);
  const created = sheet.getCell(3, 2);
  created.value = wallClock(out.now);
  created.numFmt = TIME_FORMAT;
  let r = 5;
  put(r++, [t("stocktake-heading-category"), t("stocktake-heading-expected"), t("stocktake-heading-counted"), t("stocktake-heading-missing")], true);
  const total = [0, 0, 0];
  for (const c of out.result.categories) {
    put(r++, [categoryIn(out.lang, c.category), c.expected, c.counted, c.missing]);
    total[0] += c.expected;
    total[1] += c.counted;
    total[2] += c.missing;
  }
  put(r++, [t("summary-line-total"), ...total], true);
  r++;
  put(r++, headers, true);
  for (const row of findings) put(r++, row);
  [16, 10, 20, 24, 34, 10, 10, 10].forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  return workbook;
}

/** The local time as Excel shows a date cell: the wall clock's fields, stored as if UTC. */
function wallClock(now: Date): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes(), now.getSeconds()));
}
