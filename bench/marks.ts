/**
 * Marks benchmark (issue 18 point 4): marking about 10,000 problem cells on a 100,000-row sheet
 * on the strict host, then clearing them — syncs, largest request and response against Excel's
 * 5 MB limit, median time — beside the check of the same sheet (the baseline, same run).
 */
import { createInventoryApp, type InventoryApp } from "../src/app";
import type { CellValue } from "../src/core";
import { createTestHost, type TestHost } from "../test/host";
import { generateInventory } from "./core";
import { median } from "./measure";

const ROWS = 100_000;
const RUNS = 3;
const LIMIT = 5 * 1024 * 1024;

/** The generated inventory with every 10th data row's quantity made 2.5 (an error the check finds). */
function inventory(): CellValue[][] {
  const values = generateInventory(ROWS - 1);
  for (let r = 10; r < ROWS; r += 10) values[r][2] = 2.5;
  return values;
}

interface Figures {
  ms: number[];
  syncs: number;
  maxRequest: number;
  maxResponse: number;
  cells: number;
}

type Step = (app: InventoryApp) => Promise<number>;

async function measure(values: CellValue[][], before: Step | undefined, step: Step): Promise<Figures> {
  const f: Figures = { ms: [], syncs: 0, maxRequest: 0, maxResponse: 0, cells: 0 };
  for (let i = 0; i < RUNS; i++) {
    const host: TestHost = createTestHost({ sheets: [{ name: "Stock", values }], maxExcelApi: "1.20" });
    host.install();
    const app = createInventoryApp();
    if (before) await before(app);
    host.resetStats();
    const t0 = performance.now();
    f.cells = await step(app);
    f.ms.push(performance.now() - t0);
    f.syncs = host.stats.syncs;
    f.maxRequest = Math.max(...host.stats.requests);
    f.maxResponse = Math.max(...host.stats.responses);
    host.uninstall();
  }
  return f;
}

const check: Step = async (app) => {
  const r = await app.check();
  if (!r.ok) throw new Error(r.message);
  return r.value.issues.length;
};
const mark: Step = async (app) => {
  const r = await app.markIssues();
  if (!r.ok) throw new Error(r.message);
  return r.value.errorCells + r.value.warningCells;
};
const clear: Step = async (app) => {
  const r = await app.clearMarks();
  if (!r.ok) throw new Error(r.message);
  return 0;
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB (${((bytes / LIMIT) * 100).toFixed(0)}% of 5 MB)`;

export async function run(): Promise<void> {
  const values = inventory();
  const rows: [string, Figures][] = [
    ["check (baseline)", await measure(values, undefined, check)],
    ["mark", await measure(values, undefined, mark)],
    ["clear", await measure(values, async (app) => mark(app), clear)],
  ];
  console.log(`${ROWS.toLocaleString("en-US")} rows, median of ${RUNS}`);
  for (const [name, f] of rows) {
    const what = name === "check (baseline)" ? `${f.cells} issues` : name === "mark" ? `${f.cells} cells marked` : "";
    console.log(`${name.padEnd(17)} ${median(f.ms).toFixed(0).padStart(6)} ms  ${String(f.syncs).padStart(3)} syncs  request ≤ ${mb(f.maxRequest)}  response ≤ ${mb(f.maxResponse)}  ${what}`);
  }
}
