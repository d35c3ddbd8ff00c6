/**
 * Command-line benchmark (issue 7): `inventory-rows check` of a 100,000-row .xlsx end to end
 * (read the workbook, build the grid, check), time and peak memory. The workbook is generated
 * into a temporary folder from bench/core's realistic table. Each run is a fresh child process,
 * so its peak RSS is its own. Baselines measured the same way in the same run: exceljs's
 * streaming reader visiting every row and doing nothing else (the floor for our reader, which
 * streams when nothing is written), and exceljs loading the whole workbook (what --out needs).
 */
import { fork } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { generateInventory } from "./core";
import { runFull } from "./cli-full";

const ROWS = 100_000;
const RUNS = 3;

interface ChildResult {
  ms: number;
  peakBytes: number;
  exitCode: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function writeWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet("Inventory");
  for (const row of generateInventory(ROWS)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

type Mode = "cli" | "stream" | "load";

function child(mode: Mode, file: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const proc = fork(__filename, [`--child-${mode}`, file], { execArgv: process.execArgv, stdio: ["ignore", "ignore", "inherit", "ipc"] });
    proc.once("message", (m) => resolve(m as ChildResult));
    proc.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`${mode} child exited with ${code}`))));
  });
}

async function runChild(mode: Mode, file: string): Promise<void> {
  const started = performance.now();
  let exitCode = 0;
  if (mode === "cli") {
    exitCode = await main(["check", file, "--json"], { stdout: () => undefined, stderr: (t) => void process.stderr.write(t) });
  } else if (mode === "stream") {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
    for await (const sheet of reader) for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) void row.number;
  } else {
    await new ExcelJS.Workbook().xlsx.readFile(file);
  }
  const ms = performance.now() - started;
  process.send?.({ ms, peakBytes: process.resourceUsage().maxRSS * 1024, exitCode } satisfies ChildResult);
}

export async function run(): Promise<void> {
  // BENCH_FULL chooses rows of the full-sheet part only (bench/cli-full.ts).
  if (!process.env.BENCH_FULL) await run100k();
  await runFull();
}

async function run100k(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "inventory-rows-bench-"));
  try {
    const file = path.join(dir, "inventory-100k.xlsx");
    const t0 = performance.now();
    await writeWorkbook(file);
    console.log(`${ROWS.toLocaleString("en-US")} rows × 10 columns as .xlsx: ${mb(statSync(file).size)} on disk, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const results: Record<Mode, ChildResult[]> = { cli: [], stream: [], load: [] };
    for (let i = 0; i < RUNS; i++) for (const mode of ["stream", "cli", "load"] as const) results[mode].push(await child(mode, file));
    const ms = (mode: Mode) => median(results[mode].map((r) => r.ms));
    const peak = (mode: Mode) => mb(Math.max(...results[mode].map((r) => r.peakBytes)));
    console.log(`inventory-rows check FILE --json (read + grid + check), median of ${RUNS} fresh processes:`);
    console.log(`  time ${(ms("cli") / 1000).toFixed(2)} s   peak RSS ${peak("cli")}   exit code ${results.cli[0].exitCode} (the table has ~1 % damaged rows)`);
    console.log(`  baseline exceljs streaming read, every row, nothing else: ${(ms("stream") / 1000).toFixed(2)} s, peak RSS ${peak("stream")}`);
    console.log(`  baseline exceljs whole-workbook load (what --out needs): ${(ms("load") / 1000).toFixed(2)} s, peak RSS ${peak("load")}`);
    console.log(`  ratio CLI check / streaming read ${(ms("cli") / ms("stream")).toFixed(2)}×, / whole load ${(ms("cli") / ms("load")).toFixed(2)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const flag = process.argv.find((a) => a.startsWith("--child-"));
  const mode = flag?.slice("--child-".length) as Mode | undefined;
  if (mode) void runChild(mode, process.argv[process.argv.length - 1]);
  else void run();
}
