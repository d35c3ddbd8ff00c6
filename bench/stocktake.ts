/**
 * Stocktake benchmark (issue 20, design.md §26): a 100,000-row sheet, the session built once
 * (check + lookup), then 10,000 scans answered one at a time: per-scan JS time, median and p99,
 * against the 1 ms budget. Scans mix units, pool codes, second scans, unknown codes and scanner
 * line ends, as a real walk along the shelves does.
 */
import { checkInventory, StocktakeSession, type CellValue } from "../src/core";
import { generateInventory } from "./core";

const ROWS = 100_000;
const SCANS = 10_000;
const BUDGET_MS = 1;

/** Codes of the sheet in row order (the codes column is D in the generated inventory). */
function codesOf(values: CellValue[][]): string[] {
  const codes: string[] = [];
  for (let r = 1; r < values.length; r++) {
    const cell = values[r][3];
    if (typeof cell === "string") for (const part of cell.split(",")) if (part.trim() !== "") codes.push(part.trim());
  }
  return codes;
}

/** 10,000 scans: mostly codes of the sheet (every 7th again, in lower case), 5 % unknown, CRLF on some. */
function scansFor(codes: readonly string[]): string[] {
  const scans: string[] = [];
  for (let i = 0; i < SCANS; i++) {
    if (i % 20 === 19) scans.push(`NOPE-${i}`);
    else if (i % 7 === 6) scans.push(scans[i - 3].toLowerCase());
    else scans.push(codes[(i * 7919) % codes.length] + (i % 3 === 0 ? "\r\n" : ""));
  }
  return scans;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export function run(): void {
  const values = generateInventory(ROWS);
  const t0 = performance.now();
  const report = checkInventory(values);
  const t1 = performance.now();
  const session = StocktakeSession.start(values, undefined, report);
  const t2 = performance.now();
  const scans = scansFor(codesOf(values));
  const times = new Float64Array(SCANS);
  const kinds = new Map<string, number>();
  for (let i = 0; i < SCANS; i++) {
    const s0 = performance.now();
    const { outcome } = session.scan(scans[i]);
    times[i] = performance.now() - s0;
    kinds.set(outcome.kind, (kinds.get(outcome.kind) ?? 0) + 1);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const r0 = performance.now();
  const result = session.result();
  const r1 = performance.now();
  const median = percentile(sorted, 0.5);
  const p99 = percentile(sorted, 0.99);
  console.log(`stocktake: ${ROWS.toLocaleString("en-US")} rows, ${SCANS.toLocaleString("en-US")} scans`);
  console.log(`  check (once)             ${(t1 - t0).toFixed(1)} ms`);
  console.log(`  session built once       ${(t2 - t1).toFixed(1)} ms (lookup over the check's code table)`);
  console.log(`  per scan, median         ${(median * 1000).toFixed(1)} µs`);
  console.log(`  per scan, p99            ${(p99 * 1000).toFixed(1)} µs (max ${(sorted[SCANS - 1] * 1000).toFixed(1)} µs)`);
  console.log(`  budget ${BUDGET_MS} ms per scan      ${p99 <= BUDGET_MS ? "met" : "NOT met"} at p99`);
  console.log(`  result() after the scans ${(r1 - r0).toFixed(1)} ms (${result.records.length.toLocaleString("en-US")} records)`);
  console.log(`  outcomes                 ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`);
}
