import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { CellValue } from "../core";
import { CliError } from "./cli-error";
import { decodeText } from "./decode-text";
import { parseJsonGrid, type JsonShape } from "./read-json";
import type { ExcelChange } from "./excel-changes";
import type { Delimiter } from "./csv-delimiter";
import { parseCsvLikeExcel, parseCsvVerbatim, type CellFormat, type CsvSplitOptions } from "./read-csv";
import { assertLooksLikeXlsx, loadWorkbook, partsNotKept, pickWorksheet, readSheetGrid } from "./read-xlsx";
import { streamSheetGrid } from "./read-xlsx-stream";
import { assertFitsOnSheet } from "./sheet-limits";
import { narrowToTable } from "./table-range";
import type { OutsideCells } from "./table-region";
import type { SettingsInput } from "../core";
import type { CopyPurpose, XlsxPackage } from "./xlsx-package/package-input";
import { readForCopy } from "./xlsx-package/read-for-copy";

export type InputKind = "xlsx" | "csv" | "json";

/** A file read into the grid the engine checks, plus the workbook when it was an .xlsx. */
export interface LoadedInput {
  kind: InputKind;
  /** Absolute path of the file. */
  path: string;
  sheetName: string;
  grid: CellValue[][];
  /** 1-based Excel row and column of `grid[0][0]`. */
  originRow: number;
  originColumn: number;
  /** Size of the file in bytes. */
  bytes: number;
  /** The loaded workbook (xlsx only), kept so writes preserve everything else in it. */
  workbook?: ExcelJS.Workbook;
  worksheet?: ExcelJS.Worksheet;
  /** What a written copy of this workbook would not keep ("charts", "macros"); empty for .csv/.json. */
  notKept: string[];
  /** .csv only: the number formats Excel gives typed cells (dates, %, $), for a written copy. */
  formats?: CellFormat[];
  /** .csv read as Excel opens it: the cells whose value Excel's reading changes, with the file's text. */
  changes: ExcelChange[];
  /** .csv/.tsv/.txt only: the field separator the file was split on. */
  delimiter?: string;
  /** .csv/.tsv/.txt read with `keepFields`: each row's fields as the file writes them, for a copy in the file's own text. */
  texts?: string[][];
  /** .json only: rows of cells, or one object per row keyed by header. */
  jsonShape?: JsonShape;
  /** .xlsx only: values far outside the inventory that were not read (the first, and how many more). */
  outside?: OutsideCells;
  /**
   * .xlsx read for --out by streaming (no `workbook`), when the copy is written part by part
   * (src/cli/xlsx-package): the input package and the sheet's part.
   */
  package?: XlsxPackage;
}

/** Which reader a file name calls for, or a CliError for formats we do not read. */
export function inputKindOf(file: string): InputKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".csv" || TAB_SEPARATED.includes(ext)) return "csv";
  if (ext === ".json") return "json";
  if (ext === ".xls") throw new CliError(`${file}: old .xls workbooks are not read; open it in Excel and save it as .xlsx`);
  throw new CliError(`${file}: use an .xlsx, .csv, .tsv, .txt or .json file`);
}

/** Text files whose fields are split on tabs (Excel's "Text (Tab delimited)"), read otherwise as a .csv. */
const TAB_SEPARATED = [".tsv", ".txt"];

/** The delimiter a file's name implies: tab for .tsv and .txt; none for a .csv (guessed from its lines). */
export function delimiterOfName(file: string): Delimiter | undefined {
  return TAB_SEPARATED.includes(path.extname(file).toLowerCase()) ? "\t" : undefined;
}

/** Excel names the single sheet of an opened CSV after the file (at most 31 characters). */
export function sheetNameForFile(file: string): string {
  return path.basename(file, path.extname(file)).replace(/[\\/?*[\]:]/g, "_").slice(0, 31) || "Sheet1";
}

/**
 * Reads FILE as Excel would show it. Every failure (missing, empty, binary, corrupt,
 * encrypted, unknown sheet) is a one-line CliError. `whole` loads the entire workbook
 * (needed to write a changed copy); otherwise an .xlsx is streamed when possible. In an
 * .xlsx, an Excel table with quantity and codes headers is read instead of the used range.
 * `excelReading: false` reads a .csv as it stands instead of as Excel opens it. A .csv's numbers
 * are read in `locale` (default en-US) and its fields split on `delimiter` (default: tab for a
 * .tsv or .txt, guessed for a .csv). A .tsv or .txt is otherwise read exactly as a .csv.
 */
