/** Excel.Table with columns, rows.add, totals row; tables move and grow with inserted rows. */
import { formatAddress, parseRect, splitSheet, type Rect } from "./a1";
import { AutoFilter } from "./auto-filter";
import type { ClientObject, HostRequestContext, SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { TableModel } from "./model";
import { CollectionObject, KeyedObject } from "./proxy";
import { Range } from "./range";
import { assertWritable, cellValue, clearCells, writeCells } from "./cell-ops";
import { insertDown } from "./row-ops";
import { TableColumnCollection, TableRowCollection } from "./table-parts";
import { Worksheet } from "./worksheet";

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class Table extends KeyedObject<string> {
  protected readonly _typeName = "Table";
  protected readonly _scalars = ["id", "name", "showHeaders", "showTotals", "style", "legacyId"];

  /** @internal */
  _tableOf(tx: SyncTx): TableModel {
    const t = this.context.host.wb.state.tables.find((x) => x.id === this._keyOf(tx));
    if (!t) throw officeError(ErrorCode.itemNotFound, "The table was deleted.", "Table");
    return t;
  }

  protected _read(tx: SyncTx, name: string): unknown {
    const t = this._tableOf(tx);
    if (name === "legacyId") return t.id;
    return (t as unknown as Record<string, unknown>)[name];
  }

  get id(): string { return this._get("id"); }
  get name(): string { return this._get("name"); }
  set name(value: string) {
    this._write("Table.name=", value, (tx) => {
      const t = this._tableOf(tx);
      checkTableName(tx, value, t);
      t.name = value;
    });
  }
  get style(): string { return this._get("style"); }
  set style(value: string) { this._write("Table.style=", value, (tx) => { this._tableOf(tx).style = value; }); }
  get showHeaders(): boolean { return this._get("showHeaders"); }
  get showTotals(): boolean { return this._get("showTotals"); }
  set showTotals(on: boolean) {
    this._write("Table.showTotals=", on, (tx) => setTotals(tx, this._tableOf(tx), on));
  }

  private _columns?: TableColumnCollection;
  private _rows?: TableRowCollection;
  get columns(): TableColumnCollection { return (this._columns ??= new TableColumnCollection(this.context, this)); }
  get rows(): TableRowCollection { return (this._rows ??= new TableRowCollection(this.context, this)); }
  private _autoFilter?: AutoFilter;
  get autoFilter(): AutoFilter {
    return (this._autoFilter ??= new AutoFilter(this.context, (tx) => this._tableOf(tx)));
  }

  protected override _navigate(name: string): ClientObject | undefined {
    return name === "autoFilter" ? this.autoFilter : undefined;
  }

  get worksheet(): Worksheet {
    return new Worksheet(this.context, (tx) => this._tableOf(tx).sheetId, false, "Table.worksheet");
  }

  /** @internal A range over part of the table, computed when the queue reaches it. */
  _part(label: string, pick: (t: TableModel) => Rect): Range {
    return new Range(this.context, (tx) => {
      const t = this._tableOf(tx);
      return { sheetId: t.sheetId, rect: pick(t) };
    }, false, `Table.${label}`);
  }

  getRange(): Range { return this._part("getRange", (t) => ({ ...t.rect })); }
  getHeaderRowRange(): Range { return this._part("getHeaderRowRange", (t) => ({ ...t.rect, r1: t.rect.r0 })); }
  getDataBodyRange(): Range {
    return this._part("getDataBodyRange", (t) => ({ ...t.rect, r0: t.rect.r0 + 1, r1: t.rect.r1 - (t.showTotals ? 1 : 0) }));
  }
  getTotalRowRange(): Range {
    return this._part("getTotalRowRange", (t) => {
      if (!t.showTotals) throw officeError(ErrorCode.invalidOperation, `The table '${t.name}' has no totals row.`, "Table.getTotalRowRange");
      return { ...t.rect, r0: t.rect.r1 };
    });
  }

  /**
   * Table.resize (ExcelApi 1.13): the table is redefined over `range` without moving any
   * cell. As documented, the new range must be on the table's sheet, overlap the table and
   * keep its header row (top row) where it is.
   */
  resize(range: Range | string): void {
    this._write("Table.resize", typeof range === "string" ? range : null, (tx) => {
      const t = this._tableOf(tx);
      const sheet = this.context.host.wb.sheetById(t.sheetId)!;
      assertWritable(this.context.host.wb, sheet);
      let rect: Rect;
      if (typeof range === "string") {
        const { sheet: name, cells } = splitSheet(range);
        if (name && this.context.host.wb.sheetByName(name)?.id !== t.sheetId) {
          throw officeError(ErrorCode.invalidArgument, "A table can be resized only on its own worksheet.", "Table.resize");
        }
        rect = parseRect(cells);
      } else {
        const target = range._target(tx);
        if (target.sheet.id !== t.sheetId) throw officeError(ErrorCode.invalidArgument, "A table can be resized only on its own worksheet.", "Table.resize");
        rect = target.rect;
      }
      const overlaps = rect.c0 <= t.rect.c1 && rect.c1 >= t.rect.c0 && rect.r1 >= t.rect.r0;
      if (rect.r0 !== t.rect.r0 || !overlaps || rect.r1 <= rect.r0) {
        throw officeError(ErrorCode.invalidArgument, "The new range must overlap the table and keep its header row.", "Table.resize");
      }
      t.rect = { ...rect };
    });
  }

  delete(): void {
    this._write("Table.delete", null, (tx) => {
      const t = this._tableOf(tx);
      const state = this.context.host.wb.state;
      state.tables = state.tables.filter((x) => x !== t);
      const sheet = this.context.host.wb.sheetById(t.sheetId)!;
      clearCells(tx, sheet, t.rect, "All");
    });
  }

  convertToRange(): Range {
    const range = this.getRange();
    this._write("Table.convertToRange", null, (tx) => {
      const t = this._tableOf(tx);
      const state = this.context.host.wb.state;
      state.tables = state.tables.filter((x) => x !== t);
    });
    return range;
  }
}

function setTotals(tx: SyncTx, t: TableModel, on: boolean): void {
  const wb = tx.ctx.host.wb;
  const sheet = wb.sheetById(t.sheetId)!;
  if (on === t.showTotals) return;
  if (on) {
    const below: Rect = { r0: t.rect.r1 + 1, r1: t.rect.r1 + 1, c0: t.rect.c0, c1: t.rect.c1 };
    let used = false;
    for (let c = below.c0; c <= below.c1; c++) if (cellValue(wb, sheet, below.r0, c) !== "") used = true;
    if (used) insertDown(tx, sheet, below);
    t.rect.r1 += 1;
    t.showTotals = true;
    writeCells(tx, sheet, { ...below, c1: below.c0 }, "values", [["Total"]]);
  } else {
    clearCells(tx, sheet, { ...t.rect, r0: t.rect.r1 }, "All");
    t.rect.r1 -= 1;
    t.showTotals = false;
  }
}

function checkTableName(tx: SyncTx, name: string, self?: TableModel): void {
  if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name)) {
    throw officeError(ErrorCode.invalidArgument, `'${name}' is not a valid table name.`, "Table.name");
  }
  const clash = tx.ctx.host.wb.state.tables.find((t) => t !== self && t.name.toLowerCase() === name.toLowerCase());
  if (clash) throw officeError(ErrorCode.itemAlreadyExists, `A table named '${name}' already exists.`, "Table.name");
}

