/**
 * The incremental engine (issue 19, `InventoryIndex`): a 100,000-row sheet built once, then
 * pastes of 1, 100 and 5,000 rows, an insert and a delete of 100 rows, each with the report and
 * the summary read after it (what the live check needs), beside the full check and summary of
 * the same sheet in the same run. Every change is undone after its measurement (not timed), so
 * each run sees the same sheet. Target: a 100-row paste ≤ 5 ms.
 */
import { checkInventory, InventoryIndex, summarizeByCategory, type CellValue } from "../src/core";
import { timeAll, type Figure, type Timing } from "./measure";

const fmt = (t: Timing) => `${t.ms.toFixed(2).padStart(8)} ms (cpu ${Number.isNaN(t.cpu) ? "?" : t.cpu.toFixed(1).padStart(5)} ms)`;

/** Rows to paste: copies of sheet rows with codes of their own (`SKI-100001` → `SKI-P100001`), so a paste adds no duplicates. */
function pasted(values: readonly (readonly CellValue[])[], count: number): CellValue[][] {
  return values.slice(1, 1 + count).map((row) => row.map((v, c) => (c === 3 && typeof v === "string" ? v.replace(/-/g, "-P") : v)));
}

export function measureIndex(values: CellValue[][], runs: number): void {
  const t0 = performance.now();
  const index = InventoryIndex.build(values);
  void index.report;
  index.summary();
  const build = performance.now() - t0;
  const at = 40_000;
  const original = (count: number) => index.values.slice(at, at + count).map((row) => [...row]);
  const read = () => [index.report, index.summary()];
  const paste = (count: number): Figure => {
    const rows = pasted(values, count);
    const before = original(count);
    return {
      name: `paste ${count}`,
      run: () => [index.replaceRows(at, rows), ...read()],
      after: () => void (index.replaceRows(at, before), read()),
    };
  };
  const removed = original(100);
  const inserted = pasted(values, 100);
  const figures: Figure[] = [
    paste(1), paste(100), paste(5_000),
    { name: "insert 100", run: () => [index.insertRows(at, inserted), ...read()], after: () => void (index.deleteRows(at, 100), read()) },
    { name: "delete 100", run: () => [index.deleteRows(at, 100), ...read()], after: () => void (index.insertRows(at, removed), read()) },
    { name: "full", run: () => summarizeByCategory(index.values, undefined, checkInventory(index.values)) },
  ];
  const t = timeAll(figures, runs);
  const full = t.get("full") as Timing;
  const modes = figures.slice(0, 5).map((f) => JSON.stringify((t.get(f.name)?.result as unknown[])[0])).filter((m) => !m.includes("incremental"));
  console.log(`index: ${(values.length - 1).toLocaleString("en-US")} data rows built once in ${build.toFixed(0)} ms; ` +
    `each change with its report and summary read, median of ${runs} runs${modes.length > 0 ? ` (NOT incremental: ${modes.join(", ")})` : ""}`);
  for (const f of figures.slice(0, 5)) {
    const x = t.get(f.name) as Timing;
    const target = f.name === "paste 100" ? "   target ≤ 5 ms" : "";
    console.log(`  ${f.name.padEnd(40)} ${fmt(x)}   ${(full.ms / x.ms).toFixed(0).padStart(5)}× faster than the full check${target}`);
  }
  console.log(`  ${"full check + summary of the same sheet".padEnd(40)} ${fmt(full)}`);
}
