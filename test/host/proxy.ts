/**
 * Shared machinery for proxies that point at one model item (a sheet, table, chart …):
 * resolution in queue order, null objects, and collections whose `items` need load().
 */
import { ClientObject, ClientResult, jsonBytes, type HostRequestContext, type LoadOption, type SyncTx } from "./context";
import { ErrorCode, notLoaded, officeError } from "./errors";

/** A proxy resolved once (in queue order) to a model key; `null` = a null object. */
export abstract class KeyedObject<K> extends ClientObject {
  private _key: K | null | undefined;

  constructor(ctx: HostRequestContext, private readonly _resolver: (tx: SyncTx) => K | null,
    readonly _nullable: boolean, label: string | null, preResolved?: K) {
    super(ctx);
    if (preResolved !== undefined) {
      this._key = preResolved;
      this._loaded.set("isNullObject", false);
    } else {
      if (!_nullable) this._loaded.set("isNullObject", false);
      ctx._enqueue({
        label: label ?? `${this.constructor.name}.resolve`,
        bytes: 60 + (label?.length ?? 0),
        run: (tx) => {
          const key = this._resolveKey(tx);
          if (_nullable) tx.onCommit.push(() => this._loaded.set("isNullObject", key === null));
        },
      });
    }
  }

  get isNullObject(): boolean {
    return this._get<boolean>("isNullObject");
  }

  /** @internal */
  _resolveKey(tx: SyncTx): K | null {
    if (this._key === undefined) {
      const key = this._resolver(tx);
      this._key = key;
      tx.onRollback.push(() => { this._key = undefined; });
    }
    return this._key;
  }

  /** @internal The key, or ItemNotFound for a null object. */
  _keyOf(tx: SyncTx): K {
    const key = this._resolveKey(tx);
    if (key === null) throw officeError(ErrorCode.itemNotFound, `The requested ${this._typeName} doesn't exist (null object).`, this._typeName);
    return key;
  }

  override _isNullAt(tx: SyncTx): boolean {
    return this._resolveKey(tx) === null;
  }

  /** Queues a change to the item (runs in order at sync). */
  protected _write(label: string, payload: unknown, run: (tx: SyncTx, key: K) => void): void {
    this.context._enqueue({ label, bytes: 40 + label.length + jsonBytes(payload ?? null), run: (tx) => run(tx, this._keyOf(tx)) });
  }
}

/** A collection: `items` after load(), `getCount()`, item proxies built during sync. */
export abstract class CollectionObject<T extends ClientObject> extends ClientObject {
  protected readonly _scalars: readonly string[] = [];
  private _items: T[] | undefined;

  /** @internal The current members, in order. */
  protected abstract _members(tx: SyncTx): T[];

  get items(): T[] {
    if (!this._items) throw notLoaded("items", this._typeName);
    return this._items;
  }

  protected _read(): unknown {
    return undefined;
  }

  override _loadNow(tx: SyncTx, option: LoadOption | undefined): void {
    const members = this._members(tx);
    const wanted = typeof option === "string" ? option.split(",").map((p) => p.trim()) : Array.isArray(option) ? option : [];
    if (wanted.includes("count")) {
      tx.deliver(members.length, () => this._loaded.set("count", members.length));
      if (wanted.every((p) => p === "count")) return;
      option = wanted.filter((p) => p !== "count");
    }
    tx.deliver([], () => { this._items = members; });
    const inner = stripItems(option);
    for (const m of members) m._loadNow(tx, inner);
  }

  /** `load("count")` then sync (tables, columns, rows, charts). */
  get count(): number {
    return this._get("count");
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context._enqueue({
      label: `${this._typeName}.getCount`,
      bytes: 50,
      run: (tx) => {
        const n = this._members(tx).length;
        tx.deliver(n, () => result._set(n));
      },
    });
    return result;
  }
}

/** `items/name` → `name`; `items` alone → every scalar of the items. */
function stripItems(option: LoadOption | undefined): LoadOption | undefined {
  if (option === undefined) return undefined;
  if (typeof option === "string") {
    const parts = option.split(",").map((p) => p.trim().replace(/^items\/?/, "")).filter(Boolean);
    return parts.length ? parts : undefined;
  }
  if (Array.isArray(option)) {
    const parts = option.map((p) => p.trim().replace(/^items\/?/, "")).filter(Boolean);
    return parts.length ? parts : undefined;
  }
  const o = option as Record<string, unknown>;
  if ("select" in o || "expand" in o) {
    return { select: stripItems(o.select as string | string[]) as string[] | undefined, expand: stripItems(o.expand as string | string[]) as string[] | undefined };
  }
  const items = o.items;
  return items && typeof items === "object" ? (items as Record<string, unknown>) : undefined;
}