export async function readInput(
  file: string,
  cwd: string,
  options: {
    sheet?: string; onRow?: (row: number) => void; whole?: boolean; mapping?: SettingsInput["mapping"]; excelReading?: boolean; locale?: string; delimiter?: Delimiter;
    /** Keep a delimited file's fields as written (`texts`): only a text copy needs them, and they cost memory. */
    keepFields?: boolean;
    /** An .xlsx copy is to be written: stream it and keep the package when the copy can be written part by part (`package`). */
    copyFor?: CopyPurpose;
  } = {},
): Promise<LoadedInput> {
  const { sheet, onRow, mapping } = options;
  const kind = inputKindOf(file);
  const full = path.resolve(cwd, file);
  const bytes = await readBytes(full, file);
  // Excel tables (ListObjects) are only seen by the whole-workbook reader.
  const whole = options.whole !== false || bytes.includes("xl/tables/");
  if (kind === "xlsx" && options.copyFor) {
    const copied = await readForCopy(bytes, file, options.copyFor, { sheet, onRow, mapping });
    if (copied) return { kind, path: full, ...copied.read, bytes: bytes.length, notKept: [], changes: [], package: copied.pkg };
  }
  if (kind === "xlsx" && !whole) {
    assertLooksLikeXlsx(bytes, file);
    const streamed = await streamSheetGrid(bytes, sheet, file, onRow, mapping);
    // An empty result may be a cut-off sheet the streaming parser gave up on quietly: the whole
    // reader tells a damaged sheet from an empty one (and an empty sheet is small to load).
    if (streamed && streamed.grid.length > 0) return { kind, path: full, ...streamed, bytes: bytes.length, notKept: [], changes: [] };
  }
  if (kind === "xlsx") {
    const workbook = await loadWorkbook(bytes, file);
    const worksheet = pickWorksheet(workbook, sheet, file);
    const date1904 = Boolean(workbook.properties?.date1904);
    const read = narrowToTable(readSheetGrid(worksheet, date1904, onRow, mapping), worksheet, mapping);
    return { kind, path: full, ...read, bytes: bytes.length, workbook, worksheet, notKept: partsNotKept(bytes), changes: [] };
  }
  const text = decodeText(bytes);
  if (text === null) throw new CliError(`${file} is not a text file (it holds binary data)`);
  const sheetName = sheetNameForFile(file);
  if (sheet !== undefined && sheet.toLowerCase() !== sheetName.toLowerCase()) {
    throw new CliError(`${file} has one sheet, "${sheetName}"; --sheet ${sheet} does not exist`);
  }
  // Formats only matter for a written copy.
  const formats: CellFormat[] = [];
  const onFormat = options.whole === false ? undefined : (cell: CellFormat) => void formats.push(cell);
  const changes: ExcelChange[] = [];
  const onChange = (change: ExcelChange) => void changes.push(change);
  let delimiter: string | undefined;
  const texts: string[][] | undefined = options.keepFields && kind === "csv" ? [] : undefined;
  const split: CsvSplitOptions = {
    onRow, locale: options.locale, delimiter: options.delimiter ?? delimiterOfName(file), onDelimiter: (d) => void (delimiter = d), onFields: texts && ((f) => void texts.push(f)),
  };
  let grid: CellValue[][];
  let jsonShape: JsonShape | undefined;
  if (kind === "json") grid = parseJsonGrid(text, file, (shape) => void (jsonShape = shape));
  else if (options.excelReading === false) grid = parseCsvVerbatim(text, split);
  else grid = parseCsvLikeExcel(text, { ...split, onFormat, onChange });
  assertFitsOnSheet(grid, file);
  return { kind, path: full, sheetName, grid, originRow: 1, originColumn: 1, bytes: bytes.length, notKept: [], formats, changes, delimiter, texts, jsonShape };
}

async function readBytes(full: string, label: string): Promise<Buffer> {
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new CliError(`${label} is a folder, not a file`);
    if (info.size === 0) throw new CliError(`${label} is empty`);
    return await readFile(full);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${label}: no such file`);
    if (code === "EACCES" || code === "EPERM") throw new CliError(`${label}: permission denied`);
    throw new CliError(`${label} cannot be read (${code ?? (error as Error).message})`);
  }
}
