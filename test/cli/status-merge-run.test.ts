/**
 * `aggregate --status-merge` reaches the engine's plan as `PlanInputs.statusMerge`. The engine's
 * own module is wrapped (not replaced) to record what the command line passed it.
 */
import { writeFileSync } from "node:fs";
import type { PlanInputs } from "../../src/core";
import { main } from "../../src/cli/main";
import { captureIO, tempDir } from "./support/workbooks";

const seen: (PlanInputs | undefined)[] = [];

jest.mock("../../src/core/aggregate", () => {
  const actual = jest.requireActual("../../src/core/aggregate");
  return {
    ...actual,
    planAggregate: (...args: unknown[]) => {
      seen.push(args[4] as PlanInputs | undefined);
      return actual.planAggregate(...args);
    },
  };
});

const tmp = tempDir();
beforeAll(() => writeFileSync(tmp.file("poles.csv"), "Code,Qty,Category\nP1,1,Poles\nP2,1,Poles\n"));
afterAll(() => tmp.cleanup());
beforeEach(() => seen.splice(0));

test.each([
  [[], "refuse"],
  [["--status-merge", "keep-counts"], "keep-counts"],
  [["--status-merge", "refuse"], "refuse"],
])("aggregate %j plans with statusMerge %s and still merges what agrees", async (flags, merge) => {
  const run = captureIO(tmp.dir);
  expect(await main(["aggregate", "poles.csv", "--rows", "2-3", "--out", `out-${merge}-${flags.length}.csv`, ...flags], run.io)).toBe(0);
  expect(seen.map((inputs) => inputs?.statusMerge)).toEqual([merge]);
  expect(run.stdout()).toContain("rows 2-3 → 1 row");
});
