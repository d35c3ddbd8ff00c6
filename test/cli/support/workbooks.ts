import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../../../src/core";

/** A temporary folder removed by `cleanup()`. */
export function tempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "inventory-rows-cli-"));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The test workbook: a "Notes" sheet first (a formula pointing into the stock), then the active
 * "Stock" sheet with a title row, a header in row 3 and rows 4-7:
 *   4 Ski poles  3  "POLE-01, POLE-02"  Skis     120.50  10      =E4*2
 *   5 Laptop     1  "00123" (text)      "=1+1"    99.99   0      =E5*2
 *   6 Helmets    2  rich "H1, H2"       Helmets   10.01   1      =E6*2
 *   7 Car        1  "VIN-9"             Cars     500     120.25  =E7*2
 * plus, with `errorRow`, row 8: a `#N/A` code.
 */
export async function writeStockWorkbook(file: string, options: { errorRow?: boolean } = {}): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = "Total income";
  notes.getCell("B1").value = { formula: "SUM(Stock!E4:E7)", result: 730.5 } as ExcelJS.CellFormulaValue;
  const stock = workbook.addWorksheet("Stock");
  workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
  stock.getCell("A1").value = "Stock list";
  stock.getRow(3).values = ["Name", "Qty", "Codes", "Category", "Income", "Expense", "Double", "Bought"];
  const rows: [string, number, ExcelJS.CellValue, string, number, number][] = [
    ["Ski poles", 3, "POLE-01, POLE-02", "Skis", 120.5, 10],
    ["Laptop", 1, "00123", "=1+1", 99.99, 0],
    ["Helmets", 2, { richText: [{ text: "H1, " }, { font: { bold: true }, text: "H2" }] }, "Helmets", 10.01, 1],
    ["Car", 1, "VIN-9", "Cars", 500, 120.25],
  ];
  if (options.errorRow) rows.push(["Broken", 1, { error: "#N/A" } as ExcelJS.CellErrorValue, "Cars", 1, 1]);
  rows.forEach((values, i) => {
    const r = i + 4;
    const row = stock.getRow(r);
    values.forEach((v, c) => (row.getCell(c + 1).value = v));
    row.getCell(3).numFmt = "@";
    row.getCell(5).numFmt = '"$"#,##0.00';
    row.getCell(7).value = { formula: `E${r}*2`, result: (values[4] as number) * 2 } as ExcelJS.CellFormulaValue;
    row.getCell(8).value = new Date(Date.UTC(2024, 0, 1 + i));
    row.getCell(8).numFmt = "yyyy-mm-dd";
  });
  await workbook.xlsx.writeFile(file);
}

/** Reads a sheet of a written workbook back with exceljs. */
export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** An in-memory CliIO that records what was printed. */
export function captureIO(cwd: string, extra: { stderrIsTTY?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      cwd,
      now: () => new Date(2026, 10, 27, 9, 30),
      ...extra,
    },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

/** The values of a sheet row as plain JS (formulas as `{formula}` objects). */
export function rowValues(sheet: ExcelJS.Worksheet, row: number, columns: number): CellValue[] | unknown[] {
  return Array.from({ length: columns }, (_, c) => sheet.getRow(row).getCell(c + 1).value);
}

/** The used range Excel reads from a written sheet: the `<dimension ref>` of its XML, read from the zip itself. */
export async function usedRangeOf(file: string, sheetName: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const id = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const relation = [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${id}"`)) ?? "";
  const target = (/Target="([^"]+)"/.exec(relation)?.[1] ?? "").replace(/^\/?(xl\/)?/, "xl/");
  const sheet = (await zip.file(target)?.async("string")) ?? "";
  return /<dimension ref="([^"]+)"/.exec(sheet)?.[1];
}
