/**
 * Reads the inventory of a sheet: the Excel table with the required headers if
 * there is one, else the used range (values only) including title rows above the
 * header. One sync for the sheet's shape (and the stored settings, and once per session Excel's
 * culture), then one sync per
 * block of rows; a used range far wider than a table is narrowed to the table's columns
 * (read-table-only.ts). Reading only: writes go through write-transaction.ts.
 */
import { detectTable, type CellValue, type ReportNote, type Settings, type SettingsInput } from "../core";
import { cellAddress, parseArea, splitAreas, splitSheetAddress, type Rect } from "./addresses";
import { isExcelApiSupported, syncStep } from "./office-run";
import { readRows, type RowReadOptions } from "./read-rows";
import { readTableOnly, WINDOW_COLUMNS } from "./read-table-only";
import { queueExcelCulture } from "./excel-culture";
import { queueStoredSettings } from "./settings-store";
import { SUMMARY_IDS_KEY, SUMMARY_TAG, summaryMap } from "./summary-ids";

export { FIRST_BLOCK_ROWS, firstBlockRows } from "./read-rows";

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
  /** Every table on the sheet as read (the inventory's too): rows moved through one would split it (neighbours.ts). */
  tables?: { name: string; rect: Rect }[];
  isProtected: boolean;
  /** A filter on the sheet or one of its tables hides rows: rows cannot be inserted or deleted safely. */
  filtered: boolean;
  /** Selected areas when they are on this sheet (sheet coordinates). */
  selection: Rect[];
  /** The selection's address as Excel gave it (`Stock!A2,Stock!A4:A5`), "" when not read. */
  selectionAddress: string;
  /** The stored settings, validated (settings-store.ts): defaults where a stored value was bad. */
  settings: Settings;
  /** One plain sentence per stored setting that was left out. */
  settingsWarnings: string[];
  /** The locale Excel reads numbers in (excel-culture.ts), for `settings.locale`; absent in reads made by hand. */
  culture?: string;
  /** Sentences for the check about what the read left out (a value far outside the table). */
  notes?: ReportNote[];
  /** Syncs spent reading. */
  syncs: number;
  blocks: number;
}

export interface ReadOptions extends RowReadOptions {
  /** Sheet to read, by name or id (`getItem` takes either); the active sheet when omitted. */
  sheetName?: string;
  /** Settings for table detection (mapping). */
  settings?: Partial<SettingsInput>;
  withSelection?: boolean;
}

/** The worksheet to act on: by name, or the active one. */
export function inventorySheet(context: Excel.RequestContext, sheetName?: string): Excel.Worksheet {
  return sheetName === undefined
    ? context.workbook.worksheets.getActiveWorksheet()
    : context.workbook.worksheets.getItem(sheetName);
}

/** What the first sync tells about the sheet. */
interface SheetFacts {
  base: Omit<InventoryRead, "rect" | "values" | "origin" | "usedAddress" | "syncs" | "blocks">;
  /** The used range (values only); undefined on an empty sheet. */
  used: { rect: Rect; address: string } | undefined;
  tables: { names: string[]; withTotals: Set<string> };
  /** The inventory this summary sheet of ours reports on, when the sheet is one. */
  source: string | undefined;
}

/** Queues everything the first sync loads; call the result after it. */
function queueSheetFacts(context: Excel.RequestContext, sheet: Excel.Worksheet, withSelection: boolean): () => SheetFacts {
  sheet.load("name,id");
  const protection = sheet.protection.load("protected");
  // valuesOnly: formatting far below the data must not make us read empty rows.
  const used = sheet.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,rowCount,columnCount");
  const tables = sheet.tables.load("items/name,items/showTotals,items/autoFilter/isDataFiltered");
  const sheetFilter = sheet.autoFilter.load("isDataFiltered");
  const selected = withSelection ? context.workbook.getSelectedRanges().load("address") : undefined;
  const stored = queueStoredSettings(context);
  const culture = queueExcelCulture(context);
  const tag = isExcelApiSupported("1.12") ? sheet.customProperties.getItemOrNullObject(SUMMARY_TAG).load("value") : undefined;
  const summaries = tag ? undefined : context.workbook.settings.getItemOrNullObject(SUMMARY_IDS_KEY).load("value");
  return () => {
    const { settings, warnings } = stored();
    // The id map only where tags are missing: ids can change between sessions (see summary-sheet.ts).
    const source = tag
      ? (tag.isNullObject ? undefined : tag.value)
      : summaryMap(summaries && !summaries.isNullObject ? summaries.value : undefined)[sheet.id];
    return {
      base: {
        sheetName: sheet.name,
        sheetId: sheet.id,
        isProtected: protection.protected,
        filtered: sheetFilter.isDataFiltered || tables.items.some((t) => t.autoFilter.isDataFiltered),
        selection: selected ? selectionOnSheet(selected.address, sheet.name) : [],
        selectionAddress: selected ? selected.address : "",
        settings,
        settingsWarnings: warnings,
        culture: culture(),
      },
      used: used.isNullObject
        ? undefined
        : { rect: { row: used.rowIndex, column: used.columnIndex, rows: used.rowCount, columns: used.columnCount }, address: used.address },
      tables: {
        names: tables.items.map((t) => t.name),
        withTotals: new Set(tables.items.filter((t) => t.showTotals).map((t) => t.name)),
      },
      source,
    };
  };
}

/** Reads the inventory in blocks: syncs = blocks + 1. */
export async function readInventory(context: Excel.RequestContext, options: ReadOptions = {}): Promise<InventoryRead> {
  const sheet = inventorySheet(context, options.sheetName);
  const facts = queueSheetFacts(context, sheet, options.withSelection === true);
  await syncStep(context, "excel-step-reading-sheet");
  const { base, used, tables, source } = facts();

  // Run from one of our summary sheets, an action means that summary's inventory.
  if (source !== undefined && options.sheetName === undefined && source !== base.sheetName) {
    const read = await readInventory(context, { ...options, sheetName: source });
    return { ...read, selection: [], selectionAddress: "", syncs: read.syncs + 1 };
  }
  if (!used) {
    return { ...base, rect: { row: 0, column: 0, rows: 0, columns: 0 }, values: [], origin: "A1", usedAddress: "", syncs: 1, blocks: 0 };
  }
  const rows = used.rect.columns > WINDOW_COLUMNS
    ? await readTableOnly(context, sheet, used.rect, tables.names, options)
    : { ...(await readRows(context, sheet, used.rect, tables.names, options)), columns: used.rect.columns, notes: [] };
  options.signal?.throwIfAborted();
  const rect: Rect = { ...used.rect, rows: rows.values.length, columns: rows.columns };
  const read: InventoryRead = {
    ...base,
    rect,
    values: rows.values,
    origin: cellAddress(rect.row, rect.column),
    usedAddress: used.address,
    tables: rows.tables.map(({ name, range }) => ({ name, rect: { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount } })),
    syncs: 1 + rows.syncs,
    blocks: rows.blocks,
    notes: rows.notes,
  };
  return pickTable(read, rows.tables, tables.withTotals, options.settings);
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
    // A table that reaches outside the used range has empty cells there; a header-window read may cut it short.
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

/** The selected areas that lie on `sheetName` (Excel selects on the active sheet only). */
export function selectionOnSheet(address: string, sheetName: string): Rect[] {
  const rects: Rect[] = [];
  for (const part of splitAreas(address)) {
    const { sheetName: on, area } = splitSheetAddress(part);
    if (on !== undefined && on !== sheetName) continue;
    const rect = parseArea(area);
    if (rect) rects.push(rect);
  }
  return rects;
}
