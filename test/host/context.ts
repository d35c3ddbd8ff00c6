/**
 * The request context: a queue of operations that `sync()` runs in order, inside one
 * workbook transaction. Nothing is applied, and no property becomes readable, unless
 * the whole sync succeeds (payload limits, faults, protection, cell-edit mode).
 */
import { apiSetOf } from "./api-check";
import { ErrorCode, notLoaded, officeError } from "./errors";
import type { Rect } from "./a1";
import type { HostCore } from "./host-core";

const encoder = new TextEncoder();

/** UTF-8 size of the JSON form of `value`. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : encoder.encode(json).length;
}

/** A change made during a sync, turned into an onChanged event after commit. */
export interface ChangeNotice {
  sheetId: string;
  address: string;
  changeType: "RangeEdited" | "RowInserted" | "RowDeleted" | "CellInserted" | "CellDeleted";
}

let txSerial = 0;

/** State of one running sync. */
export class SyncTx {
  responseBytes = 0;
  readonly onCommit: (() => void)[] = [];
  readonly onRollback: (() => void)[] = [];
  readonly changes: ChangeNotice[] = [];
  /** Tells this sync's saved ranges apart from those of earlier syncs (`RangeHandle.savedIn`). */
  readonly serial = ++txSerial;
  /** Tracked ranges as they were before this sync moved them: handle, rect, deleted, … (flat). */
  private savedRanges: (RangeHandle | Rect | boolean)[] | null = null;
  constructor(readonly ctx: HostRequestContext) {}

  /**
   * Remembers a tracked range's position before this sync first moves it, so a failed
   * sync puts it back. One rollback entry per sync, not one per range per row insert:
   * a sync of 500 inserts over thousands of tracked ranges stays cheap.
   */
  saveRange(h: RangeHandle): void {
    if (h.savedIn === this.serial) return;
    h.savedIn = this.serial;
    let saved = this.savedRanges;
    if (!saved) {
      saved = this.savedRanges = [];
      this.onRollback.push(() => {
        for (let i = 0; i < saved!.length; i += 3) {
          const handle = saved![i] as RangeHandle;
          handle.rect = saved![i + 1] as Rect;
          handle.deleted = saved![i + 2] as boolean;
        }
      });
    }
    saved.push(h, h.rect, h.deleted ?? false);
  }

  /** Records loaded data: counted in the response, readable only after commit. */
  deliver(data: unknown, apply: () => void): void {
    this.responseBytes += jsonBytes(data);
    this.onCommit.push(apply);
  }
}

export interface Op {
  label: string;
  bytes: number;
  run(tx: SyncTx): void;
  /** A client-side check (API version): a queue of only these sends no request. */
  silent?: boolean;
}

/** A live range reference: moves with rows inserted or deleted above it. */
export interface RangeHandle {
  sheetId: string;
  rect: Rect;
  /** Set when every cell of the range was deleted. */
  deleted?: boolean;
  /** `SyncTx.serial` of the last sync that saved this range for rollback. */
  savedIn?: number;
}

/** Base of every proxy object: loaded properties and the load() forms. */
export abstract class ClientObject {
  /** Properties readable now (loaded by a successful sync). */
  protected readonly _loaded = new Map<string, unknown>();
  protected abstract readonly _typeName: string;
  /** Scalar properties that load() with no argument loads. */
  protected abstract readonly _scalars: readonly string[];

  constructor(readonly context: HostRequestContext) {}

  /** Reads a loaded property or throws PropertyNotLoaded. */
  protected _get<T>(name: string): T {
    if (!this._loaded.has(name)) throw notLoaded(name, this._typeName);
    return this._loaded.get(name) as T;
  }

  /** Computes the current value of a scalar property during a sync. */
  protected abstract _read(tx: SyncTx, name: string): unknown;

  /** Returns the child proxy for a navigation property, or undefined. */
  protected _navigate(_name: string): ClientObject | undefined {
    return undefined;
  }

  load(option?: LoadOption): this {
    this.context._enqueue({
      label: `${this._typeName}.load(${JSON.stringify(option ?? "")})`,
      bytes: 40 + jsonBytes(option ?? null),
      run: (tx) => this._loadNow(tx, option),
    });
    return this;
  }

  /** @internal True when this proxy is a null object (OrNullObject methods). */
  _isNullAt(_tx: SyncTx): boolean {
    return false;
  }

