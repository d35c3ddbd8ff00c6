/**
 * Excel.RangeAreas (ExcelApi 1.9): several rectangles on one sheet — the selection, `getRanges("A1:B2,D5")`,
 * or `Range.getSpecialCellsOrNullObject` (a null object when no cell matches: its properties throw).
 */
import { formatAddress, type Rect } from "./a1";
import { ClientObject, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import { CollectionObject } from "./proxy";
import { Range } from "./range";
import { ConditionalFormatCollection } from "./conditional-format-proxies";

export interface Areas {
  sheetId: string;
  rects: Rect[];
}

export class RangeAreas extends ClientObject {
  protected readonly _typeName = "RangeAreas";
  protected readonly _scalars = ["address", "areaCount", "cellCount"];
  readonly areas: RangeCollection;
  private _areas: Areas | null | undefined;

  /** `nullable`: the resolver may answer null (an OrNullObject method), which makes this a null object. */
  constructor(ctx: HostRequestContext, private readonly _resolver: (tx: SyncTx) => Areas | null, label: string, nullable = false) {
    super(ctx);
    this.areas = new RangeCollection(ctx, this);
    if (!nullable) this._loaded.set("isNullObject", false);
    ctx._enqueue({
      label,
      bytes: 60 + label.length,
      run: (tx) => {
        const areas = this._lookup(tx);
        if (nullable) tx.onCommit.push(() => this._loaded.set("isNullObject", areas === null));
      },
    });
  }

  private _lookup(tx: SyncTx): Areas | null {
    if (this._areas === undefined) {
      const areas = this._resolver(tx);
      this._areas = areas && { sheetId: areas.sheetId, rects: areas.rects.map((r) => ({ ...r })) };
      tx.onRollback.push(() => { this._areas = undefined; });
    }
    return this._areas;
  }

  override _isNullAt(tx: SyncTx): boolean {
    return this._lookup(tx) === null;
  }

  /** @internal The areas, fixed when the queue reached this object; a null object has none. */
  _resolve(tx: SyncTx): Areas {
    const areas = this._lookup(tx);
    if (!areas) throw officeError(ErrorCode.itemNotFound, "The range areas don't exist (null object).", "RangeAreas");
    if (!this.context.host.wb.sheetById(areas.sheetId)) throw officeError(ErrorCode.itemNotFound, "The sheet was deleted.", "RangeAreas");
    return areas;
  }

  protected _read(tx: SyncTx, name: string): unknown {
    const { sheetId, rects } = this._resolve(tx);
    const sheet = this.context.host.wb.sheetById(sheetId)!;
    if (name === "address") return rects.map((r) => formatAddress(sheet.name, r)).join(",");
    if (name === "areaCount") return rects.length;
    return rects.reduce((n, r) => n + (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1), 0);
  }

  protected override _navigate(name: string): ClientObject | undefined {
    return name === "areas" ? this.areas : undefined;
  }

  get isNullObject(): boolean { return this._get("isNullObject"); }
  get address(): string { return this._property("address"); }
  get areaCount(): number { return this._property("areaCount"); }
  get cellCount(): number { return this._property("cellCount"); }

  /** A loaded property; on a null object every property but isNullObject throws. */
  private _property<T>(name: string): T {
    if (this._loaded.get("isNullObject") === true) {
      throw officeError(ErrorCode.itemNotFound, `RangeAreas.${name}: the object is a null object (check isNullObject first).`, "RangeAreas");
    }
    return this._get(name);
  }

  private _cfs?: ConditionalFormatCollection;
  /** The conditional formats meeting any of the areas (ExcelApi 1.9). */
  get conditionalFormats(): ConditionalFormatCollection {
    return (this._cfs ??= new ConditionalFormatCollection(this.context, (tx) => {
      const { sheetId, rects } = this._resolve(tx);
      return { sheet: this.context.host.wb.sheetById(sheetId)!, rects };
    }));
  }

  /** Selects all areas; a no-op unless their sheet is the active one (see Range.select). */
  select(): void {
    this.context._enqueue({
      label: "RangeAreas.select",
      bytes: 50,
      run: (tx) => {
        const { sheetId, rects } = this._resolve(tx);
        const state = this.context.host.wb.state;
        if (state.activeId !== sheetId) return;
        state.selection = { sheetId, rects: rects.map((r) => ({ ...r })) };
      },
    });
  }
}

export class RangeCollection extends CollectionObject<Range> {
  protected readonly _typeName = "RangeCollection";
  constructor(ctx: HostRequestContext, private readonly owner: RangeAreas) { super(ctx); }
  protected _members(tx: SyncTx): Range[] {
    const { sheetId, rects } = this.owner._resolve(tx);
    return rects.map((rect) => new Range(this.context, () => null, false, "", { sheetId, rect: { ...rect } }));
  }
}
