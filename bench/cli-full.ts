/**
 * Issue 23 §1 and §6, part of `npm run bench -- cli`: every --out command on a full sheet
 * (1,048,575 data rows × 8 columns) beside `check` of the same file, time and peak RSS of a
 * fresh process each (budget: 1.5 GB and 3× check); and `check` of 100 rows with a value at
 * XFD1048576 beside the same sheet without it. Files are generated in a temporary folder.
 * `BENCH_FULL=summary,aggregate` runs only the --out rows whose label holds one of the words
 * (with the `check` of their file, and the stray-cell rows only when a word is "stray").
 */
import { fork } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";

const FULL = 1_048_575;
/** A child still running after this long is stopped and reported as such. */
const LIMIT_MS = 5 * 60_000;
const BUDGET_BYTES = 1.5 * 1024 ** 3;

interface Outcome {
  ms: number;
  /** User plus system CPU time: steadier than wall time when other jobs share the cores. */
  cpuMs: number;
  peakBytes: number;
  exitCode: number;
}

/** The words of BENCH_FULL, or none (everything runs). */
const chosen = (process.env.BENCH_FULL ?? "").split(",").map((w) => w.trim()).filter(Boolean);
const wanted = (label: string) => chosen.length === 0 || chosen.some((w) => label.includes(w));

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Row r (1-based data row): groups of 4 rows equal but for their codes (aggregate merges them); every 25th row of 2 units. */
function dataRow(r: number, room: boolean): (string | number)[] {
  const group = Math.floor((r - 1) / 4);
  const two = room && r % 25 === 0;
  return [`Item ${group}`, ["Skis", "Boots", "Helmets"][group % 3], two ? 2 : 1, two ? `C-${r}a, C-${r}b` : `C-${r}`, 10, 1, `Shelf ${group % 7}`, "ok"];
}

const HEADER = ["Name", "Category", "Qty", "Codes", "Income", "Expense", "Location", "Status"];

async function writeXlsx(file: string, rows: number, room: boolean, stray?: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet("Inventory");
  sheet.addRow(HEADER).commit();
  for (let r = 1; r <= rows; r++) sheet.addRow(dataRow(r, room)).commit();
  if (stray) sheet.getCell(stray).value = "leftover";
  sheet.commit();
  await workbook.commit();
}

function writeCsv(file: string, rows: number, room: boolean): void {
  const lines = [HEADER.join(",")];
  for (let r = 1; r <= rows; r++) lines.push(dataRow(r, room).map((v) => (typeof v === "string" && v.includes(",") ? `"${v}"` : v)).join(","));
  writeFileSync(file, `${lines.join("\n")}\n`);
}

function child(dir: string, argv: string[]): Promise<Outcome | "over" | "failed"> {
  return new Promise((resolve) => {
    const proc = fork(__filename, ["--child-main", dir, JSON.stringify(argv)], { execArgv: process.execArgv, stdio: ["ignore", "ignore", "ignore", "ipc"] });
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      resolve("over");
    }, LIMIT_MS);
    proc.once("message", (m) => {
      clearTimeout(timer);
      resolve(m as Outcome);
    });
    proc.once("exit", () => {
      clearTimeout(timer);
      resolve("failed");
    });
  });
}

async function runChild(dir: string, argv: string[]): Promise<void> {
  const started = performance.now();
  const exitCode = await main(argv, { stdout: () => undefined, stderr: () => undefined, cwd: dir });
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.send?.({ ms: performance.now() - started, cpuMs, peakBytes: usage.maxRSS * 1024, exitCode } satisfies Outcome, () => process.exit(0));
}

function line(label: string, result: Outcome | "over" | "failed", check?: Outcome): string {
  if (result === "over") return `  ${label.padEnd(44)} stopped after ${s(LIMIT_MS)}`;
  if (result === "failed") return `  ${label.padEnd(44)} died (out of memory?)`;
  const ratio = check ? `  ${(result.ms / check.ms).toFixed(1)}× check (cpu ${(result.cpuMs / check.cpuMs).toFixed(1)}×)` : "";
  const within = check ? (result.peakBytes <= BUDGET_BYTES && result.ms <= 3 * check.ms ? "  within budget" : "  OVER budget") : "";
  return `  ${label.padEnd(44)} ${s(result.ms).padStart(8)}  cpu ${s(result.cpuMs).padStart(8)}  peak ${mb(result.peakBytes).padStart(8)}  exit ${result.exitCode}${ratio}${within}`;
}

async function fullSize(dir: string, kind: "xlsx" | "csv"): Promise<void> {
  const full = `full.${kind}`;
  const room = `room.${kind}`;
  const runs = outRuns(kind, full, room).filter(([label]) => wanted(label));
  if (runs.length === 0) return;
  if (kind === "xlsx") {
    await writeXlsx(path.join(dir, full), FULL, false);
    await writeXlsx(path.join(dir, room), 1_000_000, true);
  } else {
    writeCsv(path.join(dir, full), FULL, false);
    writeCsv(path.join(dir, room), 1_000_000, true);
  }
  console.log(`Full sheet as .${kind}: ${FULL.toLocaleString("en-US")} rows × 8 columns, ${mb(statSync(path.join(dir, full)).size)}`);
  // Each --out run beside `check` of its own file, each file checked once, just before its first run.
  const checks = new Map<string, Outcome | undefined>();
  for (const [label, argv] of runs) {
    const file = argv[1];
    if (!checks.has(file)) {
      const check = await child(dir, ["check", file]);
      console.log(line(`check ${file}`, check));
      checks.set(file, typeof check === "string" ? undefined : check);
    }
    console.log(line(label, await child(dir, argv), checks.get(file)));
  }
}

function outRuns(kind: "xlsx" | "csv", full: string, room: string): [string, string[]][] {
  return [
    [`summary ${full} --out`, ["summary", full, "--out", `summary-${kind}.xlsx`]],
    [`aggregate ${full} --rows (all) --out`, ["aggregate", full, "--rows", `2-${FULL + 1}`, "--out", `aggregate-${kind}.xlsx`]],
    [`serialize ${room} (1,000,000 rows, 40,000 split) --out`, ["serialize", room, "--rows", "2-1000001", "--out", `serialize-${kind}.xlsx`]],
  ];
}

async function strayCell(dir: string): Promise<void> {
  await writeXlsx(path.join(dir, "plain.xlsx"), 100, false);
  await writeXlsx(path.join(dir, "stray.xlsx"), 100, false, "XFD1048576");
  console.log("100 rows, with and without one value at XFD1048576 (check, fresh process):");
  console.log(line("check plain.xlsx", await child(dir, ["check", "plain.xlsx"])));
  console.log(line("check stray.xlsx", await child(dir, ["check", "stray.xlsx"])));
}

export async function runFull(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "inventory-rows-bench-full-"));
  try {
    if (wanted("stray")) await strayCell(dir);
    await fullSize(dir, "csv");
    await fullSize(dir, "xlsx");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module && process.argv[2] === "--child-main") void runChild(process.argv[3], JSON.parse(process.argv[4]) as string[]);