  /** @internal Runs a load inside a sync: values become readable when it commits. */
  _loadNow(tx: SyncTx, option: LoadOption | undefined): void {
    const paths = loadPaths(option);
    const scalars: string[] = [];
    const version = (name: string) => apiSetOf(this._typeName, name);
    const has = (name: string) => {
      const needed = version(name);
      return needed === undefined || this.context.host.supports(needed);
    };
    const missing = (name: string) => {
      const what = `${this._typeName}.${name}`;
      return officeError(ErrorCode.apiNotFound, `${what} needs ExcelApi ${version(name)}; this host supports ExcelApi ${this.context.host.maxExcelApi}.`, what);
    };
    // A plain load() gets the properties this host has; naming one it lacks fails (ApiNotFound).
    for (const path of paths.length ? paths : this._scalars.filter(has)) {
      const [head, ...rest] = path.split("/");
      const child = this._navigate(head);
      if (child) {
        if (!has(head)) throw missing(head); // a navigation property in a load path is checked like a scalar
        child._loadNow(tx, rest.length ? rest.join("/") : undefined);
      } else if (this._scalars.includes(head) || head === "isNullObject") {
        if (!has(head)) throw missing(head);
        if (!scalars.includes(head)) scalars.push(head);
      } else {
        throw officeError(ErrorCode.invalidArgument, `'${head}' is not a property of ${this._typeName}.`, `${this._typeName}.load`);
      }
    }
    if (!scalars.length) return;
    const isNull = this._isNullAt(tx);
    const data: Record<string, unknown> = {};
    for (const n of scalars) data[n] = n === "isNullObject" ? isNull : isNull ? null : this._read(tx, n);
    tx.deliver(data, () => {
      for (const n of scalars) this._loaded.set(n, data[n]);
    });
  }

  /** Plain object of the loaded properties (what Office.js toJSON gives). */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown>;

function loadPaths(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string") return option.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((o) => loadPaths(o));
  if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o) return [...loadPaths(o.select), ...loadPaths(o.expand)];
    const out: string[] = [];
    for (const [k, v] of Object.entries(o)) {
      if (v === true) out.push(k);
      else if (v && typeof v === "object") for (const sub of loadPaths(v)) out.push(`${k}/${sub}`);
    }
    return out;
  }
  return [];
}

/** Value of a method's result, readable after sync (`getCount()` and friends). */
export class ClientResult<T> {
  private _value: T | undefined;
  private _ready = false;
  /** @internal */
  _set(value: T): void {
    this._value = value;
    this._ready = true;
  }
  get value(): T {
    if (!this._ready) throw notLoaded("value", "ClientResult");
    return this._value as T;
  }
}

export interface RunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
  previousObjects?: unknown;
}

/** What Excel.run passes to the batch. `workbook` and `application` are set by the host. */
export class HostRequestContext {
  readonly queue: Op[] = [];
  readonly liveRanges = new Set<RangeHandle>();
  finished = false;
  workbook!: unknown;
  application!: unknown;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  readonly runtime = { load: () => undefined, enableEvents: true };
  readonly debugInfo = {};

  constructor(readonly host: HostCore, readonly options: RunOptions = {}) {}

  /** A run grouped into one undo step: `mergeUndoGroup` where ExcelApi 1.20 exists (older Excel ignores it). */
  get grouped(): boolean {
    return this.options.mergeUndoGroup === true && this.host.supports("1.20");
  }

  /** @internal Adds an operation to the queue. */
  _enqueue(op: Op): void {
    if (this.finished) {
      throw officeError(ErrorCode.invalidRequestContext,
        "This object belongs to an Excel.run that has finished; objects cannot be used across request contexts.");
    }
    this.queue.push(op);
  }

  /** Runs every queued operation against the workbook, all or nothing. */
  sync<T>(passThroughValue?: T): Promise<T> {
    if (this.finished) {
      return Promise.reject(officeError(ErrorCode.invalidRequestContext, "context.sync() after its Excel.run finished."));
    }
    const ops = this.queue.splice(0, this.queue.length);
    // Round trips are asynchronous in Office.js: nothing is readable before the await.
    const ready = this.options.delayForCellEdit ? this.host.whenNotEditing() : Promise.resolve();
    return ready.then(() => {
      this.host.executeSync(this, ops);
      return passThroughValue as T;
    });
  }
}