/** Excel makes headers unique, non-empty text: "" → Column1, a repeat → Name2. */
export function fixHeaders(values: unknown[]): string[] {
  const seen = new Set<string>();
  return values.map((v, i) => {
    let base = v === "" || v === null || v === undefined ? `Column${i + 1}` : String(v);
    let name = base, n = 2;
    while (seen.has(name.toLowerCase())) name = `${base}${n++}`;
    base = name;
    seen.add(base.toLowerCase());
    return base;
  });
}

/** Creates a table model on `sheetId` over `rect` (header row first). */
export function createTable(tx: SyncTx, sheetId: string, rect: Rect, hasHeaders: boolean, name?: string): TableModel {
  const wb = tx.ctx.host.wb;
  const sheet = wb.sheetById(sheetId)!;
  for (const t of wb.state.tables) {
    if (t.sheetId === sheetId && !(t.rect.r1 < rect.r0 || t.rect.r0 > rect.r1 || t.rect.c1 < rect.c0 || t.rect.c0 > rect.c1)) {
      throw officeError(ErrorCode.invalidOperation, `A table can't overlap the table '${t.name}'.`, "TableCollection.add");
    }
  }
  let full = { ...rect };
  if (!hasHeaders) {
    insertDown(tx, sheet, { ...rect, r1: rect.r0 });
    full = { ...rect, r1: rect.r1 + 1 };
  }
  if (full.r1 === full.r0) full.r1 += 1; // a table has at least one body row
  const headers: unknown[] = [];
  for (let c = full.c0; c <= full.c1; c++) headers.push(hasHeaders ? cellValue(wb, sheet, full.r0, c) : "");
  writeCells(tx, sheet, { ...full, r1: full.r0 }, "values", [fixHeaders(headers)]);
  let finalName = name;
  if (!finalName) {
    let i = 1;
    while (wb.state.tables.some((t) => t.name.toLowerCase() === `table${i}`)) i++;
    finalName = `Table${i}`;
  }
  checkTableName(tx, finalName);
  const table: TableModel = { id: wb.newId("table"), name: finalName, sheetId, rect: full, showHeaders: true, showTotals: false, style: "TableStyleMedium2" };
  wb.state.tables = [...wb.state.tables, table];
  return table;
}

