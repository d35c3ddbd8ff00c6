/**
 * Workbooks for the part-by-part .xlsx copy (src/cli/xlsx-package): generated inventories with
 * styles, heights, shared and inline strings and a second sheet, run through `main` on both paths
 * and read back cell by cell.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { main } from "../../../src/cli/main";
import { captureIO, readBack } from "./workbooks";

export interface StyleSpec {
  numFmt?: string;
  bold?: boolean;
  fill?: string;
}

export interface RowSpec {
  name: string;
  qty: number | string;
  codes: ExcelJS.CellValue;
  category: string;
  income: number | string;
  note: string | null;
  height?: number;
  /** Hidden, or grouped one level down: moved rows keep these, copies do not (workbook-rows.ts). */
  hidden: boolean;
  outlineLevel: number;
  styles: (StyleSpec | null)[];
}

export interface BookSpec {
  titleRows: number;
  rows: RowSpec[];
  otherFirst: boolean;
  /** Strings of even rows stored inline (`t="inlineStr"`) instead of shared. */
  inline: boolean;
  /** A column style (`<col style>`) on the codes column, which new cells there take. */
  codesColumnItalic: boolean;
}

const HEADER = ["Name", "Qty", "Codes", "Category", "Income", "Note"];
const NAMES = ["Poles", "Bolt <M8> & nut", "Helmet", "Skis"];

const style: fc.Arbitrary<StyleSpec | null> = fc.option(
  fc.record(
    { numFmt: fc.constantFrom("0.00", '"$"#,##0.00', "yyyy-mm-dd", "@", "00000"), bold: fc.boolean(), fill: fc.constantFrom("FFFFFF00", "FF00B0F0") },
    { requiredKeys: [] },
  ),
  { freq: 2 },
);

/** Codes for a row of `qty` pieces: a list, nothing, a number, or a list with the wrong separator. */
function codesFor(kind: number, qty: number, n: number): ExcelJS.CellValue {
  const list = Array.from({ length: qty }, (_, k) => `C${n}-${k + 1}`);
  if (kind === 0) return list.join(", ");
  if (kind === 1) return null;
  if (kind === 2) return 4000 + n;
  return list.join("; ");
}

const row: fc.Arbitrary<Omit<RowSpec, "codes"> & { kind: number }> = fc.record({
  name: fc.constantFrom(...NAMES),
  qty: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant("2")),
  kind: fc.integer({ min: 0, max: 3 }),
  category: fc.constantFrom("Skis", "Tools"),
  income: fc.oneof(fc.constantFrom(10, 12.5, 0.25), fc.constant("12.50")),
  note: fc.option(fc.constantFrom("fragile", "  spaced  ", "€ 5 – “ok”"), { freq: 3 }),
  height: fc.option(fc.constantFrom(18, 30.75), { nil: undefined, freq: 3 }),
  hidden: fc.constantFrom(false, false, true),
  outlineLevel: fc.constantFrom(0, 0, 0, 1),
  styles: fc.array(style, { minLength: 6, maxLength: 6 }),
});

export const bookSpec: fc.Arbitrary<BookSpec> = fc.record({
  titleRows: fc.integer({ min: 0, max: 2 }),
  rows: fc.array(row, { minLength: 2, maxLength: 7 }).map((rows) =>
    rows.map(({ kind, ...r }, n) => ({ ...r, codes: codesFor(kind, typeof r.qty === "number" ? r.qty : 2, n) })),
  ),
  otherFirst: fc.boolean(),
  inline: fc.boolean(),
  codesColumnItalic: fc.boolean(),
});

