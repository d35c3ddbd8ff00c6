import ExcelJS from "exceljs";
import type { CellValue, SettingsInput } from "../core";
import { tableRegion, type ColumnRows, type OutsideCells, type SparseCells } from "./table-region";
import { denseRow, rowCells } from "./row-cells";
import { CliError } from "./cli-error";
import { toOfficeValue } from "./xlsx-values";

/** A worksheet's used values, as the add-in would read them from Excel. */
export interface SheetGrid {
  sheetName: string;
  grid: CellValue[][];
  /** 1-based Excel row and column of `grid[0][0]`: the top-left used cell. */
  originRow: number;
  originColumn: number;
  /** Values left out because they lie far outside the inventory (named once in the report). */
  outside?: OutsideCells;
}

/** "PK": every zip archive (a local file header, or the end record of an empty one) starts with it. */
const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Loads an .xlsx workbook, or throws a one-line CliError saying why it cannot be read. */
export async function loadWorkbook(bytes: Buffer, label: string): Promise<ExcelJS.Workbook> {
  assertLooksLikeXlsx(bytes, label);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new CliError(`${label} is damaged and cannot be read as an .xlsx workbook (${firstLine(error)})`);
  }
  if (workbook.worksheets.length === 0) throw new CliError(`${label} holds no worksheets`);
  return workbook;
}

/** The sheet named `name` (case-insensitive, as Excel compares names), else the active sheet. */
export function pickWorksheet(workbook: ExcelJS.Workbook, name: string | undefined, label: string): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (name !== undefined) {
    const found = sheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new CliError(`${label} has no sheet "${name}"; its sheets are: ${sheets.map((ws) => ws.name).join(", ")}`);
    return found;
  }
  const active = workbook.views?.[0]?.activeTab ?? 0;
  return sheets[active] ?? sheets[0];
}

/**
 * The inventory's values (tableRegion: the header's columns down to their last row, or the used
 * range when all cells lie together), like the add-in's read of the same sheet.
 */
export function readSheetGrid(worksheet: ExcelJS.Worksheet, date1904: boolean, onRow?: (row: number) => void, mapping?: SettingsInput["mapping"]): SheetGrid {
  const builder = new GridBuilder(date1904, onRow, mapping);
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => builder.add(row, rowNumber));
  return builder.finish(worksheet.name);
}

/** Collects rows as they are read (all at once or streamed), sparse, then cuts the inventory's grid from them. */
export class GridBuilder {
  private readonly rows: SparseCells = new Map();
  private readonly columns: ColumnRows = { first: new Map(), last: new Map() };
  /** The row being added: its non-empty cells' columns and values, reused from row to row. */
  private readonly rowColumns: number[] = [];
  private readonly rowValues: CellValue[] = [];

  constructor(
    private readonly date1904: boolean,
    private readonly onRow?: (row: number) => void,
    private readonly mapping?: SettingsInput["mapping"],
  ) {}

  add(row: ExcelJS.Row, rowNumber: number): void {
    this.onRow?.(rowNumber);
    this.rowColumns.length = 0;
    this.rowValues.length = 0;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = toOfficeValue(cell, this.date1904);
      if (value === "" || value === null || value === undefined) return;
      this.rowColumns.push(columnNumber);
      this.rowValues.push(value);
      if (!this.columns.first.has(columnNumber)) this.columns.first.set(columnNumber, rowNumber);
      this.columns.last.set(columnNumber, rowNumber);
    });
    if (this.rowColumns.length > 0) this.rows.set(rowNumber, rowCells(this.rowColumns, this.rowValues));
  }

  finish(sheetName: string): SheetGrid {
    const region = tableRegion(this.rows, this.columns, this.mapping);
    if (!region) return { sheetName, grid: [], originRow: 1, originColumn: 1 };
    const grid: CellValue[][] = [];
    // Each row leaves the store as the grid takes it, so the two never both hold the sheet.
    for (let r = region.top; r <= region.bottom; r++) {
      grid.push(denseRow(this.rows.get(r), region.left, region.right));
      this.rows.delete(r);
    }
    this.rows.clear();
    const read: SheetGrid = { sheetName, grid, originRow: region.top, originColumn: region.left };
    return region.outside ? { ...read, outside: region.outside } : read;
  }
}

/** Parts of an .xlsx that exceljs does not carry into a workbook it writes, by the names their zip entries start with. */
const PARTS_NOT_KEPT: [prefix: string, what: string][] = [
  ["xl/charts/", "charts"],
  ["xl/pivotTables/", "pivot tables"],
  ["xl/slicers/", "slicers"],
  ["xl/vbaProject.bin", "macros"],
  ["xl/ctrlProps/", "form controls"],
  ["xl/webextensions/", "add-in settings"],
];

/**
 * What a copy written by exceljs would lose from this package (charts, pivot tables, …).
 * Zip entry names are stored uncompressed, so a byte search finds them.
 */
export function partsNotKept(bytes: Buffer): string[] {
  return PARTS_NOT_KEPT.filter(([prefix]) => bytes.includes(prefix)).map(([, what]) => what);
}

/** Throws a CliError unless the bytes start like an .xlsx (a zip), naming encrypted workbooks. */
export function assertLooksLikeXlsx(bytes: Uint8Array, label: string): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new CliError(`${label} is password-protected (encrypted) or an old .xls file: open it in Excel and save it as an unprotected .xlsx`);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new CliError(`${label} is not an .xlsx workbook (the file is not a zip package)`);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 160);
}
