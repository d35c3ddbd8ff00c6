/**
 * Engine benchmark (issue 2, docs/design.md §9): check, summary and serialize-plan on
 * generated realistic tables, with baselines measured in the same run:
 * - bare pass: `typeof` on every cell (the floor no checker can reach),
 * - code-hash floor: split, trim, fold (NFC when not ASCII) and add every code to a `Set`,
 * - arquero 7 `groupby().rollup()` of the same category sums (prebuilt table, and including `aq.from`).
 * 100,000 rows × 10 columns in this process; the full sheet (1,048,575 data rows)
 * in a child process so its peak RSS is its own.
 */
import { fork } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import * as aq from "arquero";
import { checkInventory, detectTable, planSerialize, summarizeByCategory, type CategorySummary, type CellValue, type CheckReport, type SerializePlan } from "../src/core";
import { collectGarbage, median, timeAll, type Timing } from "./measure";
import { measureIndex } from "./core-index";

const CATEGORIES = ["Skis", "Ski poles", "Helmets", "Boots", "Snowboards", "Goggles", "Bikes", "E-bikes", "Kayaks",
  "Paddles", "Tents", "Cars"];
const NAMES = ["Alpine 170", "Carbon pole", "Kids helmet", "Touring boot", "Freeride 158", "Photochromic", "Gravel 54",
  "City e-bike", "Sea kayak", "Carbon paddle", "Dome 3p", "Compact car"];
const LOCATIONS = ["Front store", "Warehouse A", "Warehouse B", "Workshop", "On rent"];
const STATUS = ["Available", "Rented", "Maintenance"];
const HEADER = ["Name", "Category", "Qty", "Stock codes", "Income", "Expense", "Location", "Purchase date", "Notes", "Status"];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A realistic inventory: 12 categories, 1–3 codes a row, ~10 % aggregated rows
 * (quantity 2–20), money with cents, and a sprinkle of damage (~1 % of rows:
 * duplicate codes, quantity as text, missing codes, `#N/A`, amounts as text).
 */
export function generateInventory(dataRows: number, seed = 42): CellValue[][] {
  const rnd = random(seed);
  const values: CellValue[][] = new Array(dataRows + 1);
  values[0] = HEADER.slice();
  let serial = 100000;
  for (let r = 1; r <= dataRows; r++) {
    const cat = Math.floor(rnd() * CATEGORIES.length);
    const aggregated = rnd() < 0.1;
    const qty = aggregated ? 2 + Math.floor(rnd() * 19) : 1;
    const nCodes = Math.min(qty === 1 ? 1 + Math.floor(rnd() * 1.3) : 1 + Math.floor(rnd() * 3), Math.max(qty, 2));
    const prefix = CATEGORIES[cat].slice(0, 3).toUpperCase();
    const parts: string[] = [];
    for (let k = 0; k < nCodes; k++) parts.push(`${prefix}-${serial++}`);
    const codes = parts.join(", "); // a flat string, like the text Office.js returns
    const income = Math.floor(rnd() * 5_000_000) / 100;
    const expense = Math.floor(rnd() * 1_000_000) / 100;
    const row: CellValue[] = [NAMES[cat], CATEGORIES[cat], qty, codes, income, expense, LOCATIONS[r % 5], 45000 + (r % 1500), "", STATUS[r % 3]];
    const damage = rnd();
    if (damage < 0.004 && r > 10) row[3] = values[r - 7][3]; // duplicate codes
    else if (damage < 0.006) row[2] = String(qty); // quantity as text
    else if (damage < 0.008) row[3] = ""; // missing codes
    else if (damage < 0.009) row[5] = "#N/A";
    else if (damage < 0.010) row[4] = income.toFixed(2); // amount as text
    values[r] = row;
  }
  return values;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

function barePass(values: CellValue[][]): number {
  let n = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) if (typeof row[c] === "string") n++;
  }
  return n;
}

/** The floor that matters: every normalised code hashed once (fresh strings in a Set). */
function codeSetFloor(values: CellValue[][], codesColumn: number): number {
  const seen = new Set<string>();
  let duplicates = 0;
  for (let r = 1; r < values.length; r++) {
    const cell = values[r][codesColumn];
    if (typeof cell !== "string") continue;
    for (const part of cell.split(",")) {
      let code = part.trim();
      if (!isAscii(code)) code = code.normalize("NFC");
      code = code.toLowerCase();
      if (seen.has(code)) duplicates++;
      else seen.add(code);
    }
  }
  return duplicates;
}