/** Writes the workbook `spec` describes; returns the Excel rows of its data. */
export async function writeBook(file: string, spec: BookSpec): Promise<number[]> {
  const workbook = new ExcelJS.Workbook();
  const addOther = () => {
    const other = workbook.addWorksheet("Other");
    other.getCell("A1").value = "Kept as it is";
    other.getCell("B2").value = 42;
    other.getRow(2).height = 25;
  };
  if (spec.otherFirst) addOther();
  const sheet = workbook.addWorksheet("Stock");
  if (!spec.otherFirst) addOther();
  workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: spec.otherFirst ? 1 : 0, visibility: "visible" }];
  if (spec.titleRows > 0) sheet.getCell("A1").value = "Stock list";
  const header = spec.titleRows + 1;
  sheet.getRow(header).values = HEADER;
  // Cell by cell: a row's own style (`<row s>`) takes the whole path.
  HEADER.forEach((_, c) => (sheet.getRow(header).getCell(c + 1).font = { bold: true }));
  spec.rows.forEach((r, i) => {
    const excelRow = sheet.getRow(header + 1 + i);
    [r.name, r.qty, r.codes, r.category, r.income, r.note].forEach((v, c) => {
      const cell = excelRow.getCell(c + 1);
      if (v !== null) cell.value = v;
      const s = r.styles[c];
      if (s?.numFmt) cell.numFmt = s.numFmt;
      if (s?.bold) cell.font = { bold: true };
      if (s?.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: s.fill } };
    });
    if (r.height !== undefined) excelRow.height = r.height;
    if (r.hidden) excelRow.hidden = true;
    if (r.outlineLevel > 0) excelRow.outlineLevel = r.outlineLevel;
  });
  if (spec.codesColumnItalic) sheet.getColumn(3).font = { italic: true };
  await workbook.xlsx.writeFile(file);
  await markAndInline(file, spec.inline);
  return spec.rows.map((_, i) => header + 1 + i);
}

/** A comment in docProps/core.xml that exceljs does not write back: a copy holding it was made part by part. */
export const KEPT_MARK = "<!-- copied part by part -->";

/** Marks docProps/core.xml (KEPT_MARK); with `inline`, rewrites the shared strings of even rows as inline strings. */
async function markAndInline(file: string, inline: boolean): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  zip.file("docProps/core.xml", core.replace("?>", `?>${KEPT_MARK}`));
  if (!inline) {
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    return;
  }
  const shared = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  const texts = [...shared.matchAll(/<si>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>[\s\S]*?<\/si>/g)].map((m) => m[1]);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const inlined = xml.replace(/<c r="([A-Z]+)(\d+)"((?: s="\d+")?) t="s"><v>(\d+)<\/v><\/c>/g, (whole, col: string, r: string, s: string, index: string) =>
      Number(r) % 2 === 0 ? `<c r="${col}${r}"${s} t="inlineStr"><is><t xml:space="preserve">${texts[Number(index)]}</t></is></c>` : whole,
    );
    zip.file(name, inlined);
  }
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Every sheet of a written workbook, read back: names in order, each cell's value, format, font and fill, row heights, hidden rows and outline levels. */
export async function snapshot(file: string): Promise<unknown[]> {
  const workbook = await readBack(file);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[] = [];
    // Read before the loop: getRow makes the rows it is asked for.
    const lastRow = sheet.rowCount + 1;
    const lastColumn = Math.max(sheet.columnCount, 8);
    for (let r = 1; r <= lastRow; r++) {
      const row = sheet.getRow(r);
      const cells = [];
      for (let c = 1; c <= lastColumn; c++) {
        const { value, numFmt, font, fill } = row.getCell(c);
        cells.push({ value: value ?? null, numFmt: numFmt ?? null, font: font ?? null, fill: fill ?? null });
      }
      // exceljs rows, not Office.js proxies: nothing to load or sync.
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      rows.push({ r, height: row.height ?? null, hidden: Boolean(row.hidden), outlineLevel: row.outlineLevel ?? 0, cells });
    }
    return { name: sheet.name, rows };
  });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command line in `dir`, on the part-by-part path or (`whole`) the whole-workbook path. */
export async function runIn(dir: string, argv: string[], whole = false): Promise<Run> {
  const run = captureIO(dir);
  const code = await main(argv, { ...run.io, wholeWorkbook: whole });
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** Whether `part` of two packages holds the same bytes (uncompressed). */
export async function samePart(one: string, two: string, part: string): Promise<boolean> {
  const [a, b] = await Promise.all([one, two].map(async (f) => (await JSZip.loadAsync(readFileSync(f))).file(part)?.async("nodebuffer")));
  return a !== undefined && b !== undefined && a.equals(b);
}
