/**
 * The records a stocktake counts against (design.md §26): every valid row, in sheet order, with
 * its category grouped as the category summary groups it (§5): NFC, trimmed, inner whitespace
 * collapsed, any case; labelled with the spelling met first; `(uncategorized)` last, the rest
 * A→Z ignoring case and accents.
 */
import type { Analysis } from "./analyze";
import { VALID } from "./analyze";
import { codeTextOf } from "./codes";
import { UNCATEGORIZED } from "./summary";

/** A record before counting: what the sheet says. */
export interface RecordSkeleton {
  row: number;
  /** Index into `StocktakeRecords.categories`. */
  group: number;
  name?: string;
  codes: string;
  expected: number;
}

export interface StocktakeRecords {
  records: RecordSkeleton[];
  /** Category labels in the summary's order. */
  categories: string[];
}

const collator = new Intl.Collator("en", { sensitivity: "base" });

/** The valid rows of `a` as records, and their categories in the summary's order. */
export function stocktakeRecords(a: Analysis): StocktakeRecords {
  const table = a.table;
  if (!table) return { records: [], categories: [] };
  const kc = table.columns.category ?? -1;
  const nc = table.columns.name ?? -1;
  const cc = table.columns.codes;
  const labels: string[] = [];
  const keys: string[] = [];
  const byKey = new Map<string, number>();
  const byRaw = new Map<unknown, number>();
  const records: RecordSkeleton[] = [];
  for (let r = table.headerRow + 1; r < a.state.length; r++) {
    if (a.state[r] !== VALID) continue;
    const row = a.values[r];
    const raw = kc >= 0 ? row[kc] : "";
    // Most rows repeat a category cell met before: the raw value skips normalising it again.
    let group = byRaw.get(raw);
    if (group === undefined) {
      const shown = codeTextOf(raw).normalize("NFC").trim().replace(/\s+/g, " ");
      const key = shown === "" ? "" : shown.toLowerCase();
      group = byKey.get(key);
      if (group === undefined) {
        group = labels.length;
        byKey.set(key, group);
        labels.push(shown === "" ? UNCATEGORIZED : shown);
        keys.push(key);
      }
      if (byRaw.size < 100_000) byRaw.set(raw, group);
    }
    const record: RecordSkeleton = { row: r, group, codes: codeTextOf(row[cc]), expected: a.quantity[r] };
    const name = nc >= 0 ? codeTextOf(row[nc]).trim() : "";
    if (name !== "") record.name = name;
    records.push(record);
  }
  const order = labels.map((_, i) => i).sort((x, y) => compareGroups(labels, keys, x, y));
  const position = new Int32Array(labels.length);
  order.forEach((g, i) => (position[g] = i));
  for (const record of records) record.group = position[record.group];
  return { records, categories: order.map((g) => labels[g]) };
}

/** The summary's order: A→Z ignoring case and accents, ties by key then spelling; uncategorized last. */
function compareGroups(labels: readonly string[], keys: readonly string[], x: number, y: number): number {
  if (keys[x] === "" || keys[y] === "") return (keys[x] === "" ? 1 : 0) - (keys[y] === "" ? 1 : 0);
  const a = labels[x];
  const b = labels[y];
  return collator.compare(a, b) || (keys[x] < keys[y] ? -1 : keys[x] > keys[y] ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0);
}
