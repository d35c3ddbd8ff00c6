/** Excel.RangeAreas (ExcelApi 1.9): several rectangles on one sheet — the selection, or `getRanges("A1:B2,D5")`. */
import { formatAddress, type Rect } from "./a1";
import { ClientObject, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import { CollectionObject } from "./proxy";
import { Range } from "./range";

export interface Areas {
  sheetId: string;
  rects: Rect[];
}

export class RangeAreas extends ClientObject {
  protected readonly _typeName = "RangeAreas";
  protected readonly _scalars = ["address", "areaCount", "cellCount"];
  readonly areas: RangeCollection;
  private _areas: Areas | undefined;

  constructor(ctx: HostRequestContext, private readonly _resolver: (tx: SyncTx) => Areas, label: string) {
    super(ctx);
    this.areas = new RangeCollection(ctx, this);
    ctx._enqueue({ label, bytes: 60 + label.length, run: (tx) => void this._resolve(tx) });
  }

  /** @internal The areas, fixed when the queue reached this object. */
  _resolve(tx: SyncTx): Areas {
    if (!this._areas) {
      const areas = this._resolver(tx);
      this._areas = { sheetId: areas.sheetId, rects: areas.rects.map((r) => ({ ...r })) };
      tx.onRollback.push(() => { this._areas = undefined; });
    }
    if (!this.context.host.wb.sheetById(this._areas.sheetId)) throw officeError(ErrorCode.itemNotFound, "The sheet was deleted.", "RangeAreas");
    return this._areas;
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

  get address(): string { return this._get("address"); }
  get areaCount(): number { return this._get("areaCount"); }
  get cellCount(): number { return this._get("cellCount"); }

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