export class TableCollection extends CollectionObject<Table> {
  protected readonly _typeName = "TableCollection";
  /** `sheetOf` null = the workbook's collection (all sheets). */
  constructor(ctx: HostRequestContext, private readonly sheetOf: ((tx: SyncTx) => string) | null) { super(ctx); }

  protected _members(tx: SyncTx): Table[] {
    const sheetId = this.sheetOf?.(tx);
    return this.context.host.wb.state.tables
      .filter((t) => !sheetId || t.sheetId === sheetId)
      .map((t) => new Table(this.context, () => t.id, false, null, t.id));
  }

  private _find(tx: SyncTx, key: string): TableModel | undefined {
    const sheetId = this.sheetOf?.(tx);
    return this.context.host.wb.state.tables.find((t) => (!sheetId || t.sheetId === sheetId) &&
      (t.name.toLowerCase() === key.toLowerCase() || t.id === key));
  }

  add(address: string | Range, hasHeaders: boolean): Table {
    return new Table(this.context, (tx) => {
      let sheetId: string, rect: Rect;
      if (typeof address === "string") {
        const { sheet: name, cells } = splitSheet(address);
        const wb = this.context.host.wb;
        const sheet = name ? wb.sheetByName(name) : this.sheetOf ? wb.sheetById(this.sheetOf(tx)) : wb.sheetById(wb.state.activeId);
        if (!sheet) throw officeError(ErrorCode.itemNotFound, `No sheet for '${address}'.`, "TableCollection.add");
        sheetId = sheet.id;
        rect = parseRect(cells);
      } else {
        const t = address._target(tx);
        sheetId = t.sheet.id;
        rect = t.rect;
      }
      const sheet = this.context.host.wb.sheetById(sheetId)!;
      assertWritable(this.context.host.wb, sheet);
      return createTable(tx, sheetId, rect, hasHeaders).id;
    }, false, "TableCollection.add");
  }

  getItem(key: string): Table {
    return new Table(this.context, (tx) => {
      const t = this._find(tx, key);
      if (!t) throw officeError(ErrorCode.itemNotFound, `The table '${key}' doesn't exist.`, "TableCollection.getItem");
      return t.id;
    }, false, `TableCollection.getItem(${key})`);
  }

  getItemOrNullObject(key: string): Table {
    return new Table(this.context, (tx) => this._find(tx, key)?.id ?? null, true, `TableCollection.getItemOrNullObject(${key})`);
  }

  getItemAt(index: number): Table {
    return new Table(this.context, (tx) => {
      const t = this._members(tx)[index];
      if (!t) throw officeError(ErrorCode.itemNotFound, `No table at index ${index}.`, "TableCollection.getItemAt");
      return t._keyOf(tx);
    }, false, "TableCollection.getItemAt");
  }
}

export function tableAddress(sheetName: string, t: TableModel): string {
  return formatAddress(sheetName, t.rect);
}
