/**
 * The one-pass scan of a code cell's text: splits on commas, trims, hashes each
 * pure-ASCII code in place (no substrings) and adds it to the code table; an entry
 * with any non-ASCII character is cut out once and normalised (NFC) instead.
 * `scanCell` returns what it found for the rules in codes.ts to report.
 */
import { CodeTable, FNV_OFFSET, FNV_PRIME, hashRange } from "../code-table";
import { INVISIBLE, SCIENTIFIC } from "../codes";

// Module-local copies of the hash constants: the inner loop reads them for every character,
// and an imported binding can cost a property load (a getter, in CommonJS output) per read.
const HASH_OFFSET = FNV_OFFSET;
const HASH_PRIME = FNV_PRIME;

const TAB_LIKE = /[\t\n\r\v\f\u0085\u2028\u2029]/;
const SPACE_LIKE = /[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const WHITESPACE = /\s/;

/**
 * `;` or `|` (the first run's, `;` winning) when one stands between two codes, i.e.
 * between characters other than whitespace, `;` and `|`; else "". One linear pass:
 * the regex `[^\s;|][\s;|]*[;|][\s;|]*[^\s;|]` backtracks quadratically on a long run
 * of separators, and a cell can hold 32,767 characters.
 */
function separatorBetween(code: string): string {
  let content = false;
  let run = "";
  for (const ch of code) {
    if (ch === ";" || ch === "|") {
      if (content && run !== ";") run = ch;
    } else if (!WHITESPACE.test(ch)) {
      if (run !== "") return run;
      content = true;
    }
  }
  return "";
}

/** What one cell's scan found, beyond the codes it added to the table. */
export class CellFindings {
  codes = 0;
  empty = 0;
  comma = false;
  separator = "";
  tabInside = false;
  space = "";
  invisible = "";
  /** Codes repeated in the cell, as first typed, each once (at most 3). */
  repeats: string[] = [];
  /** The code-table keys of `repeats`. */
  repeatKeys: number[] = [];
  tooLong = "";
  scientific = "";
  sepFromSlow = false;
  reset(): void {
    this.sepFromSlow = false;
    this.codes = 0;
    this.empty = 0;
    this.comma = false;
    this.separator = "";
    this.tabInside = false;
    this.space = "";
    this.invisible = "";
    if (this.repeats.length > 0) {
      this.repeats = [];
      this.repeatKeys = [];
    }
    this.tooLong = "";
    this.scientific = "";
  }
  /** True when the cell holds codes and nothing any rule reports (most cells). */
  quiet(): boolean {
    return this.codes > 0 && this.empty === 0 && this.separator === "" && !this.tabInside && this.space === ""
      && this.invisible === "" && this.repeats.length === 0 && this.tooLong === "" && this.scientific === "";
  }
  /** Notes the result of `CodeTable.add`: a negative one means the cell already held that code. */
  noteAdd(table: CodeTable, added: number): void {
    if (added >= 0 || this.repeats.length >= 3) return;
    const k = -added - 1;
    if (this.repeatKeys.includes(k)) return;
    this.repeatKeys.push(k);
    this.repeats.push(table.textOf(k));
  }
}

/** One instance, reset per cell: the scan runs for every row, so it allocates nothing per cell. */
const found = new CellFindings();

// Flags of one cell's scan (bits of the number `scanText` returns).
const SEP_BETWEEN_FLAG = 1;
const TAB_INSIDE = 2;
const SPACE_INSIDE = 4;
const INVISIBLE_INSIDE = 8;
const COMMA = 16;

// Kinds of ASCII characters in a code cell, looked up once per character.
const PLAIN = 0;
const COMMA_KIND = 1;
const SPACE_KIND = 2;
const BREAK_KIND = 3;
const SEPARATOR_KIND = 4;
const CONTROL_KIND = 5;
const CHAR_KIND = new Uint8Array(128);
for (let c = 0; c < 32; c++) CHAR_KIND[c] = CONTROL_KIND;
CHAR_KIND[127] = CONTROL_KIND;
for (const c of [9, 10, 11, 12, 13]) CHAR_KIND[c] = BREAK_KIND;
CHAR_KIND[32] = SPACE_KIND;
CHAR_KIND[44] = COMMA_KIND;
CHAR_KIND[59] = SEPARATOR_KIND;
CHAR_KIND[124] = SEPARATOR_KIND;
/** ASCII case folding as a table (identity when codes are case-sensitive). */
const FOLD_CASE = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c));
const KEEP_CASE = Uint8Array.from({ length: 128 }, (_, c) => c);

// What the scan has met in the current entry (bits of `mark`, apart from the flags).
const CONTENT = 32; // a character other than whitespace, `;` or `|`
const SEP_AFTER = 64; // a `;` or `|` after content, not yet followed by more content
const CELL_FLAGS = SEP_BETWEEN_FLAG | TAB_INSIDE | SPACE_INSIDE | INVISIBLE_INSIDE | COMMA;

/**
 * A `;`, `|` or control character in an entry whose `mark` so far is given: notes it in
 * `found` and returns the entry's new mark together with the flags it raises.
 */
