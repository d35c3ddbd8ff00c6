/**
 * Filters (ExcelApi 1.9): a sheet's AutoFilter over a range, and a table's own filter. Only
 * their effect is modelled: the rows they hide (seeded as sheet row numbers). `enabled`,
 * `isDataFiltered`, `clearCriteria()` (shows every row) and `remove()`; `Range.rowHidden` reads
 * them. Deleting rows that cross a filtered range or table fails with InsertDeleteConflict
 * (`TableRowCollection.deleteRows` doc comment); inserting rows leaves the hidden row numbers
 * where they were, so other rows end up hidden, as inserting under a filter does in Excel.
 */
import type { Rect } from "./a1";
import { ClientObject, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel, Workbook } from "./model";

/** A filter's effect: the sheet rows (0-based) it hides, and the range it covers. */
export interface FilterModel {
  rect?: Rect;
  hidden: number[];
}

type Owner = (tx: SyncTx) => { filter?: FilterModel; rect?: Rect };

export class AutoFilter extends ClientObject {
  protected readonly _typeName = "AutoFilter";
  protected readonly _scalars = ["enabled", "isDataFiltered"];

  constructor(ctx: HostRequestContext, private readonly owner: Owner) {
    super(ctx);
  }

  protected _read(tx: SyncTx, name: string): unknown {
    const { filter } = this.owner(tx);
    if (name === "enabled") return filter !== undefined;
    return (filter?.hidden.length ?? 0) > 0;
  }

  get enabled(): boolean { return this._get("enabled"); }
  get isDataFiltered(): boolean { return this._get("isDataFiltered"); }

  /** Shows every row; the filter stays on. */
  clearCriteria(): void {
    this.context._enqueue({ label: "AutoFilter.clearCriteria", bytes: 40, run: (tx) => {
      const item = this.owner(tx);
      const before = item.filter?.hidden;
      if (!item.filter || !before) return;
      item.filter.hidden = [];
      tx.onRollback.push(() => { if (item.filter) item.filter.hidden = before; });
    } });
  }

  /** Takes the filter off (every row shown). */
  remove(): void {
    this.context._enqueue({ label: "AutoFilter.remove", bytes: 40, run: (tx) => {
      const item = this.owner(tx);
      const before = item.filter;
      item.filter = undefined;
      tx.onRollback.push(() => { item.filter = before; });
    } });
  }
}

/** Filters on `sheet` with the rows they cover: the sheet's AutoFilter and each filtered table. */
function filtersOn(wb: Workbook, sheet: SheetModel): { rect: Rect; hidden: number[] }[] {
  const found: { rect: Rect; hidden: number[] }[] = [];
  if (sheet.filter?.rect) found.push({ rect: sheet.filter.rect, hidden: sheet.filter.hidden });
  for (const t of wb.state.tables) {
    if (t.sheetId === sheet.id && t.filter) found.push({ rect: t.rect, hidden: t.filter.hidden });
  }
  return found;
}

/** How many sheet rows from `r0` to `r1` a filter hides. */
export function hiddenRowsIn(wb: Workbook, sheet: SheetModel, r0: number, r1: number): number {
  const rows = new Set<number>();
  for (const f of filtersOn(wb, sheet)) for (const r of f.hidden) if (r >= r0 && r <= r1) rows.add(r);
  return rows.size;
}

/** Deleting rows across a range or table whose filter hides rows fails, as in Excel. */
export function refuseDeleteUnderFilter(wb: Workbook, sheet: SheetModel, rect: Rect): void {
  for (const f of filtersOn(wb, sheet)) {
    if (f.hidden.length === 0) continue;
    const crosses = rect.r0 <= f.rect.r1 && rect.r1 >= f.rect.r0 && rect.c0 <= f.rect.c1 && rect.c1 >= f.rect.c0;
    if (crosses) {
      throw officeError(ErrorCode.insertDeleteConflict, "The delete cannot be done on a filtered range or table: clear the filter first.", "Range.delete");
    }
  }
}

