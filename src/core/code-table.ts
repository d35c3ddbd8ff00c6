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

/** FNV-1a, 32 bits: the hash of every code (the scan in rules/code-scan.ts computes the same one inline). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

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

// A key is one record of 8 ints in `keys` (array of structs: an insert touches one
// cache line, not one per field). A slot holds the key index + 1 and its hash, so
// a probe that misses never reads the key record.
const K = 8;
const HASH = 0;
const START = 1;
const END = 2;
const FIRST = 3; // first occurrence
const LAST = 4; // last occurrence
const COUNT = 5; // distinct rows
const LAST_ROW = 6;

export class CodeTable {
  readonly caseSensitive: boolean;
  /** Number of distinct keys. */
  size = 0;
  private slots: Int32Array;
  private mask: number;
  private keys: Int32Array;
  private srcs: string[] = [];
  /** Code text as first typed, for keys whose source is a folded copy (non-ASCII codes). */
  private shown: string[] = [];
  /** Occurrences: pairs (row, next occurrence or -1). */
  private occ: Int32Array;
  private occCount = 0;

  constructor(expectedCodes: number, caseSensitive: boolean) {
    this.caseSensitive = caseSensitive;
    let cap = 16;
    while (cap < expectedCodes * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    const keys = Math.max(16, expectedCodes);
    this.keys = new Int32Array(keys * K);
    this.occ = new Int32Array(keys * 2);
  }

  private equal(k: number, src: string, start: number, end: number): boolean {
    const ks = this.keys[k * K + START];
    const len = end - start;
    if (this.keys[k * K + END] - ks !== len) return false;
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
    const slots = this.slots;
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    for (;;) {
      const k = slots[slot * 2] - 1;
      if (k < 0) return -1;
      if (slots[slot * 2 + 1] === hash && this.equal(k, src, start, end)) return k;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Records that `row` holds the code `src[start, end)` (trimmed and normalised).
   * Returns the key index, negated minus one when `row` already held it (a repeat in the row).
   * `shown` is the code as typed when `src` is a folded copy of it (kept for messages).
   */
  add(src: string, start: number, end: number, hash: number, row: number, shown?: string): number {
    const slots = this.slots;
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    let k: number;
    for (;;) {
      k = slots[slot * 2] - 1;
      if (k < 0) break;
      if (slots[slot * 2 + 1] === hash && this.equal(k, src, start, end)) {
        if (this.keys[k * K + LAST_ROW] === row) return -k - 1;
        this.addOccurrence(k, row);
        return k;
      }
      slot = (slot + 1) & this.mask;
    }
    k = this.size++;
    if ((k + 1) * K > this.keys.length) this.keys = grow(this.keys, this.keys.length * 2);
    slots[slot * 2] = k + 1;
    slots[slot * 2 + 1] = hash;
    const base = k * K;
    const keys = this.keys;
    keys[base + HASH] = hash;
    keys[base + START] = start;
    keys[base + END] = end;
    keys[base + FIRST] = -1;
    this.srcs[k] = src;
    if (shown !== undefined && shown !== src) this.shown[k] = shown;
    this.addOccurrence(k, row);
    if (this.size * 2 > this.mask + 1) this.rehash();
    return k;
  }

  private addOccurrence(k: number, row: number): void {
    const o = this.occCount++;
    if ((o + 1) * 2 > this.occ.length) this.occ = grow(this.occ, this.occ.length * 2);
    const occ = this.occ;
    occ[o * 2] = row;
    occ[o * 2 + 1] = -1;
    const keys = this.keys;
    const base = k * K;
    if (keys[base + FIRST] < 0) keys[base + FIRST] = o;
    else occ[keys[base + LAST] * 2 + 1] = o;
    keys[base + LAST] = o;
    keys[base + COUNT]++;
    keys[base + LAST_ROW] = row;
  }

  private rehash(): void {
    const cap = (this.mask + 1) * 2;
    const slots = new Int32Array(cap * 2);
    const mask = cap - 1;
    for (let k = 0; k < this.size; k++) {
      const h = this.keys[k * K + HASH];
      let slot = (h ^ (h >>> 15)) & mask;
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = k + 1;
      slots[slot * 2 + 1] = h;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** Number of distinct rows holding key `k`. */
  rowsOf(k: number): number {
    return this.keys[k * K + COUNT];
  }

  /** The rows holding key `k`, ascending; at most `limit`. */
  rowList(k: number, limit = Infinity): number[] {
    const out: number[] = [];
    for (let o = this.keys[k * K + FIRST]; o >= 0 && out.length < limit; o = this.occ[o * 2 + 1]) out.push(this.occ[o * 2]);
    return out;
  }

  /** The code text of key `k` as first seen (trimmed; NFC-normalised when not ASCII). */
  textOf(k: number): string {
    return this.shown[k] ?? this.srcs[k].slice(this.keys[k * K + START], this.keys[k * K + END]);
  }

  /** The key of `k` as compared: the code text, folded as the table folds it (ASCII letters, unless case-sensitive). */
  keyText(k: number): string {
    const t = this.srcs[k].slice(this.keys[k * K + START], this.keys[k * K + END]);
    return this.caseSensitive || !isAscii(t) ? t : t.toLowerCase();
  }

  /** Empties the table, keeping its capacity (a scratch table of one row's codes, reused row after row). */
  clear(): void {
    if (this.size === 0) return;
    this.slots.fill(0);
    this.size = 0;
    this.occCount = 0;
    this.srcs.length = 0;
    this.shown.length = 0;
  }

  /** Key index of any code text (trimmed, NFC, folded as the table does), or -1. */
  find(code: string): number {
    let t = code.trim();
    if (!isAscii(t)) t = codeKey(t, this.caseSensitive);
    return this.lookup(t, 0, t.length, hashRange(t, 0, t.length, this.caseSensitive));
  }

  /** Adds a code given as a plain string (used for codes outside the grid, e.g. generated ones). */
  addText(code: string, row: number): number {
    const trimmed = code.trim();
    if (isAscii(trimmed)) return this.add(trimmed, 0, trimmed.length, hashRange(trimmed, 0, trimmed.length, this.caseSensitive), row);
    const t = codeKey(trimmed, this.caseSensitive);
    return this.add(t, 0, t.length, hashRange(t, 0, t.length, this.caseSensitive), row, trimmed.normalize("NFC").trim());
  }
}