function markOther(c: number, kind: number, mark: number): number {
  if (kind === SEPARATOR_KIND) {
    if ((mark & CONTENT) === 0) return mark;
    if (found.separator === "") found.separator = c === 59 ? ";" : "|";
    return mark | SEP_AFTER;
  }
  // A control character: part of the code, and invisible.
  if (found.invisible === "") found.invisible = `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  return CONTENT | INVISIBLE_INSIDE | ((mark & SEP_AFTER) !== 0 ? SEP_BETWEEN_FLAG : 0);
}

/** Notes the pure-ASCII code `s[a, e)` (too long? scientific notation?) and adds it to the table. */
function addAsciiCode(s: string, a: number, e: number, hash: number, row: number, table: CodeTable, maxLength: number): void {
  if (e - a > maxLength && found.tooLong === "") found.tooLong = s.slice(a, e);
  const first = s.charCodeAt(a);
  if (first <= 57 && (first >= 48 || first === 43 || first === 45) && e - a <= 30 && found.scientific === "") {
    const text = s.slice(a, e);
    if (SCIENTIFIC.test(text)) found.scientific = text;
  }
  found.noteAdd(table, table.add(s, a, e, hash, row));
}

/** Adds one cell's counts and flags to `found`. */
function noteCell(flags: number, codes: number, empty: number): void {
  found.codes += codes;
  found.empty += empty;
  found.comma = (flags & COMMA) !== 0;
  found.tabInside ||= (flags & TAB_INSIDE) !== 0;
  if ((flags & SPACE_INSIDE) !== 0) found.space = " ";
  if ((flags & SEP_BETWEEN_FLAG) === 0 && !found.sepFromSlow) found.separator = "";
}

/**
 * Scans a cell's text entry by entry (comma to comma), character by character. Decision
 * (speed): one function, so the per-character state stays in registers; an entry scanned by
 * a function of its own made the check of 100,000 rows about 3 % slower.
 */
function scanText(s: string, row: number, table: CodeTable, maxLength: number): void {
  const n = s.length;
  const fold = table.caseSensitive ? KEEP_CASE : FOLD_CASE;
  let flags = 0;
  let codes = 0;
  let empty = 0;
  let i = 0;
  for (;;) {
    let a = -1;
    let e = -1;
    let h = HASH_OFFSET;
    let hEnd = HASH_OFFSET;
    let ws = 0; // whitespace since the last content: SPACE_INSIDE and/or TAB_INSIDE
    let mark = 0; // CONTENT, SEP_AFTER
    let j = i;
    let slow = false;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c > 127) {
        slow = true;
        j = s.indexOf(",", j);
        if (j < 0) j = n;
        break;
      }
      const kind = CHAR_KIND[c];
      if (kind === PLAIN) {
        // The common case: a letter, digit or ordinary punctuation inside a code.
        if (a < 0) a = j;
        flags |= ws; // whitespace between two characters of the code
        ws = 0;
        if ((mark & SEP_AFTER) !== 0) flags |= SEP_BETWEEN_FLAG;
        mark = CONTENT;
        h = Math.imul(h ^ fold[c], HASH_PRIME);
        // Then the rest of this run of plain characters, in the tightest loop.
        let k = j + 1;
        for (; k < n; k++) {
          const d = s.charCodeAt(k);
          if (d > 127 || CHAR_KIND[d] !== PLAIN) break;
          h = Math.imul(h ^ fold[d], HASH_PRIME);
        }
        hEnd = h;
        e = k;
        j = k - 1;
        continue;
      }
      if (kind === COMMA_KIND) break;
      if (kind === SPACE_KIND || kind === BREAK_KIND) {
        if (a >= 0) {
          ws |= kind === SPACE_KIND ? SPACE_INSIDE : TAB_INSIDE;
          h = Math.imul(h ^ c, HASH_PRIME);
        }
        continue;
      }
      if (a < 0) a = j;
      flags |= ws;
      ws = 0;
      const marked = markOther(c, kind, mark);
      flags |= marked & CELL_FLAGS;
      mark = marked & ~CELL_FLAGS;
      h = Math.imul(h ^ c, HASH_PRIME);
      hEnd = h;
      e = j + 1;
    }
    if (slow) flags |= slowEntry(s.slice(i, j), row, table, maxLength);
    else if (a < 0) empty++;
    else {
      codes++;
      addAsciiCode(s, a, e, hEnd, row, table, maxLength);
    }
    if (j >= n) break;
    flags |= COMMA;
    i = j + 1;
  }
  noteCell(flags, codes, empty);
}

function slowEntry(raw: string, row: number, table: CodeTable, maxLength: number): number {
  const code = raw.trim().normalize("NFC").trim();
  // Looked for before trimming: String.prototype.trim also removes U+FEFF (a byte-order
  // mark pasted at the edge of a code), which would then go unreported but stay in the cell.
  const inv = INVISIBLE.exec(raw);
  if (inv && found.invisible === "") found.invisible = `U+${inv[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (code === "") {
    found.empty++;
    return 0;
  }
  found.codes++;
  if (TAB_LIKE.test(code)) found.tabInside = true;
  if (found.space === "" && SPACE_LIKE.test(code)) found.space = " ";
  if (found.separator === "") {
    const sep = separatorBetween(code);
    if (sep !== "") {
      found.separator = sep;
      found.sepFromSlow = true;
    }
  }
  if (code.length > maxLength && found.tooLong === "") found.tooLong = code;
  const key = table.caseSensitive ? code : code.toLowerCase();
  found.noteAdd(table, table.add(key, 0, key.length, hashRange(key, 0, key.length, table.caseSensitive), row, code));
  return 0;
}

/** Scans one code cell's text into the code table; the findings stay valid until the next call. */
export function scanCell(s: string, row: number, table: CodeTable, maxLength: number): CellFindings {
  found.reset();
  scanText(s, row, table, maxLength);
  return found;
}

/** The findings of the last `scanCell` (the index reads the keys of a row's repeats from them). */
export function lastFindings(): Readonly<CellFindings> {
  return found;
}
