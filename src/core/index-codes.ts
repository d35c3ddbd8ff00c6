/**
 * The code table of an `InventoryIndex`, kept by difference: code key → the records holding it.
 * Adding or removing a record's keys updates `dups` of every record whose duplicate status
 * changes, through `onDups`, so counts and summary follow.
 *
 * With `codesUniqueWithin` two tables are kept: by part and key (what is a duplicate), and by
 * key alone (where a code was first typed, which names it in messages, and the order in which
 * the full check meets its keys).
 */
import type { RowRecord } from "./index-record";

type Holders = RowRecord | Set<RowRecord>;

/** Key → records holding it; one record is kept as itself, two or more in a set. */
export class KeyedRecords {
  private readonly map = new Map<string, Holders>();

  /** Adds `rec` under `key`; returns how many held it before. */
  add(key: string, rec: RowRecord): number {
    const h = this.map.get(key);
    if (h === undefined) {
      this.map.set(key, rec);
      return 0;
    }
    if (h instanceof Set) {
      h.add(rec);
      return h.size - 1;
    }
    this.map.set(key, new Set([h, rec]));
    return 1;
  }

  /** Removes `rec` from `key`; returns how many still hold it. */
  remove(key: string, rec: RowRecord): number {
    const h = this.map.get(key);
    if (h === undefined) return 0;
    if (!(h instanceof Set)) {
      if (h === rec) this.map.delete(key);
      return h === rec ? 0 : 1;
    }
    h.delete(rec);
    if (h.size === 1) this.map.set(key, h.values().next().value as RowRecord);
    return h.size;
  }

  /** The records holding `key`. */
  holders(key: string): RowRecord[] {
    const h = this.map.get(key);
    if (h === undefined) return [];
    return h instanceof Set ? [...h] : [h];
  }

  /** The one record holding `key` (when exactly one does). */
  sole(key: string): RowRecord | undefined {
    const h = this.map.get(key);
    return h === undefined || h instanceof Set ? undefined : h;
  }

  count(key: string): number {
    const h = this.map.get(key);
    return h === undefined ? 0 : h instanceof Set ? h.size : 1;
  }
}

export class IndexCodes {
  private readonly byPart = new KeyedRecords();
  private readonly byKey: KeyedRecords;
  /** Keys (by part) held by two records or more → the code key. */
  readonly duplicated = new Map<string, string>();
  /** Code keys whose records changed since the report last read them (not kept while the index is built). */
  readonly dirty = new Set<string>();
  tracking = false;

  /** `onDups(rec, delta)` changes `rec.dups` by `delta` (the caller re-tallies it around the change). */
  constructor(private readonly scoped: boolean, private readonly onDups: (rec: RowRecord, delta: number) => void) {
    this.byKey = scoped ? new KeyedRecords() : this.byPart;
  }

  private partKey(rec: RowRecord, key: string): string {
    return this.scoped ? `${rec.part.length}:${rec.part}${key}` : key;
  }

  /** Adds a new record's keys: its own `dups` are set before it is tallied. */
  add(rec: RowRecord): void {
    for (const key of rec.keys) {
      if (this.tracking) this.dirty.add(key);
      const pk = this.partKey(rec, key);
      const before = this.byPart.add(pk, rec);
      if (this.scoped) this.byKey.add(key, rec);
      if (before === 0) continue;
      rec.dups++;
      if (before > 1) continue;
      this.duplicated.set(pk, key);
      for (const other of this.byPart.holders(pk)) if (other !== rec) this.onDups(other, 1);
    }
  }

  /** Removes a record's keys (it has been untallied). */
  remove(rec: RowRecord): void {
    for (const key of rec.keys) {
      if (this.tracking) this.dirty.add(key);
      const pk = this.partKey(rec, key);
      const after = this.byPart.remove(pk, rec);
      if (this.scoped) this.byKey.remove(key, rec);
      if (after !== 1) continue;
      this.duplicated.delete(pk);
      this.onDups(this.byPart.sole(pk) as RowRecord, -1);
    }
    rec.dups = 0;
  }

  /** Records of a key by part, as `duplicated` names it. */
  holdersByPart(partKey: string): RowRecord[] {
    return this.byPart.holders(partKey);
  }

  /** Where the full check first meets `key`: the first record holding it. Its spelling there names the code. */
  firstHolder(key: string): RowRecord {
    let first = this.byKey.sole(key);
    if (!first) for (const rec of this.byKey.holders(key)) if (!first || rec.row < first.row) first = rec;
    return first as RowRecord;
  }

  /** How many records hold `key` (any part). */
  holdersOfKey(key: string): number {
    return this.byKey.count(key);
  }
}
