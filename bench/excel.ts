/**
 * Excel adapter benchmark (issue 4, docs/design.md §9): the app layer over the strict test
 * host with 100,000 rows — syncs, largest request/response per sync and time per
 * action (adapter + engine + the host's simulation of Excel), medians of 5 runs.
 * Check: syncs should be blocks + 1; serialize of 500 rows and the summary: a
 * small constant. A stray value at XFD4000 or XFD1048576 (issue 23): the check reads only the
 * table, so its time and syncs stay beside the check of the same sheet without it.
 */
import { createInventoryApp } from "../src/app";
import { IncrementalCheck } from "../src/app/incremental-check";
import { ok } from "../src/app/outcomes";
import { readInventory, runExcel, type UserChange } from "../src/excel";
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

/** What one live re-check cost: syncs, bytes read (responses) and sent, JS time. */
interface LiveCost {
  syncs: number;
  read: number;
  sent: number;
  ms: number;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + (b ?? 0), 0);

/** A live check of the sheet's watched changes, as the app runs it (full read the first time). */
function liveChecker(host: TestHost, serial: { n: number }): (changes: UserChange[]) => Promise<LiveCost> {
  const check = new IncrementalCheck({
    readSheet: (sheetId, work) => runExcel(async (context) => ok(await work(context, await readInventory(context, { sheetName: sheetId })))),
    readExcel: (work) => runExcel(work),
    seen: () => serial.n,
  });
  return async (changes) => {
    host.resetStats();
    const t0 = performance.now();
    const outcome = await check.apply("Stock", changes);
    const ms = performance.now() - t0;
    if (!outcome.ok) throw new Error(outcome.message);
    if (changes.length > 0 && outcome.value.notice) throw new Error(`not incremental: ${outcome.value.notice}`);
    return { syncs: host.stats.syncs, read: sum(host.stats.responses), sent: sum(host.stats.requests), ms };
  };
}

/**
 * Live check (issue 19, docs/design.md §25): a paste of 1, 100 and 5,000 rows into the
 * 100,000-row sheet, checked by reading only those rows into the kept index, beside the full
 * re-check (read everything, check everything) in the same run; medians of 5.
 */
export async function runLive(): Promise<void> {
  const values = inventory();
  const pastes = [1, 100, 5_000];
  const costs = new Map<string, LiveCost[]>();
  const note = (name: string, cost: LiveCost) => costs.set(name, [...(costs.get(name) ?? []), cost]);
  for (let i = 0; i < RUNS; i++) {
    const host = createTestHost({ sheets: [{ name: "Stock", values }] });
    host.install();
    const serial = { n: 0 };
    const live = liveChecker(host, serial);
    note("full re-check", await live([]));
    for (const rows of pastes) {
      const first = 40_000 + i * 6_000;
      const address = `A${first}:J${first + rows - 1}`;
      host.userEdit("Stock", address, generateInventory(rows, 7 + i).slice(1));
      serial.n += 1;
      note(`paste ${rows.toLocaleString("en-US")} rows`, await live([{ address, changeType: "RangeEdited", serial: serial.n }]));
    }
    host.uninstall();
  }
  const full = median(costs.get("full re-check")!.map((c) => c.read));
  console.log(`live check over the test host, ${ROWS.toLocaleString("en-US")} rows × ${values[0].length} columns, median of ${RUNS}`);
  console.log("change               | JS ms | syncs |       read |    sent | less data than full");
  for (const [name, list] of costs) {
    const read = median(list.map((c) => c.read));
    const kb1 = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
    console.log(
      `${name.padEnd(20)} | ${median(list.map((c) => c.ms)).toFixed(1).padStart(5)} | ${String(median(list.map((c) => c.syncs))).padStart(5)} | ${kb1(read).padStart(10)} | ${kb1(median(list.map((c) => c.sent))).padStart(7)} | ${(full / read).toFixed(0)}×`,
    );
  }
}

if (process.argv[1]?.endsWith("excel.ts")) {
  (process.argv.includes("live") ? runLive() : run()).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
