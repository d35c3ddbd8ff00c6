/**
 * Reads the inventory of a sheet: the Excel table with the required headers if
 * there is one, else the used range (values only) including title rows above the
 * header. One sync for the sheet's shape, then one sync per block of rows.
 */
import { detectTable, type CellValue, type SettingsInput } from "../core";
import { cellAddress, parseArea, splitAreas, stripSheet, type Rect } from "./addresses";
import { failedSyncCode, isExcelApiSupported, isPayloadTooLarge, syncStep } from "./office-run";
import { SUMMARY_IDS_KEY, SUMMARY_TAG, summaryMap } from "./summary-ids";

/** Where the add-in keeps its settings in the workbook. */
export const SETTINGS_KEY = "inventoryRows.settings";

/** Rows per block to start with: ~10,000 rows × a dozen columns stays well under 5 MB. */
export const FIRST_BLOCK_ROWS = 10_000;

/**
 * Cells per block: a block holds at most this many cells, so a wide sheet (a stray
 * value in XFD1 makes the used range 16,384 columns wide) gets blocks of a few rows,
 * far under Excel's five-million-cell limit for a get.
 */
const BLOCK_CELLS = 150_000;

/** 10,000 rows up to 15 columns, fewer for wider sheets: at most `BLOCK_CELLS` cells, never under 1 row. */
export function firstBlockRows(columns: number): number {
  return Math.max(1, Math.min(FIRST_BLOCK_ROWS, Math.floor(BLOCK_CELLS / Math.max(1, columns))));
}

export interface InventoryRead {
  sheetName: string;
  sheetId: string;
  /** The cells read; `values[0][0]` is at `rect.row`, `rect.column`. Empty when the sheet is empty. */
  rect: Rect;
  values: CellValue[][];
  /** `B3`: the sheet address of `values[0][0]`, passed to the engine as `origin`. */
  origin: string;
  /** Address of the used range when read: a cheap fingerprint of the sheet's shape. */
  usedAddress: string;
  /** Name of the Excel table that holds the inventory, when there is one. */
  tableName?: string;
  /** The table's rows, so serialize can tell whether a new row would fall outside it. */
  tableRect?: Rect;
  /** The whole table as read (header, every row, totals row), so an Undo can give it back its size. */
  tableRange?: { rect: Rect; hasTotals: boolean };
  isProtected: boolean;
  /** Selected areas when they are on this sheet (sheet coordinates). */
  selection: Rect[];
  /** The selection's address as Excel gave it (`Stock!A2,Stock!A4:A5`), "" when not read. */
  selectionAddress: string;
  /** The raw stored settings (validated by the caller). */
  storedSettings: unknown;
  /** Syncs spent reading. */
  syncs: number;
  blocks: number;
}

export interface ReadOptions {
  /** Sheet to read, by name or id (`getItem` takes either); the active sheet when omitted. */
  sheetName?: string;
  /** Settings for table detection (mapping). */
  settings?: Partial<SettingsInput>;
  withSelection?: boolean;
  rowsPerBlock?: number;
  /** Read only the first rows (header detection); a table is then cut to what was read. */
  maxRows?: number;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Cancel: checked before each block, so a long read stops within one block (throws an AbortError). */
  signal?: AbortSignal;
}

/** A smaller block avoids these: over 5 MB either way, or over five million cells for a get. */
function isBlockTooLarge(error: unknown): boolean {
  return isPayloadTooLarge(error) || failedSyncCode(error) === "RangeExceedsLimit";
}

/** The worksheet to act on: by name, or the active one. */
export function inventorySheet(context: Excel.RequestContext, sheetName?: string): Excel.Worksheet {
  return sheetName === undefined
    ? context.workbook.worksheets.getActiveWorksheet()
    : context.workbook.worksheets.getItem(sheetName);
}

