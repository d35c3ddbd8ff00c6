/** Find by code: the code index of a table (code → rows). */
import type { CodeIndex, Grid } from "./types";
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
