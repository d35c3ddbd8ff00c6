/**
 * Find by code when codes are unique within a part (`codesUniqueWithin`, design.md §17): the
 * rows holding a code, grouped by part, so the pane can ask which part was meant.
 */
import type { CellValue, TableInfo } from "./types";
import type { SettingsInput } from "./settings";
import { resolveSettings } from "./resolve-settings";
import { codeTextOf } from "./codes";
import { columnsNamed } from "./columns";

export interface CodePart {
  /** The part as first written (trimmed); `""` for rows without one. */
  part: string;
  /** Positions in the cells given, ascending. */
  rows: number[];
}

/** The grid column that scopes codes, or undefined (the whole sheet, or a header not on the sheet). */
export function partColumnOf(table: TableInfo, settings?: Partial<SettingsInput>): number | undefined {
  const name = resolveSettings(settings).codesUniqueWithin;
  return name === undefined ? undefined : columnsNamed(table.headers, [name])[0];
}

/**
 * `hits` (positions in `partCells`, the part column's cells) grouped by part, compared as the
 * duplicate check compares them (trimmed, NFC, any case), in the order first met.
 *
 * @example groupByPart(["Drill", "Saw", "drill "], [0, 1, 2]) // [{ part: "Drill", rows: [0, 2] }, { part: "Saw", rows: [1] }]
 */
export function groupByPart(partCells: readonly CellValue[], hits: readonly number[]): CodePart[] {
  const parts = new Map<string, CodePart>();
  for (const i of hits) {
    const shown = codeTextOf(partCells[i]).normalize("NFC").trim();
    const key = shown.toLowerCase();
    const found = parts.get(key);
    if (found) found.rows.push(i);
    else parts.set(key, { part: shown, rows: [i] });
  }
  return [...parts.values()];
}
