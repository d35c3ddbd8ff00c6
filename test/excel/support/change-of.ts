/**
 * The contract's `SheetChange` built from a plan's replacements, merges or edits, for the
 * adapter tests while the engine's planners do not fill `plan.change` yet (tests only: src
 * reads `plan.change` and nothing else). Rules, from src/core/types.ts: serialize inserts
 * N−1 copies of a replaced row and writes the cells of its units that differ from it;
 * aggregate deletes every non-first row of a merge and writes the merged row's changed cells
 * at its first row as the deletes leave it; fixes only write. Every non-empty string is
 * written as text.
 */
import { detectTable, type AggregatePlan, type CellEdit, type CellValue, type Grid, type SerializePlan, type SettingsInput, type SheetChange } from "../../../src/core";

const isText = (value: CellValue): boolean => typeof value === "string" && value !== "";
const empty = (value: CellValue): CellValue => value ?? "";

function headerRowOf(values: Grid, settings?: Partial<SettingsInput>): number {
  return detectTable(values, settings)?.headerRow ?? -1;
}

/** Cells of `row` that differ from `original`, as writes at grid row `at`. */
function changedCells(at: number, row: readonly CellValue[], original: readonly CellValue[], width: number): CellEdit[] {
  const writes: CellEdit[] = [];
  for (let c = 0; c < Math.max(width, row.length, original.length); c++) {
    const value = empty(row[c]);
    if (value !== empty(original[c])) writes.push({ row: at, column: c, value, asText: isText(value) });
  }
  return writes;
}

function sortWrites(writes: CellEdit[]): CellEdit[] {
  const byCell = new Map<string, CellEdit>();
  for (const w of writes) byCell.set(`${w.row},${w.column}`, w); // a later write of a cell wins
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.column - b.column);
}

/** A fix or generated-codes plan's edits as a change that only writes. */
export function editsChange(values: Grid, edits: readonly (Omit<CellEdit, "asText"> & { asText?: boolean })[], settings?: Partial<SettingsInput>): SheetChange {
  const writes = edits.map((e) => ({ row: e.row, column: e.column, value: e.value, asText: e.asText === true || isText(e.value) }));
  return { headerRow: headerRowOf(values, settings), inserts: [], deletes: [], writes: sortWrites(writes) };
}

/** A serialize plan's replacements as inserts and writes. */
export function serializeChange(values: Grid, replacements: SerializePlan["replacements"], settings?: Partial<SettingsInput>): SheetChange {
  const change: SheetChange = { headerRow: headerRowOf(values, settings), inserts: [], deletes: [], writes: [] };
  let added = 0;
  for (const r of [...replacements].sort((a, b) => a.row - b.row)) {
    const original = values[r.row] ?? [];
    if (r.rows.length > 1) change.inserts.push({ row: r.row, count: r.rows.length - 1 });
    r.rows.forEach((unit, k) => change.writes.push(...changedCells(r.row + added + k, unit, original, original.length)));
    added += r.rows.length - 1;
  }
  change.writes = sortWrites(change.writes);
  return change;
}

/** An aggregate plan's merges as deletes and writes. */
export function aggregateChange(values: Grid, merges: AggregatePlan["merges"], settings?: Partial<SettingsInput>): SheetChange {
  const groups = merges.filter((m) => m.rows.length > 1).map((m) => ({ rows: [...m.rows].sort((a, b) => a - b), row: m.row }));
  const deletes = groups.flatMap((g) => g.rows.slice(1)).sort((a, b) => a - b);
  const writes = groups.flatMap((g) => {
    const keep = g.rows[0];
    const original = values[keep] ?? [];
    return changedCells(keep - deletes.filter((d) => d < keep).length, g.row, original, original.length);
  });
  return { headerRow: headerRowOf(values, settings), inserts: [], deletes, writes: sortWrites(writes) };
}

/** The codes a serialize plan made up: unit codes not in the pooled row's own list, in row order. */
export function generatedCodes(values: Grid, replacements: SerializePlan["replacements"], settings?: Partial<SettingsInput>): string[] {
  const codes = detectTable(values, settings)?.columns.codes;
  if (codes === undefined) return [];
  return replacements.flatMap((r) => {
    const given = new Set(String(values[r.row][codes] ?? "").split(",").map((c) => c.trim()));
    return r.rows.map((unit) => String(unit[codes] ?? "")).filter((code) => !given.has(code.trim()));
  });
}

/** The plan as the adapter takes it: its own `change` once the engine fills it, else one built here. */
export function serializePlanned(values: Grid, plan: Omit<SerializePlan, "change" | "generated"> & Partial<SerializePlan>): SerializePlan {
  if (plan.change && plan.generated) return plan as SerializePlan;
  return { ...plan, change: serializeChange(values, plan.replacements), generated: generatedCodes(values, plan.replacements) };
}

/** The plan as the adapter takes it: its own `change` once the engine fills it, else one built here. */
export function aggregatePlanned(values: Grid, plan: Omit<AggregatePlan, "change"> & Partial<AggregatePlan>): AggregatePlan {
  return plan.change ? (plan as AggregatePlan) : { ...plan, change: aggregateChange(values, plan.merges) };
}

/** A fix plan's change: its own once the engine fills it, else one built from its edits. */
export function fixChange(values: Grid, plan: { change?: SheetChange; edits?: CellEdit[] }): SheetChange {
  return plan.change ?? editsChange(values, plan.edits ?? []);
}
