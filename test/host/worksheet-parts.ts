/** A worksheet's protection, custom properties (ExcelApi 1.12) and onChanged event. */
import { ClientObject, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { ChangeHandler } from "./host-core";
import { CollectionObject, KeyedObject } from "./proxy";
import type { Worksheet } from "./worksheet";

/** `handler` registered by `onChanged.add`; `remove()` unregisters at the next sync. */
export class EventHandlerResult {
  constructor(readonly context: HostRequestContext, private readonly unregister: (tx: SyncTx) => void) {}
  remove(): void {
    this.context._enqueue({ label: "EventHandlerResult.remove", bytes: 50, run: (tx) => this.unregister(tx) });
  }
}

export class WorksheetChangedEvent {
  constructor(private readonly sheet: Worksheet) {}
  add(handler: ChangeHandler): EventHandlerResult {
    const ctx = this.sheet.context;
    let id = "";
    ctx._enqueue({
      label: "Worksheet.onChanged.add",
      bytes: 50,
      run: (tx) => {
        id = this.sheet._sheetOf(tx).id;
        tx.onCommit.push(() => {
          const set = ctx.host.handlers.get(id) ?? new Set();
          set.add(handler);
          ctx.host.handlers.set(id, set);
        });
      },
    });
    return new EventHandlerResult(ctx, (tx) => tx.onCommit.push(() => ctx.host.handlers.get(id)?.delete(handler)));
  }
}

export class WorksheetProtection extends ClientObject {
  protected readonly _typeName = "WorksheetProtection";
  protected readonly _scalars = ["protected"];
  constructor(ctx: HostRequestContext, private readonly sheet: Worksheet) { super(ctx); }
  protected _read(tx: SyncTx): unknown { return this.sheet._sheetOf(tx).protected; }
  get protected(): boolean { return this._get("protected"); }
  protect(): void {
    this.context._enqueue({ label: "WorksheetProtection.protect", bytes: 60, run: (tx) => { this.sheet._sheetOf(tx).protected = true; } });
  }
  unprotect(): void {
    this.context._enqueue({ label: "WorksheetProtection.unprotect", bytes: 60, run: (tx) => { this.sheet._sheetOf(tx).protected = false; } });
  }
}

export class WorksheetCustomProperty extends KeyedObject<string> {
  protected readonly _typeName = "WorksheetCustomProperty";
  protected readonly _scalars = ["key", "value"];
  constructor(ctx: HostRequestContext, readonly sheet: Worksheet, resolver: (tx: SyncTx) => string | null, nullable: boolean, pre?: string) {
    super(ctx, resolver, nullable, "WorksheetCustomProperty.get", pre);
  }
  protected _read(tx: SyncTx, name: string): unknown {
    const key = this._keyOf(tx);
    const props = this.sheet._sheetOf(tx).custom;
    if (!(key in props)) throw officeError(ErrorCode.itemNotFound, `No custom property '${key}'.`, this._typeName);
    return name === "key" ? key : props[key];
  }
  get key(): string { return this._get("key"); }
  get value(): string { return this._get("value"); }
  set value(v: string) {
    this._write("WorksheetCustomProperty.value=", v, (tx, key) => { this.sheet._sheetOf(tx).custom[key] = String(v); });
  }
  delete(): void {
    this._write("WorksheetCustomProperty.delete", null, (tx, key) => { delete this.sheet._sheetOf(tx).custom[key]; });
  }
}

export class WorksheetCustomPropertyCollection extends CollectionObject<WorksheetCustomProperty> {
  protected readonly _typeName = "WorksheetCustomPropertyCollection";
  constructor(ctx: HostRequestContext, private readonly sheet: Worksheet) {
    super(ctx);
  }
  protected _members(tx: SyncTx): WorksheetCustomProperty[] {
    return Object.keys(this.sheet._sheetOf(tx).custom).map((k) => new WorksheetCustomProperty(this.context, this.sheet, () => k, false, k));
  }
  private _find(tx: SyncTx, key: string): string | null {
    return Object.keys(this.sheet._sheetOf(tx).custom).find((k) => k.toLowerCase() === key.toLowerCase()) ?? null;
  }
  /** Adds or overwrites a property (ExcelApi 1.12). */
  add(key: string, value: string): WorksheetCustomProperty {
    this.context._enqueue({
      label: "WorksheetCustomPropertyCollection.add",
      bytes: 60 + key.length + String(value).length,
      run: (tx) => {
        if (!key || key.length > 255) throw officeError(ErrorCode.invalidArgument, "A custom property key has 1-255 characters.");
        const props = this.sheet._sheetOf(tx).custom;
        const existing = this._find(tx, key);
        if (existing) delete props[existing];
        props[key] = String(value);
      },
    });
    return new WorksheetCustomProperty(this.context, this.sheet, (tx) => this._find(tx, key) ?? key, false);
  }
  getItem(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.context, this.sheet, (tx) => {
      const k = this._find(tx, key);
      if (!k) throw officeError(ErrorCode.itemNotFound, `No custom property '${key}'.`, "WorksheetCustomPropertyCollection.getItem");
      return k;
    }, false);
  }
  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.context, this.sheet, (tx) => this._find(tx, key), true);
  }
}
