/**
 * The `codes-duplicate` issues of an `InventoryIndex`, kept per duplicated key and made again
 * only when the key's rows change: a record holding it came or went (the key is dirty) or rows
 * moved above one of them.
 */
import type { Issue } from "./types";
import type { Settings } from "./settings";
import { describeValue } from "./cells";
import { RuleContext } from "./rules/context";
import { reportDuplicate } from "./rules/duplicates";
import type { RowRecord } from "./index-record";
import type { IndexCodes } from "./index-codes";

/** A `codes-duplicate` issue of a record, with where the full check first meets its key (row, place in the row's keys). */
export interface Placed {
  pk: string;
  row: number;
  index: number;
  issue: Issue;
}

interface Rendered {
  recs: RowRecord[];
  rows: number[];
  /** The record whose spelling names the code (a record's cells never change: a changed row is a new record). */
  first: RowRecord;
  placed: Placed[];
}

export class DuplicateIssues {
  private readonly cache = new Map<string, Rendered>();
  private readonly placed = new Map<RowRecord, Placed[]>();
  private readonly ctx: RuleContext;

  constructor(settings: Settings, private readonly column: number) {
    this.ctx = new RuleContext(settings);
  }

  /**
   * Per record holding a duplicated code, its `codes-duplicate` issues in the full check's order.
   * Keys not dirty whose rows all lie above `movedRow` (where rows moved since the last call) are kept.
   */
  byRecord(codes: IndexCodes, spell: (rec: RowRecord, key: string) => string, movedRow: number): ReadonlyMap<RowRecord, Placed[]> {
    for (const [pk, known] of this.cache) {
      if (!codes.duplicated.has(pk)) {
        this.unplace(pk, known);
        this.cache.delete(pk);
      }
    }
    for (const [pk, key] of codes.duplicated) {
      const known = this.cache.get(pk);
      if (known && !codes.dirty.has(key) && known.rows[known.rows.length - 1] < movedRow) continue;
      const recs = codes.holdersByPart(pk).sort((a, b) => a.row - b.row);
      const rows = recs.map((rec) => rec.row);
      const first = codes.firstHolder(key);
      if (known && known.first === first && sameList(known.recs, recs) && sameList(known.rows, rows)) continue;
      if (known) this.unplace(pk, known);
      this.render(pk, recs, rows, first, describeValue(spell(first, key)), first.keys.indexOf(key));
    }
    codes.dirty.clear();
    return this.placed;
  }

  private render(pk: string, recs: RowRecord[], rows: number[], first: RowRecord, code: string, index: number): void {
    const ctx = this.ctx;
    ctx.issues.length = 0;
    reportDuplicate(ctx, rows, this.column, code);
    ctx.putIntoWords();
    const placed = ctx.issues.map((issue) => ({ pk, row: first.row, index, issue }));
    this.cache.set(pk, { recs, rows, first, placed });
    recs.forEach((rec, i) => {
      const list = this.placed.get(rec);
      if (!list) this.placed.set(rec, [placed[i]]);
      else {
        list.push(placed[i]);
        list.sort((a, b) => a.row - b.row || a.index - b.index);
      }
    });
  }

  private unplace(pk: string, known: Rendered): void {
    for (const rec of known.recs) {
      const list = this.placed.get(rec);
      if (!list) continue;
      const left = list.filter((p) => p.pk !== pk);
      if (left.length > 0) this.placed.set(rec, left);
      else this.placed.delete(rec);
    }
  }
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
