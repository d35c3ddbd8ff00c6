/** What the summary oracle compares between the part-by-part and the whole-workbook outputs, read back with exceljs. */
import { readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { openZip, rawData, type ZipSource } from "../../src/cli/zip/zip-read";

/** Every cell of a sheet as `A1=value numFmt bold`, over the larger of the two sheets' extents. */
export function cellsOf(sheet: ExcelJS.Worksheet, rows: number, columns: number): string[] {
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns; c++) {
    const { address, value, numFmt, font } = sheet.getCell(r, c);
    const shown = value instanceof Date ? value.toISOString() : JSON.stringify(value);
    // exceljs, not Office.js: nothing to load or sync.
    // eslint-disable-next-line office-addins/call-sync-before-read
    out.push(`${address}=${shown} ${value === null ? "" : (numFmt ?? "General")}${font?.bold ? " bold" : ""}`);
  }
  return out;
}

/** A sheet's tables as exceljs reads them, number formats by code (ids depend on the order formats were met). */
export function tablesOf(sheet: ExcelJS.Worksheet): unknown {
  const tables = (sheet as unknown as { tables: Record<string, { model: Record<string, unknown> }> }).tables;
  return Object.values(tables).map(({ model }) => {
    const { name, displayName, tableRef, autoFilterRef, headerRow, totalsRow, style, columns } = model;
    const byCode = JSON.stringify(columns, (key, value: unknown) => (value && typeof value === "object" && "formatCode" in value ? (value as { formatCode: string }).formatCode : value));
    return { name, displayName, tableRef, autoFilterRef, headerRow, totalsRow, style, columns: JSON.parse(byCode) as unknown };
  });
}

/** Everything the oracle compares of a workbook: sheet order, cells, widths, tables, defined names. */
export function workbookFacts(workbook: ExcelJS.Workbook, extent: { rows: number; columns: number }): unknown {
  return {
    sheets: workbook.worksheets.map((ws) => ws.name),
    cells: workbook.worksheets.map((ws) => cellsOf(ws, Math.max(extent.rows, ws.rowCount), extent.columns)),
    widths: workbook.worksheets.map((ws) => Array.from({ length: extent.columns }, (_, c) => ws.getColumn(c + 1).width ?? null)),
    tables: workbook.worksheets.map(tablesOf),
    names: workbook.definedNames.model,
  };
}

/** Each worksheet part of `input` whose compressed bytes (and CRC) lie unchanged in `output`. */
export function sheetPartsKept(input: string, output: string): { kept: string[]; sheets: string[] } {
  const [a, b] = [openZip(readFileSync(input)), openZip(readFileSync(output))] as ZipSource[];
  const sheets = a.entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name)).map((e) => e.name);
  const kept = sheets.filter((name) => {
    const [from, to] = [a.entries.find((e) => e.name === name)!, b.entries.find((e) => e.name === name)];
    return to !== undefined && to.crc32 === from.crc32 && rawData(a, from).equals(rawData(b, to));
  });
  return { kept, sheets };
}
