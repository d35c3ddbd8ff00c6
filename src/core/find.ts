/** Find by code: the code index of a table (code → rows). */
import type { CellValue, CodeIndex, Grid } from "./types";
import { cellCodes, codeKey, codeTextOf, isAscii } from "./codes";
import type { SettingsInput } from "./settings";
import type { CodeTable } from "./code-table";
import { resolveSettings } from "./resolve-settings";
import { analyze } from "./analyze";

/** A `CodeIndex` over a code table built by the check. */
export function codeIndexOver(table: CodeTable): CodeIndex {
  return {
    find(code: string): number[] {
      if (typeof code !== "string") return [];
      const k = table.find(code);
      return k < 0 ? [] : table.rowList(k);
    },
    get size() {
      return table.size;
    },
  };
}

/**
 * The rows holding each code of the table (data rows only), compared as the
 * settings say: trimmed, NFC, case-insensitive unless `caseSensitiveCodes`.
 * A scanner's `" pole-01 \r"` finds `POLE-01`. The index refers to `values` as
 * they are now: rebuild it after the sheet changes. `checkInventory` builds the
 * same index; get it with `codeIndexOf(report)` instead of building it twice.
 *
 * @example buildCodeIndex([["Qty", "Code"], [1, "A1"]]).find("a1") // [1]
 */
export function buildCodeIndex(values: Grid, settings?: Partial<SettingsInput>): CodeIndex {
  return codeIndexOver(analyze(values, resolveSettings(settings)).codes);
}

/**
 * The positions in `cells` (the cells of a codes column, one per row) whose codes include
 * `wanted`, compared as `buildCodeIndex` compares them. For find-by-code when only the codes
 * column was read: one pass, no check of the rest of the row. Most cells are ruled out
 * without splitting them: a cell can hold the code only if its text contains it.
 *
 * @example findCodeInCells(["A1, B2", 7, " b2 "], "B2") // [0, 2]
 */
export function findCodeInCells(cells: readonly CellValue[], wanted: string, settings?: Partial<SettingsInput>): number[] {
  if (typeof wanted !== "string") return [];
  const { caseSensitiveCodes: caseSensitive, oneCodePerCell } = resolveSettings(settings);
  const key = codeKey(wanted, caseSensitive);
  if (key === "" || (key.includes(",") && !oneCodePerCell)) return [];
  const rows: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const text = codeTextOf(cells[i]);
    if (text.length < key.length) continue;
    const plain = isAscii(text);
    if (plain && !(caseSensitive ? text : text.toLowerCase()).includes(key)) continue;
    if (cellCodes(text, oneCodePerCell).some((code) => (plain && code.length !== key.length ? false : codeKey(code, caseSensitive) === key))) rows.push(i);
  }
  return rows;
}
