/**
 * Excel adapter benchmark (issue 4, docs/design.md §9): the app layer over the strict test
 * host with 100,000 rows — syncs, largest request/response per sync and time per
 * action (adapter + engine + the host's simulation of Excel), medians of 5 runs.
 * Check: syncs should be blocks + 1; serialize of 500 rows and the summary: a
 * small constant. A stray value at XFD4000 or XFD1048576 (issue 23): the check reads only the
 * table, so its time and syncs stay beside the check of the same sheet without it.
 */
import { createInventoryApp } from "../src/app";
import type { CellValue } from "../src/core";
import { createTestHost, type TestHost } from "../test/host";
import { generateInventory } from "./core";

const ROWS = 100_000;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The generated inventory with its first 500 data rows turned into clean pools of 3 units. */
function inventory(): CellValue[][] {
  const values = generateInventory(ROWS - 1);
  for (let r = 1; r <= 500; r++) {
    values[r][2] = 3;
    values[r][3] = `POOL-${r}`;
    values[r][4] = 30.01;
    values[r][5] = 3;
  }
  return values;
}

interface Measure {
  ms: number[];
  syncs: number;
  maxRequest: number;
  maxResponse: number;
}

/** A benchmarked action; `prepare` changes the sheet before the stats start (a stray value). */
type Action = [name: string, action: (host: TestHost) => Promise<unknown>, prepare?: (host: TestHost) => void];

async function measure(values: CellValue[][], action: Action[1], prepare?: Action[2]): Promise<Measure> {
  const m: Measure = { ms: [], syncs: 0, maxRequest: 0, maxResponse: 0 };
  for (let i = 0; i < RUNS; i++) {
    const host = createTestHost({ sheets: [{ name: "Stock", values }], selection: "Stock!A2:A501" });
    host.install();
    prepare?.(host);
    host.resetStats();
    const t0 = performance.now();
    await action(host);
    m.ms.push(performance.now() - t0);
    m.syncs = host.stats.syncs;
    m.maxRequest = Math.max(...host.stats.requests);
    m.maxResponse = Math.max(...host.stats.responses);
    host.uninstall();
  }
  return m;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} kB`;

export async function run(): Promise<void> {
  const values = inventory();
  const stray = (address: string) => (host: TestHost) => host.userEdit("Stock", address, [["leftover"]]);
  const actions: Action[] = [
    ["check", () => createInventoryApp().check()],
    ["check + XFD4000", () => createInventoryApp().check(), stray("XFD4000")],
    ["check + XFD1048576", () => createInventoryApp().check(), stray("XFD1048576")],
    [
      "summary",
      async () => {
        const out = await createInventoryApp().summarize();
        if (!out.ok) throw new Error(out.message);
      },
    ],
    [
      "serialize 500 rows",
      async () => {
        const out = await createInventoryApp().serializeSelection();
        if (!out.ok) throw new Error(out.message);
      },
    ],
  ];
  console.log(`adapter over the test host, ${ROWS.toLocaleString("en-US")} rows × ${values[0].length} columns, median of ${RUNS}`);
  console.log("action               | median ms | syncs | largest request | largest response");
  for (const [name, action, prepare] of actions) {
    const m = await measure(values, action, prepare);
    console.log(
      `${name.padEnd(20)} | ${median(m.ms).toFixed(0).padStart(9)} | ${String(m.syncs).padStart(5)} | ${kb(m.maxRequest).padStart(15)} | ${kb(m.maxResponse).padStart(16)}`,
    );
  }
}

if (process.argv[1]?.endsWith("excel.ts")) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
