/**
 * An open-addressing hash of stock codes over typed arrays, keyed on code text
 * in place: a key is (source string, start, end), so pure-ASCII codes are hashed
 * and compared inside the cell's own string without substrings. Non-ASCII codes
 * are normalised once (NFC, folded) and that string becomes their source.
 *
 * Each distinct key keeps the distinct rows holding it (ascending, as rows are
 * added in order) as a linked list of occurrences.
 */
import { codeKey, isAscii } from "./codes";

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Hash of `src[start, end)`, ASCII letters folded unless case-sensitive. */
export function hashRange(src: string, start: number, end: number, caseSensitive: boolean): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    let c = src.charCodeAt(i);
    if (!caseSensitive && c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

function grow(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

export class CodeTable {
  readonly caseSensitive: boolean;
  /** Number of distinct keys. */
  size = 0;
  private slots: Int32Array;
  private mask: number;
  private hashes: Int32Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private srcs: string[] = [];
  /** Per key: first and last occurrence, number of distinct rows, last row seen. */
  private first: Int32Array;
  private last: Int32Array;
  private rowCounts: Int32Array;
  private lastRow: Int32Array;
  private occRow: Int32Array;
  private occNext: Int32Array;
  private occCount = 0;

  constructor(expectedCodes: number, caseSensitive: boolean) {
    this.caseSensitive = caseSensitive;
    let cap = 16;
    while (cap < expectedCodes * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    const keys = Math.max(16, expectedCodes);
    this.hashes = new Int32Array(keys);
    this.starts = new Int32Array(keys);
    this.ends = new Int32Array(keys);
    this.first = new Int32Array(keys);
    this.last = new Int32Array(keys);
    this.rowCounts = new Int32Array(keys);
    this.lastRow = new Int32Array(keys);
    this.occRow = new Int32Array(keys);
    this.occNext = new Int32Array(keys);
  }

  private equal(k: number, src: string, start: number, end: number): boolean {
    const ks = this.starts[k];
    const len = end - start;
    if (this.ends[k] - ks !== len) return false;
    const other = this.srcs[k];
    if (other === src && ks === start) return true;
    if (this.caseSensitive) {
      for (let i = 0; i < len; i++) if (other.charCodeAt(ks + i) !== src.charCodeAt(start + i)) return false;
      return true;
    }
    for (let i = 0; i < len; i++) {
      let a = other.charCodeAt(ks + i);
      let b = src.charCodeAt(start + i);
      if (a === b) continue;
      if (a >= 65 && a <= 90) a += 32;
      if (b >= 65 && b <= 90) b += 32;
      if (a !== b) return false;
    }
    return true;
  }

  /** Key index of `src[start, end)` (already trimmed and normalised), or -1. */
  lookup(src: string, start: number, end: number, hash: number): number {
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    for (;;) {
      const k = this.slots[slot] - 1;
      if (k < 0) return -1;
      if (this.hashes[k] === hash && this.equal(k, src, start, end)) return k;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Records that `row` holds the code `src[start, end)` (trimmed and normalised).
   * Returns the key index, negated minus one when `row` already held it (a repeat in the row).
   */
  add(src: string, start: number, end: number, hash: number, row: number): number {
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    let k: number;
    for (;;) {
      k = this.slots[slot] - 1;
      if (k < 0) break;
      if (this.hashes[k] === hash && this.equal(k, src, start, end)) {
        if (this.lastRow[k] === row) return -k - 1;
        this.addOccurrence(k, row);
        return k;
      }
      slot = (slot + 1) & this.mask;
    }
    k = this.size++;
    if (k >= this.hashes.length) this.growKeys();
    this.slots[slot] = k + 1;
    this.hashes[k] = hash;
    this.starts[k] = start;
    this.ends[k] = end;
    this.srcs[k] = src;
    this.first[k] = -1;
    this.addOccurrence(k, row);
    if (this.size * 2 > this.slots.length) this.rehash();
    return k;
  }

  private addOccurrence(k: number, row: number): void {
    const o = this.occCount++;
    if (o >= this.occRow.length) {
      this.occRow = grow(this.occRow, this.occRow.length * 2);
      this.occNext = grow(this.occNext, this.occNext.length * 2);
    }
    this.occRow[o] = row;
    this.occNext[o] = -1;
    if (this.first[k] < 0) this.first[k] = o;
    else this.occNext[this.last[k]] = o;
    this.last[k] = o;
    this.rowCounts[k]++;
    this.lastRow[k] = row;
  }

  private growKeys(): void {
    const n = this.hashes.length * 2;
    this.hashes = grow(this.hashes, n);
    this.starts = grow(this.starts, n);
    this.ends = grow(this.ends, n);
    this.first = grow(this.first, n);
    this.last = grow(this.last, n);
    this.rowCounts = grow(this.rowCounts, n);
    this.lastRow = grow(this.lastRow, n);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.size; k++) {
      const h = this.hashes[k];
      let slot = (h ^ (h >>> 15)) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** Number of distinct rows holding key `k`. */
  rowsOf(k: number): number {
    return this.rowCounts[k];
  }

  /** The rows holding key `k`, ascending; at most `limit`. */
  rowList(k: number, limit = Infinity): number[] {
    const out: number[] = [];
    for (let o = this.first[k]; o >= 0 && out.length < limit; o = this.occNext[o]) out.push(this.occRow[o]);
    return out;
  }

  /** The code text of key `k` as first seen (trimmed; normalised when not ASCII). */
  textOf(k: number): string {
    return this.srcs[k].slice(this.starts[k], this.ends[k]);
  }

  /** Key index of any code text (trimmed, NFC, folded as the table does), or -1. */
  find(code: string): number {
    let t = code.trim();
    if (!isAscii(t)) t = codeKey(t, this.caseSensitive);
    return this.lookup(t, 0, t.length, hashRange(t, 0, t.length, this.caseSensitive));
  }

  /** Adds a code given as a plain string (used for codes outside the grid, e.g. generated ones). */
  addText(code: string, row: number): number {
    let t = code.trim();
    if (!isAscii(t)) t = codeKey(t, this.caseSensitive);
    return this.add(t, 0, t.length, hashRange(t, 0, t.length, this.caseSensitive), row);
  }
}