function columnsOf(values: CellValue[][]) {
  const n = values.length - 1;
  const category = new Array<unknown>(n);
  const qty = new Array<unknown>(n);
  const income = new Array<unknown>(n);
  const expense = new Array<unknown>(n);
  for (let r = 1; r <= n; r++) {
    const row = values[r];
    category[r - 1] = row[1];
    qty[r - 1] = row[2];
    income[r - 1] = row[4];
    expense[r - 1] = row[5];
  }
  return { category, qty, income, expense };
}

function arqueroRollup(table: aq.ColumnTable) {
  return table
    .groupby("category")
    .rollup({ records: aq.op.count(), units: aq.op.sum("qty"), income: aq.op.sum("income"), expense: aq.op.sum("expense") })
    .orderby("category")
    .objects();
}

const fmt = (t: { ms: number; cpu: number }) => `${t.ms.toFixed(1).padStart(8)} ms (cpu ${Number.isNaN(t.cpu) ? "?" : t.cpu.toFixed(0).padStart(5)} ms)`;
const ratio = (a: { ms: number; cpu: number }, b: { ms: number; cpu: number }) =>
  `${(a.ms / b.ms).toFixed(2)}× (cpu ${Number.isNaN(a.cpu) || b.cpu === 0 ? "?" : (a.cpu / b.cpu).toFixed(2)}×)`;
