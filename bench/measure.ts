/**
 * Timing for the engine benchmark, each figure measured alone (issue 19, point 4): a forced
 * garbage collection before every measurement, so one figure does not pay for the garbage of
 * the one before, and the order of the figures varied from run to run (rotated, every other run
 * reversed), so none always runs first on a cold cache or last on a full heap.
 */
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** The collector: `global.gc` under `node --expose-gc`, else the same function exposed now. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

export const collectGarbage = collector();

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * CPU time of the main thread in ms (Linux: /proc, clock ticks of 10 ms), or NaN.
 * On a shared machine wall time includes waiting for a core; this does not, so the
 * bench prints both (CPU as the average over the runs, ticks being coarse).
 */
export function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** A figure: wall median and main-thread CPU mean in ms, and the last result. */
export interface Timing<T = unknown> {
  ms: number;
  cpu: number;
  result: T;
}

/** A figure to measure: `run` is timed; `before` and `after` (a set-up, an undo) are not. */
export interface Figure {
  name: string;
  run: () => unknown;
  before?: () => void;
  after?: () => void;
}

/** The order of the figures in run `i`: rotated by `i`, reversed on odd runs. */
export function orderOf<T>(items: readonly T[], i: number): T[] {
  const n = items.length;
  const rotated = items.map((_, k) => items[(k + i) % n]);
  return i % 2 === 1 ? rotated.reverse() : rotated;
}

/** Measures every figure `runs` times, each alone after a forced collection, in a varied order. */
export function timeAll(figures: readonly Figure[], runs: number): Map<string, Timing> {
  const wall = new Map<string, number[]>(figures.map((f) => [f.name, []]));
  const cpu = new Map<string, number>(figures.map((f) => [f.name, 0]));
  const last = new Map<string, unknown>();
  for (let i = 0; i < runs; i++) {
    for (const f of orderOf(figures, i)) {
      f.before?.();
      collectGarbage();
      const c0 = mainThreadCpuMs();
      const t0 = performance.now();
      last.set(f.name, f.run());
      (wall.get(f.name) as number[]).push(performance.now() - t0);
      cpu.set(f.name, (cpu.get(f.name) as number) + mainThreadCpuMs() - c0);
      f.after?.();
    }
  }
  return new Map(figures.map((f) => [f.name, { ms: median(wall.get(f.name) as number[]), cpu: (cpu.get(f.name) as number) / runs, result: last.get(f.name) }]));
}
