/** Table columns (getItemAt, getItem, ranges) and rows.add. */
import type { Rect } from "./a1";
import { cellValue, writeCells } from "./cell-ops";
import type { HostRequestContext, SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { TableModel } from "./model";
import { CollectionObject, KeyedObject } from "./proxy";
import { Range } from "./range";
import { insertDown } from "./row-ops";
import type { Table } from "./table";
import { extendToTableRows } from "./data-validation";

export class TableColumn extends KeyedObject<number> {
  protected readonly _typeName = "TableColumn";
  protected readonly _scalars = ["id", "index", "name"];
  constructor(ctx: HostRequestContext, readonly table: Table, resolver: (tx: SyncTx) => number | null, nullable: boolean, pre?: number) {
    super(ctx, resolver, nullable, "TableColumn.get", pre);
  }
  protected _read(tx: SyncTx, name: string): unknown {
    const index = this._keyOf(tx);
    const t = this.table._tableOf(tx);
    if (name === "name") return String(cellValue(tx.ctx.host.wb, tx.ctx.host.wb.sheetById(t.sheetId)!, t.rect.r0, t.rect.c0 + index));
    return name === "index" ? index : index + 1;
  }
  get name(): string { return this._get("name"); }
  get index(): number { return this._get("index"); }
  get id(): number { return this._get("id"); }
  private _col(label: string, pick: (t: TableModel) => Rect): Range {
    return new Range(this.context, (tx) => {
      const t = this.table._tableOf(tx);
      const c = t.rect.c0 + this._keyOf(tx);
      return { sheetId: t.sheetId, rect: { ...pick(t), c0: c, c1: c } };
    }, false, `TableColumn.${label}`);
  }
  getRange(): Range { return this._col("getRange", (t) => t.rect); }
  getHeaderRowRange(): Range { return this._col("getHeaderRowRange", (t) => ({ ...t.rect, r1: t.rect.r0 })); }
  getDataBodyRange(): Range {
    return this._col("getDataBodyRange", (t) => ({ ...t.rect, r0: t.rect.r0 + 1, r1: t.rect.r1 - (t.showTotals ? 1 : 0) }));
  }
  getTotalRowRange(): Range {
    return this._col("getTotalRowRange", (t) => {
      if (!t.showTotals) throw officeError(ErrorCode.invalidOperation, `The table '${t.name}' has no totals row.`);
      return { ...t.rect, r0: t.rect.r1 };
    });
  }
}

export class TableColumnCollection extends CollectionObject<TableColumn> {
  protected readonly _typeName = "TableColumnCollection";
  constructor(ctx: HostRequestContext, private readonly table: Table) { super(ctx); }
  protected _members(tx: SyncTx): TableColumn[] {
    const t = this.table._tableOf(tx);
    return Array.from({ length: t.rect.c1 - t.rect.c0 + 1 }, (_, i) => new TableColumn(this.context, this.table, () => i, false, i));
  }
  getItemAt(index: number): TableColumn {
    return new TableColumn(this.context, this.table, (tx) => {
      const t = this.table._tableOf(tx);
      if (index < 0 || index > t.rect.c1 - t.rect.c0) throw officeError(ErrorCode.itemNotFound, `No column at index ${index}.`);
      return index;
    }, false);
  }
  private _find(tx: SyncTx, key: string | number): number | null {
    const t = this.table._tableOf(tx);
    const sheet = tx.ctx.host.wb.sheetById(t.sheetId)!;
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const name = String(cellValue(tx.ctx.host.wb, sheet, t.rect.r0, c));
      if (name.toLowerCase() === String(key).toLowerCase() || c - t.rect.c0 + 1 === key) return c - t.rect.c0;
    }
    return null;
  }
  getItem(key: string | number): TableColumn {
    return new TableColumn(this.context, this.table, (tx) => {
      const i = this._find(tx, key);
      if (i === null) throw officeError(ErrorCode.itemNotFound, `No column '${key}'.`);
      return i;
    }, false);
  }
  getItemOrNullObject(key: string | number): TableColumn {
    return new TableColumn(this.context, this.table, (tx) => this._find(tx, key), true);
  }
}

/** Table rows: `add`, `count` and `getCount()` (row items are not modelled: load("count") only). */
export class TableRowCollection extends CollectionObject<never> {
  protected readonly _typeName = "TableRowCollection";
  constructor(ctx: HostRequestContext, private readonly table: Table) { super(ctx); }
  protected _members(tx: SyncTx): never[] {
    const t = this.table._tableOf(tx);
    return new Array(t.rect.r1 - t.rect.r0 - (t.showTotals ? 1 : 0)).fill(undefined) as never[];
  }
  override _loadNow(tx: SyncTx, option: Parameters<CollectionObject<never>["_loadNow"]>[1]): void {
    if (option !== "count" && !(Array.isArray(option) && option.length === 1 && option[0] === "count")) {
      throw officeError(ErrorCode.notImplemented, 'The test host models table rows by count only: load("count").', "TableRowCollection.load");
    }
    super._loadNow(tx, option);
  }
  /** Inserts body rows at `index` (null = at the end) and writes `values` into them. */
  add(index?: number | null, values?: unknown[][]): void {
    this.context._enqueue({
      label: "TableRowCollection.add",
      bytes: 80 + JSON.stringify(values ?? null).length,
      run: (tx) => {
        const t = this.table._tableOf(tx);
        const sheet = tx.ctx.host.wb.sheetById(t.sheetId)!;
        const bodyEnd = t.rect.r1 - (t.showTotals ? 1 : 0);
        const n = values?.length ?? 1;
        const at = index === null || index === undefined ? bodyEnd + 1 : t.rect.r0 + 1 + index;
        if (at < t.rect.r0 + 1 || at > bodyEnd + 1) throw officeError(ErrorCode.invalidArgument, `Row index ${index} is outside the table.`);
        const rect = { r0: at, r1: at + n - 1, c0: t.rect.c0, c1: t.rect.c1 };
        const before = t.rect.r1;
        insertDown(tx, sheet, rect);
        if (t.rect.r1 === before) t.rect.r1 += n; // inserted right below the last row: Excel grows the table
        extendToTableRows(sheet, { ...t.rect, r0: t.rect.r0 + 1, r1: t.rect.r1 - (t.showTotals ? 1 : 0) }, rect);
        if (values) writeCells(tx, sheet, rect, "values", values);
      },
    });
  }
}