/** Reads the inventory in blocks: syncs = blocks + 1. */
export async function readInventory(context: Excel.RequestContext, options: ReadOptions = {}): Promise<InventoryRead> {
  const sheet = inventorySheet(context, options.sheetName);
  sheet.load("name,id");
  const protection = sheet.protection.load("protected");
  // valuesOnly: formatting far below the data must not make us read empty rows.
  const used = sheet.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,rowCount,columnCount");
  const tables = sheet.tables.load("items/name,items/showTotals");
  const selected = options.withSelection ? context.workbook.getSelectedRanges().load("address") : undefined;
  const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  const tag = isExcelApiSupported("1.12") ? sheet.customProperties.getItemOrNullObject(SUMMARY_TAG).load("value") : undefined;
  const summaries = tag ? undefined : context.workbook.settings.getItemOrNullObject(SUMMARY_IDS_KEY).load("value");
  await syncStep(context, "reading the sheet");
  let syncs = 1;

  // Run from one of our summary sheets, an action means that summary's inventory.
  // The id map only where tags are missing: ids can change between sessions (see summary-sheet.ts).
  const source = tag
    ? (tag.isNullObject ? undefined : tag.value)
    : summaryMap(summaries && !summaries.isNullObject ? summaries.value : undefined)[sheet.id];
  if (source !== undefined && options.sheetName === undefined && source !== sheet.name) {
    const read = await readInventory(context, { ...options, sheetName: source });
    return { ...read, selection: [], selectionAddress: "", syncs: read.syncs + 1 };
  }

  const base = {
    sheetName: sheet.name,
    sheetId: sheet.id,
    isProtected: protection.protected,
    storedSettings: stored.isNullObject ? undefined : parseStored(stored.value),
    selection: selected ? selectionOnSheet(selected.address, sheet.name) : [],
    selectionAddress: selected ? selected.address : "",
  };
  if (used.isNullObject) {
    return { ...base, rect: { row: 0, column: 0, rows: 0, columns: 0 }, values: [], origin: "A1", usedAddress: "", syncs, blocks: 0 };
  }
  const usedRect: Rect = {
    row: used.rowIndex,
    column: used.columnIndex,
    rows: Math.min(used.rowCount, options.maxRows ?? Infinity),
    columns: used.columnCount,
  };
  const tableNames = tables.items.map((t) => t.name);
  const withTotals = new Set(tables.items.filter((t) => t.showTotals).map((t) => t.name));

  const values: CellValue[][] = [];
  let tableRects: { name: string; range: Excel.Range }[] | undefined;
  let blockRows = options.rowsPerBlock ?? firstBlockRows(usedRect.columns);
  let blocks = 0;
  let done = 0;
  while (done < usedRect.rows) {
    options.signal?.throwIfAborted();
    const rows = Math.min(blockRows, usedRect.rows - done);
    const range = sheet.getRangeByIndexes(usedRect.row + done, usedRect.column, rows, usedRect.columns).load("values");
    // The tables' extents ride along with the first block, so a table costs no extra sync.
    const pendingTables =
      tableRects ??
      tableNames.map((name) => ({
        name,
        range: sheet.tables.getItem(name).getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
      }));
    try {
      // One sync per block of ~10,000 rows (fewer on wide sheets), never one per row.
      await syncStep(context, "reading the rows");
      syncs += 1;
    } catch (error) {
      syncs += 1;
      if (isBlockTooLarge(error) && rows > 1) {
        blockRows = Math.max(1, Math.floor(rows / 2));
        continue;
      }
      throw error;
    }
    tableRects = pendingTables;
    for (const row of range.values) values.push(row as CellValue[]);
    range.untrack();
    done += rows;
    blocks += 1;
    options.onProgress?.(done, usedRect.rows, "Reading rows");
  }

  options.signal?.throwIfAborted();
  const read: InventoryRead = {
    ...base,
    rect: usedRect,
    values,
    origin: cellAddress(usedRect.row, usedRect.column),
    usedAddress: used.address,
    syncs,
    blocks,
  };
  return pickTable(read, tableRects ?? [], withTotals, options.settings);
}

/** Narrows the read to the first table whose header row names quantity and codes. */
function pickTable(
  read: InventoryRead,
  tables: { name: string; range: Excel.Range }[],
  withTotals: ReadonlySet<string>,
  settings: Partial<SettingsInput> | undefined,
): InventoryRead {
  for (const { name, range } of tables) {
    // The totals row is not inventory: leave it out.
    const rows = range.rowCount - (withTotals.has(name) ? 1 : 0);
    const t: Rect = { row: range.rowIndex, column: range.columnIndex, rows, columns: range.columnCount };
    const r0 = t.row - read.rect.row;
    const c0 = t.column - read.rect.column;
    // A table that reaches outside the used range has empty cells there; `maxRows` may cut it short.
    t.rows = Math.min(t.rows, read.rect.rows - r0);
    if (r0 < 0 || c0 < 0 || t.rows < 1 || c0 + t.columns > read.rect.columns) continue;
    const values = read.values.slice(r0, r0 + t.rows).map((row) => row.slice(c0, c0 + t.columns));
    const origin = cellAddress(t.row, t.column);
    const found = detectTable(values, { ...settings, origin });
    if (found && found.headerRow === 0) {
      const whole: Rect = { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
      return { ...read, rect: t, values, origin, tableName: name, tableRect: t, tableRange: { rect: whole, hasTotals: withTotals.has(name) } };
    }
  }
  return read;
}

/** A stored setting as a value: JSON text is parsed (older writers stored strings). */
export function parseStored(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** The selected areas that lie on `sheetName` (Excel selects on the active sheet only). */
export function selectionOnSheet(address: string, sheetName: string): Rect[] {
  const rects: Rect[] = [];
  for (const area of splitAreas(address)) {
    const bang = area.lastIndexOf("!");
    if (bang >= 0) {
      const name = area.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      if (name !== sheetName) continue;
    }
    const rect = parseArea(stripSheet(area));
    if (rect) rects.push(rect);
  }
  return rects;
}

/**
 * Queues selecting `address` again (after an undo put rows back). The sheet is
 * activated first: Excel selects only on the active sheet, and the user may have
 * moved to another one before clicking Undo. Several areas use
 * `Worksheet.getRanges` (ExcelApi 1.9, which the manifest requires).
 */
export function queueReselect(sheet: Excel.Worksheet, address: string): void {
  const areas = splitAreas(address).map(stripSheet);
  if (areas.length === 0) return;
  sheet.activate();
  if (areas.length > 1) sheet.getRanges(areas.join(",")).select();
  else sheet.getRange(areas[0]).select();
}
