/**
 * Issue 14 §4, `npm run bench -- start`: how long `inventory-rows` takes to start, as an operator
 * runs it: fresh processes of bin/inventory-rows.js running the bundle dist/cli.js (built first
 * when missing or stale), beside `node -e 0` in the same run. Budget: `--help` and `check` of a
 * 10-row .csv within 300 ms (median of 5). A small .xlsx check (which loads exceljs) and one start
 * from the TypeScript source (what runs without a bundle) are printed for scale.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const RUNS = 5;
const BUDGET_MS = 300;
/** Above this, `node -e 0` alone says the machine is busy and every figure is inflated. */
const BUSY_BASELINE_MS = 150;
const WIDTH = 32;
const root = path.join(__dirname, "..");
const bin = path.join(root, "bin", "inventory-rows.js");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const ROWS = [["Name", "Qty", "Codes", "Income"], ...Array.from({ length: 10 }, (_, i) => [`Item ${i + 1}`, 1, `C-${i + 1}`, 10])];

interface Case {
  label: string;
  args: string[];
  budget: boolean;
}

/** Milliseconds one fresh process takes from spawn to exit; a failed run stops the bench. */
function timeOnce(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, INVENTORY_ROWS_SOURCE: "", ...env } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${run.status}: ${run.stderr}`);
  return ms;
}

function buildBundle(): void {
  const build = spawnSync(process.execPath, [path.join(root, "scripts", "build-cli.js")], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("dist/cli.js could not be built");
}

async function writeFiles(dir: string): Promise<{ csv: string; xlsx: string }> {
  const csv = path.join(dir, "small.csv");
  writeFileSync(csv, `${ROWS.map((row) => row.join(",")).join("\n")}\n`);
  const xlsx = path.join(dir, "small.xlsx");
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Inventory").addRows(ROWS);
  await workbook.xlsx.writeFile(xlsx);
  return { csv, xlsx };
}

function report(baseline: number, c: Case, ms: number): string {
  const verdict = !c.budget ? "(no budget)" : ms <= BUDGET_MS ? `budget ${BUDGET_MS} ms met` : `budget ${BUDGET_MS} ms NOT met`;
  const over = `+${(ms - baseline).toFixed(0)} ms`.padStart(8);
  return `  ${c.label.padEnd(WIDTH)} ${ms.toFixed(0).padStart(5)} ms  ${over} over node -e 0 (${(ms / baseline).toFixed(1)}×)   ${verdict}`;
}

export async function run(): Promise<void> {
  buildBundle();
  const dir = mkdtempSync(path.join(tmpdir(), "inventory-rows-start-"));
  try {
    const { csv, xlsx } = await writeFiles(dir);
    const cases: Case[] = [
      { label: "inventory-rows --help", args: [bin, "--help"], budget: true },
      { label: "inventory-rows check small.csv", args: [bin, "check", csv], budget: true },
      { label: "inventory-rows check small.xlsx", args: [bin, "check", xlsx], budget: false },
    ];
    const baseline: number[] = [];
    const times = cases.map(() => [] as number[]);
    // Interleaved, so a burst of load on the machine falls on every case alike.
    for (let i = 0; i < RUNS; i++) {
      baseline.push(timeOnce(["-e", "0"]));
      cases.forEach((c, k) => times[k].push(timeOnce(c.args)));
    }
    const base = median(baseline);
    console.log(`Start-up of bin/inventory-rows.js running dist/cli.js, median of ${RUNS} fresh processes (10-row files):`);
    console.log(`  ${"node -e 0 (baseline)".padEnd(WIDTH)} ${base.toFixed(0).padStart(5)} ms`);
    cases.forEach((c, k) => console.log(report(base, c, median(times[k]))));
    if (base > BUSY_BASELINE_MS) console.log(`  node alone took ${base.toFixed(0)} ms to start: the machine is busy and every figure is inflated (the ratios carry over better than the milliseconds)`);
    const source = timeOnce([bin, "--help"], { INVENTORY_ROWS_SOURCE: "1" });
    console.log(`  without the bundle (TypeScript source through tsx), --help, one run: ${(source / 1000).toFixed(1)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
