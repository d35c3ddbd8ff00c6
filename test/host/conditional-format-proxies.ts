/**
 * Excel.ConditionalFormatCollection / ConditionalFormat and the `custom` rule and format proxies
 * (ExcelApi 1.6; `RangeAreas.conditionalFormats` and `getRanges` 1.9). Only the `Custom` type is modelled.
 */
import type { Rect } from "./a1";
import { assertWritable } from "./cell-ops";
import { ClientObject, jsonBytes, type HostRequestContext, type SyncTx } from "./context";
import { addCf, cfList, cfsMeeting, clearCfCells, deleteCf, moveCf, singleArea, updateCf, type CfModel } from "./conditional-formats";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel } from "./model";
import { CollectionObject, KeyedObject } from "./proxy";
import { Range } from "./range";
import { RangeAreas } from "./range-areas";

/** What a collection was taken from: a range or several areas, resolved in queue order. */
export type CfOwner = (tx: SyncTx) => { sheet: SheetModel; rects: Rect[] };
interface CfKey { sheetId: string; id: string }

export class ConditionalFormatCollection extends CollectionObject<ConditionalFormat> {
  protected readonly _typeName = "ConditionalFormatCollection";
  constructor(ctx: HostRequestContext, private readonly owner: CfOwner) { super(ctx); }

  protected _members(tx: SyncTx): ConditionalFormat[] {
    const { sheet, rects } = this.owner(tx);
    return cfsMeeting(sheet, rects).map((cf) => new ConditionalFormat(this.context, () => null, false, null, { sheetId: sheet.id, id: cf.id }));
  }

  /** Adds a format at the top priority on the owner's cells; any type but Custom → NotImplemented. */
  add(type: string): ConditionalFormat {
    let key: CfKey | null = null;
    this.context._enqueue({
      label: "ConditionalFormatCollection.add",
      bytes: 60 + type.length,
      run: (tx) => {
        if (type !== "Custom") throw officeError(ErrorCode.notImplemented, `The test host models Custom conditional formats only (got "${type}").`);
        const { sheet, rects } = this.owner(tx);
        assertWritable(this.context.host.wb, sheet);
        const cf = addCf(this.context.host.wb, sheet, rects);
        key = { sheetId: sheet.id, id: cf.id };
        tx.onRollback.push(() => { key = null; });
      },
    });
    return new ConditionalFormat(this.context, () => key, false, "ConditionalFormatCollection.add.result");
  }

  /** Takes the owner's cells out of every format meeting them (a format left with none is gone). */
  clearAll(): void {
    this.context._enqueue({
      label: "ConditionalFormatCollection.clearAll",
      bytes: 60,
      run: (tx) => {
        const { sheet, rects } = this.owner(tx);
        assertWritable(this.context.host.wb, sheet);
        clearCfCells(sheet, rects);
      },
    });
  }

  getItem(id: string): ConditionalFormat {
    return this._byId(id, false);
  }
  getItemOrNullObject(id: string): ConditionalFormat {
    return this._byId(id, true);
  }
  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, (tx) => {
      const { sheet, rects } = this.owner(tx);
      const cf = cfsMeeting(sheet, rects)[index];
      if (!cf) throw officeError(ErrorCode.itemNotFound, `No conditional format at index ${index}.`, "ConditionalFormatCollection.getItemAt");
      return { sheetId: sheet.id, id: cf.id };
    }, false, "ConditionalFormatCollection.getItemAt");
  }
  private _byId(id: string, nullable: boolean): ConditionalFormat {
    const api = nullable ? "ConditionalFormatCollection.getItemOrNullObject" : "ConditionalFormatCollection.getItem";
    return new ConditionalFormat(this.context, (tx) => {
      const { sheet, rects } = this.owner(tx);
      if (cfsMeeting(sheet, rects).some((cf) => cf.id === id)) return { sheetId: sheet.id, id };
      if (nullable) return null;
      throw officeError(ErrorCode.itemNotFound, `No conditional format with id '${id}' here.`, api);
    }, nullable, api);
  }
}

export class ConditionalFormat extends KeyedObject<CfKey> {
  protected readonly _typeName = "ConditionalFormat";
  protected readonly _scalars = ["id", "type", "priority", "stopIfTrue"];
  private _custom?: CustomConditionalFormat;

  /** @internal The sheet and format now; a deleted format → ItemNotFound. */
  _model(tx: SyncTx): { sheet: SheetModel; cf: CfModel; index: number } {
    const key = this._keyOf(tx);
    const sheet = this.context.host.wb.sheetById(key.sheetId);
    const list = sheet ? cfList(sheet) : [];
    const index = list.findIndex((cf) => cf.id === key.id);
    if (!sheet || index < 0) throw officeError(ErrorCode.itemNotFound, "The conditional format was deleted.", "ConditionalFormat");
    return { sheet, cf: list[index], index };
  }

  /** @internal Queues a change to the format (a write: refused on a protected sheet). */
  _edit(label: string, payload: unknown, change: (sheet: SheetModel, cf: CfModel) => void): void {
    this.context._enqueue({
      label, bytes: 40 + label.length + jsonBytes(payload ?? null),
      run: (tx) => {
        const { sheet, cf } = this._model(tx);
        assertWritable(this.context.host.wb, sheet);
        change(sheet, cf);
      },
    });
  }

  protected _read(tx: SyncTx, name: string): unknown {
    const { cf, index } = this._model(tx);
    return name === "id" ? cf.id : name === "type" ? cf.type : name === "priority" ? index : cf.stopIfTrue;
  }
  protected override _navigate(name: string): ClientObject | undefined {
    return name === "custom" ? this.custom : undefined;
  }

