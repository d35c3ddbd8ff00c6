/** --out is claimed when it is written, not only checked when the run starts (issue 23 §5). */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { captureIO, readBack, tempDir, writeStockWorkbook } from "./support/workbooks";

const bin = path.join(__dirname, "..", "..", "bin", "inventory-rows.js");
const temps = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".tmp"));

/** Resolves once a .tmp file is in `dir`, woken by the folder's change events (no timers). */
function untilTempAppears(dir: string): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(dir, () => {
      if (temps(dir).length === 0) return;
      watcher.close();
      resolve();
    });
    if (temps(dir).length > 0) {
      watcher.close();
      resolve();
    }
  });
}

describe("--out claimed when written", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(() => writeStockWorkbook(tmp.file("stock.xlsx")));

  test("a file created at --out during the run is not replaced: exit 2 naming the path", async () => {
    const run = captureIO(tmp.dir);
    const io = { ...run.io, beforePlace: (target: string) => writeFileSync(target, "made by someone else") };
    expect(await main(["summary", "stock.xlsx", "--out", "raced.xlsx"], io)).toBe(2);
    expect(run.stderr()).toBe(`inventory-rows: --out ${tmp.file("raced.xlsx")} appeared while this run was writing (another program or run made it); it was not replaced: add --force to replace it\n`);
    expect(run.stdout()).not.toContain("Wrote");
    expect(readFileSync(tmp.file("raced.xlsx"), "utf8")).toBe("made by someone else");
    expect(temps(tmp.dir)).toEqual([]);
  });

  test("with --force a file that appeared during the run is replaced", async () => {
    const run = captureIO(tmp.dir);
    const io = { ...run.io, beforePlace: (target: string) => writeFileSync(target, "made by someone else") };
    expect(await main(["summary", "stock.xlsx", "--out", "forced.xlsx", "--force"], io)).toBe(0);
    expect((await readBack(tmp.file("forced.xlsx"))).worksheets.map((ws) => ws.name)).toContain("Inventory summary");
    expect(temps(tmp.dir)).toEqual([]);
  });

  test("two runs to the same --out: one writes, the other refuses; no result is lost silently", async () => {
    const a = captureIO(tmp.dir);
    const b = captureIO(tmp.dir);
    const codes = await Promise.all([
      main(["serialize", "stock.xlsx", "--rows", "4", "--out", "both.xlsx"], a.io),
      main(["summary", "stock.xlsx", "--out", "both.xlsx"], b.io),
    ]);
    expect([...codes].sort()).toEqual([0, 2]);
    const [winner, loser] = codes[0] === 0 ? [a, b] : [b, a];
    expect(winner.stdout()).toContain("Wrote both.xlsx");
    expect(loser.stdout()).not.toContain("Wrote");
    expect(loser.stderr()).toContain(`--out ${tmp.file("both.xlsx")} appeared while this run was writing`);
    expect(temps(tmp.dir)).toEqual([]);
  });

  test("temporary files of ours left by dead processes are removed by the next run; nothing else is", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const stale = `.inventory-rows-${dead}-0123abcd.tmp`;
    const alive = `.inventory-rows-${process.pid}-89abcdef.tmp`;
    const others = [".inventory-rows-notes.tmp", "other.tmp", `.inventory-rows-${dead}-0123abcd.tmp.bak`, `inventory-rows-${dead}-0123abcd.tmp`];
    for (const name of [stale, alive, ...others]) writeFileSync(tmp.file(name), "x");
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "stock.xlsx", "--out", "after-stale.xlsx"], run.io)).toBe(0);
    expect(existsSync(tmp.file(stale))).toBe(false);
    for (const name of [alive, ...others]) expect(existsSync(tmp.file(name))).toBe(true);
  });
});

describe("a signal while the output is being written removes the temporary file", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(() => writeStockWorkbook(tmp.file("stock.xlsx")));

  test.each(["SIGTERM", "SIGINT"] as const)("%s", async (signal) => {
    const out = `${signal}.xlsx`;
    const child = spawn(process.execPath, [bin, "summary", "stock.xlsx", "--out", out], {
      cwd: tmp.dir,
      env: { ...process.env, INVENTORY_ROWS_SOURCE: "1", INVENTORY_ROWS_TEST_HOLD_OUTPUT: "1" },
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, sig) => resolve(sig)));
    // Wait on state: the complete temporary file is there (the run holds before claiming --out).
    await untilTempAppears(tmp.dir);
    expect(temps(tmp.dir)).toEqual([expect.stringMatching(new RegExp(`^\\.inventory-rows-${child.pid}-[0-9a-f]{8}\\.tmp$`))]);
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(temps(tmp.dir)).toEqual([]);
    expect(existsSync(tmp.file(out))).toBe(false);
  }, 60_000);
});