const slower = (a: { ms: number }, b: { ms: number }) => `${((a.ms / b.ms - 1) * 100).toFixed(1)} %`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Measures everything on one table size and prints it. */
function measure(dataRows: number, runs: number): number {
  const values = generateInventory(dataRows);
  const selection: number[] = [];
  for (let r = 1; r < values.length && selection.length < 500; r++) if (values[r][2] !== 1 && typeof values[r][2] === "number") selection.push(r);
  // Warm up the JIT on a small table first.
  const warm = generateInventory(20_000, 7);
  for (let i = 0; i < 3; i++) summarizeByCategory(warm, undefined, checkInventory(warm));

  // The engine first, so the peak RSS after it is the engine's (grid included), not the baselines'.
  // Each figure alone: a forced collection before it, the order varied between runs (measure.ts).
  const report = checkInventory(values);
  const engine = timeAll([
    { name: "check", run: () => checkInventory(values) },
    { name: "summary", run: () => summarizeByCategory(values, undefined, report) },
    { name: "both", run: () => summarizeByCategory(values, undefined, checkInventory(values)) },
    { name: "summaryAlone", run: () => summarizeByCategory(values) },
    { name: "serialize", run: () => planSerialize(values, selection, undefined, report) },
    { name: "serializeAlone", run: () => planSerialize(values, selection) },
  ], runs);
  const check = engine.get("check") as Timing<CheckReport>;
  const summary = engine.get("summary") as Timing<CategorySummary>;
  const [both, summaryAlone] = [engine.get("both") as Timing, engine.get("summaryAlone") as Timing];
  const serialize = engine.get("serialize") as Timing<SerializePlan>;
  const serializeAlone = engine.get("serializeAlone") as Timing;
  const engineRss = process.resourceUsage().maxRSS * 1024;
  const catalogues = headerCatalogues(values, dataRows <= 100_000 ? 21 : runs);
  const cols = columnsOf(values);
  const prebuilt = aq.table(cols);
  const objects = values.slice(1).map((row) => ({ category: row[1], qty: row[2], income: row[4], expense: row[5] }));
  const baselines = timeAll([
    { name: "bare", run: () => barePass(values) },
    { name: "floor", run: () => codeSetFloor(values, 3) },
    { name: "arq", run: () => arqueroRollup(prebuilt) },
    { name: "arqFrom", run: () => arqueroRollup(aq.from(objects)) },
  ], runs);
  const [bare, floor, arq, arqFrom] = ["bare", "floor", "arq", "arqFrom"].map((name) => baselines.get(name) as Timing);

  const newRows = serialize.result.replacements.reduce((n, rep) => n + rep.rows.length - 1, 0);
  console.log(`${dataRows.toLocaleString("en-US")} data rows × 10 columns, median of ${runs} runs ` +
    `(${report.issues.length} issues, ${report.rows.invalid} invalid rows, ${summary.result.categories.length} categories); ` +
    `wall median, main-thread cpu mean; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
  console.log(`  baseline bare pass (typeof every cell)     ${fmt(bare)}`);
  console.log(`  baseline code-hash floor (Set of codes)    ${fmt(floor)}`);
  console.log(`  baseline arquero groupby/rollup (prebuilt) ${fmt(arq)}`);
  console.log(`  baseline arquero incl. aq.from             ${fmt(arqFrom)}`);
  console.log(`  check                                      ${fmt(check)}   ${ratio(check, floor)} code-hash floor, ${ratio(check, bare)} bare pass`);
  console.log(`  check, English headers only (languages en) ${fmt(catalogues.english)}`);
  console.log(`  check, all 12 header catalogues (default)  ${fmt(catalogues.all)}   ${slower(catalogues.all, catalogues.english)} slower ` +
    `(cpu ${((catalogues.all.cpu / catalogues.english.cpu - 1) * 100).toFixed(1)} %) ` +
    `than English only (target ≤ 2 %); header detection alone ${catalogues.detectUs.toFixed(1)} µs ` +
    `(${((catalogues.detectUs / 1000 / catalogues.all.ms) * 100).toFixed(3)} % of the check)`);
  console.log(`  summary (reusing the check)                ${fmt(summary)}   ${ratio(summary, arq)} arquero prebuilt, ${ratio(summary, arqFrom)} incl. aq.from`);
  console.log(`  summary alone (runs its own check)         ${fmt(summaryAlone)}`);
  console.log(`  check + summary                            ${fmt(both)}   target ≤ 100 ms at 100,000 rows`);
  console.log(`  serialize plan, ${selection.length} rows → ${newRows} new (reusing) ${fmt(serialize)}`);
  console.log(`  serialize plan alone (runs its own check)  ${fmt(serializeAlone)}`);
  if (serialize.result.refused.length > 0) console.log(`    (${serialize.result.refused.length} rows refused: ${serialize.result.refused[0].reason})`);
  return engineRss;
}

/**
 * Check with every header catalogue active (the default) against English only (issue 12): the
 * two alternate, each going first in turn, so a busy neighbour or a collection left over by
 * the other run weighs on both alike; process CPU time beside wall time. And header detection
 * on its own, the only work the catalogues add.
 */
function headerCatalogues(values: CellValue[][], runs: number) {
  const wall = { english: [] as number[], all: [] as number[] };
  const cpu = { english: 0, all: 0 };
  const once = (which: "english" | "all") => {
    collectGarbage();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    checkInventory(values, which === "english" ? { languages: ["en"] } : undefined);
    wall[which].push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu[which] += (c.user + c.system) / 1000;
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      once("english");
      once("all");
    } else {
      once("all");
      once("english");
    }
  }
  const header = values.slice(0, 1);
  const t0 = performance.now();
  for (let i = 0; i < 2000; i++) detectTable(header);
  const detect = { ms: (performance.now() - t0) / 2000 };
  return {
    english: { ms: median(wall.english), cpu: cpu.english / runs }, all: { ms: median(wall.all), cpu: cpu.all / runs },
    detectUs: detect.ms * 1000,
  };
}

/** Child process: the full sheet, then its peak RSS. */
function fullSheet(): void {
  const engine = measure(1_048_575, 3);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(`  peak RSS: grid + engine ${mb(engine)} (target < 1,536 MB); with the baselines too ${mb(peak)}`);
}

export async function run(): Promise<void> {
  measure(100_000, 11);
  console.log("");
  measureIndex(generateInventory(100_000), 11);
  console.log("");
  await new Promise<void>((resolve, reject) => {
    const child = fork(__filename, ["--full-sheet"], { execArgv: process.execArgv, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`full-sheet benchmark exited with ${code}`))));
  });
}

if (require.main === module && process.argv.includes("--full-sheet")) fullSheet();