  get id(): string { return this._get("id"); }
  get type(): string { return this._get("type"); }
  get priority(): number { return this._get("priority"); }
  set priority(v: number) { this._edit("ConditionalFormat.priority=", v, (sheet, cf) => moveCf(sheet, cf.id, Number(v))); }
  get stopIfTrue(): boolean { return this._get("stopIfTrue"); }
  set stopIfTrue(v: boolean) { this._edit("ConditionalFormat.stopIfTrue=", v, (sheet, cf) => updateCf(sheet, cf.id, { stopIfTrue: v })); }
  get custom(): CustomConditionalFormat { return (this._custom ??= new CustomConditionalFormat(this.context, this)); }

  delete(): void {
    this._edit("ConditionalFormat.delete", null, (sheet, cf) => deleteCf(sheet, cf.id));
  }
  /** The one range the format applies to; several areas → InvalidOperation ("Throws an error if … applied to multiple ranges"). */
  getRange(): Range {
    return this._range(false);
  }
  /** The one range the format applies to; several areas → a null object. */
  getRangeOrNullObject(): Range {
    return this._range(true);
  }
  private _range(nullable: boolean): Range {
    return new Range(this.context, (tx) => {
      const { sheet, cf } = this._model(tx);
      const rect = singleArea(cf);
      if (rect) return { sheetId: sheet.id, rect: { ...rect } };
      if (nullable) return null;
      throw officeError(ErrorCode.invalidOperation, "The conditional format applies to several ranges: use getRanges().", "ConditionalFormat.getRange");
    }, nullable, nullable ? "ConditionalFormat.getRangeOrNullObject" : "ConditionalFormat.getRange");
  }
  getRanges(): RangeAreas {
    return new RangeAreas(this.context, (tx) => {
      const { sheet, cf } = this._model(tx);
      return { sheetId: sheet.id, rects: cf.rects };
    }, "ConditionalFormat.getRanges");
  }
}

export class CustomConditionalFormat extends ClientObject {
  protected readonly _typeName = "CustomConditionalFormat";
  protected readonly _scalars: readonly string[] = [];
  readonly rule: ConditionalFormatRule;
  readonly format: ConditionalRangeFormat;
  constructor(ctx: HostRequestContext, owner: ConditionalFormat) {
    super(ctx);
    this.rule = new ConditionalFormatRule(ctx, owner);
    this.format = new ConditionalRangeFormat(ctx, owner);
  }
  protected _read(): unknown { return undefined; }
  protected override _navigate(name: string): ClientObject | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
}

export class ConditionalFormatRule extends ClientObject {
  protected readonly _typeName = "ConditionalFormatRule";
  protected readonly _scalars = ["formula", "formulaLocal"];
  constructor(ctx: HostRequestContext, private readonly owner: ConditionalFormat) { super(ctx); }
  protected _read(tx: SyncTx): unknown { return this.owner._model(tx).cf.formula; }
  get formula(): string { return this._get("formula"); }
  set formula(v: string) { this.owner._edit("ConditionalFormatRule.formula=", v, (sheet, cf) => updateCf(sheet, cf.id, { formula: v })); }
  get formulaLocal(): string { return this._get("formulaLocal"); }
  set formulaLocal(v: string) { this.formula = v; }
}

export class ConditionalRangeFormat extends ClientObject {
  protected readonly _typeName = "ConditionalRangeFormat";
  protected readonly _scalars: readonly string[] = [];
  readonly fill: ConditionalRangeFill;
  readonly font: ConditionalRangeFont;
  constructor(ctx: HostRequestContext, owner: ConditionalFormat) {
    super(ctx);
    this.fill = new ConditionalRangeFill(ctx, owner);
    this.font = new ConditionalRangeFont(ctx, owner);
  }
  protected _read(): unknown { return undefined; }
  protected override _navigate(name: string): ClientObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
}

/** The fill a format paints; `color` reads null until set. */
export class ConditionalRangeFill extends ClientObject {
  protected readonly _typeName = "ConditionalRangeFill";
  protected readonly _scalars = ["color"];
  constructor(ctx: HostRequestContext, private readonly owner: ConditionalFormat) { super(ctx); }
  protected _read(tx: SyncTx): unknown { return this.owner._model(tx).cf.fill; }
  get color(): string { return this._get("color"); }
  set color(v: string) { this.owner._edit("ConditionalRangeFill.color=", v, (sheet, cf) => updateCf(sheet, cf.id, { fill: v })); }
  clear(): void { this.owner._edit("ConditionalRangeFill.clear", null, (sheet, cf) => updateCf(sheet, cf.id, { fill: null })); }
}

/** The font colour a format paints; `color` reads null until set. */
export class ConditionalRangeFont extends ClientObject {
  protected readonly _typeName = "ConditionalRangeFont";
  protected readonly _scalars = ["color"];
  constructor(ctx: HostRequestContext, private readonly owner: ConditionalFormat) { super(ctx); }
  protected _read(tx: SyncTx): unknown { return this.owner._model(tx).cf.fontColor; }
  get color(): string { return this._get("color"); }
  set color(v: string) { this.owner._edit("ConditionalRangeFont.color=", v, (sheet, cf) => updateCf(sheet, cf.id, { fontColor: v })); }
  clear(): void { this.owner._edit("ConditionalRangeFont.clear", null, (sheet, cf) => updateCf(sheet, cf.id, { fontColor: null })); }
}
