/**
 * Rewrites the row numbers inside A1 references of a formula, the way Excel does when
 * rows are copied, inserted or deleted. Text in quotes and structured references in
 * brackets (`Table1[Qty]`) are left alone. Whole-row references (`5:5`) are not rewritten.
 */

/** One end of a reference: its sheet (as written, unquoted), row, and whether the row is `$`-absolute. */
export interface RowRef {
  sheet?: string;
  row: number;
  absolute: boolean;
  /** `single` for `A5`, `start`/`end` for the two ends of `A5:B9`. */
  part: "single" | "start" | "end";
}

/** Returns the new row, or null when the reference is destroyed (Excel writes `#REF!`). */
export type RowMapper = (ref: RowRef) => number | null;

const REF =
  /(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?[A-Za-z]{1,3})(\$?)(\d{1,7}))?/y;
const NAME_CHAR = /[A-Za-z0-9_.$\\]/;
const AFTER_BLOCK = /[A-Za-z0-9_(![]/;

export function mapFormulaRows(formula: string, map: RowMapper): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "[") {
      const end = skipBlock(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i === 0 ? "" : formula[i - 1];
    if (prev === "" || !NAME_CHAR.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m && !AFTER_BLOCK.test(formula[REF.lastIndex] ?? "")) {
        out += rewrite(m, map);
        i = REF.lastIndex;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function rewrite(m: RegExpExecArray, map: RowMapper): string {
  const [, sheetText, col1, abs1, row1, col2, abs2, row2] = m;
  const prefix = sheetText === undefined ? "" : `${sheetText}!`;
  const sheet = sheetText === undefined ? undefined : unquote(sheetText);
  if (col2 === undefined) {
    const row = map({ sheet, row: Number(row1), absolute: abs1 === "$", part: "single" });
    return row === null ? `${prefix}#REF!` : `${prefix}${col1}${abs1}${row}`;
  }
  const start = map({ sheet, row: Number(row1), absolute: abs1 === "$", part: "start" });
  const end = map({ sheet, row: Number(row2), absolute: abs2 === "$", part: "end" });
  if (start === null || end === null || end < start) return `${prefix}#REF!`;
  return `${prefix}${col1}${abs1}${start}:${col2}${abs2}${end}`;
}

function skipBlock(formula: string, start: number): number {
  if (formula[start] === '"') {
    let i = start + 1;
    while (i < formula.length) {
      if (formula[i] === '"') {
        if (formula[i + 1] === '"') i += 2;
        else return i + 1;
      } else i++;
    }
    return formula.length;
  }
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    if (formula[i] === "[") depth++;
    else if (formula[i] === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** Mapper for a formula copied `delta` rows down: relative rows move, `$` rows stay. */
export function copiedDown(delta: number): RowMapper {
  return (ref) => (ref.absolute ? ref.row : ref.row + delta);
}

/** Rows inserted into a sheet: `count` new rows directly below Excel row `after` (original numbering). */
export interface RowInsertion {
  after: number;
  count: number;
}

/**
 * Mapper for several insertions into sheet `target`, seen from a formula on sheet `home`.
 * Plain insertion (Excel's Insert) leaves a range that ends at row `after` as it is.
 * With `splitRows` the inserted rows are pieces of row `after` (serialize), so a range that
 * ends at that row grows over them: `SUM(E4:E7)` with row 7 split in three becomes
 * `SUM(E4:E9)` and a total under the table keeps every cent of row 7.
 */
export function rowsInserted(target: string, home: string, insertions: readonly RowInsertion[], options: { splitRows?: boolean } = {}): RowMapper {
  const sorted = [...insertions].sort((a, b) => a.after - b.after);
  return (ref) => {
    if (!sameSheet(ref.sheet ?? home, target)) return ref.row;
    const grows = options.splitRows === true && ref.part === "end";
    let shift = 0;
    for (const { after, count } of sorted) {
      if (grows ? after > ref.row : after >= ref.row) break;
      shift += count;
    }
    return ref.row + shift;
  };
}

/** Mapper for Excel rows `deleted` (original numbering) removed from sheet `target`, seen from sheet `home`. */
export function rowsDeleted(target: string, home: string, deleted: readonly number[]): RowMapper {
  const sorted = [...new Set(deleted)].sort((a, b) => a - b);
  const below = (row: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const isDeleted = (row: number): boolean => sorted[below(row)] === row;
  return (ref) => {
    if (!sameSheet(ref.sheet ?? home, target)) return ref.row;
    const shifted = ref.row - below(ref.row);
    if (!isDeleted(ref.row)) return shifted;
    if (ref.part === "start") return shifted;
    if (ref.part === "end") return shifted - 1;
    return null;
  };
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
