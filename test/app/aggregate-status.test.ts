/**
 * Aggregate's status choice (issue 16): the pane's `statusMerge` reaches the engine's plan, in the
 * preview and in the write, and the preview counts the rows refused only for their status. The
 * engine's module is wrapped (not replaced) to record the inputs the app passes it.
 */
import type { AggregateRefusal, PlanInputs, TableInfo } from "../../src/core";
import { statusOnlyRefusals } from "../../src/app/status-refusals";
import { valueOf, world, type World } from "./helpers";

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

let w: World;
afterEach(() => w?.host.uninstall());
beforeEach(() => seen.splice(0));

const poles = () => ({
  name: "S",
  values: [
    ["Name", "Category", "Quantity", "Stock codes", "Income"],
    ["Pole", "Ski", 1, "P-1", 10],
    ["Pole", "Ski", 1, "P-2", 10],
  ],
});

describe("statusMerge reaches planAggregate", () => {
  test.each([
    [undefined, "refuse"],
    ["refuse", "refuse"],
    ["keep-counts", "keep-counts"],
  ] as const)("preview with %s plans with %s", async (given, planned) => {
    w = world([poles()], { selection: "S!A2:A3" });
    const preview = valueOf(await w.app.previewAggregate({ statusMerge: given }));
    expect(preview.rowsMerged).toBe(2);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((inputs) => inputs?.statusMerge === planned)).toBe(true);
    expect(preview.statusOnly).toBe(0);
  });

  test("the write plans with the choice too, and merges what agrees", async () => {
    w = world([poles()], { selection: "S!A2:A3" });
    expect(await w.app.aggregateSelection({ statusMerge: "keep-counts" })).toMatchObject({ ok: true });
    expect(seen.every((inputs) => inputs?.statusMerge === "keep-counts")).toBe(true);
    expect(w.host.sheetValues("S").slice(1)).toEqual([["Pole", "Ski", 2, "P-1, P-2", 20]]);
  });
});

test("the preview counts the rows refused only because their status differs", async () => {
  const sheet = {
    name: "S",
    values: [
      ["Name", "Category", "Quantity", "Stock codes", "Status", "Site", "Available"],
      ["Pole", "Ski", 1, "P-1", "Available", "North", 1],
      ["Pole", "Ski", 1, "P-2", "Rented", "North", 0],
      ["Pole", "Ski", 1, "P-3", "Rented", "South", 0],
    ],
  };
  w = world([sheet], { selection: "S!A2:A4" });
  const preview = valueOf(await w.app.previewAggregate());
  // Rows 2 and 3 differ only in Status; row 4 differs from row 3 in Site, which no choice merges.
  expect(preview.refused.map((r) => r.address)).toEqual(["S!A2", "S!A3", "S!A4"]);
  expect(preview.statusOnly).toBe(2);
});

test("without an available column the preview counts none: keep-counts could not merge them", async () => {
  const sheet = {
    name: "S",
    values: [
      ["Name", "Category", "Quantity", "Stock codes", "Status"],
      ["Pole", "Ski", 1, "P-1", "Available"],
      ["Pole", "Ski", 1, "P-2", "Rented"],
    ],
  };
  w = world([sheet], { selection: "S!A2:A3" });
  const preview = valueOf(await w.app.previewAggregate());
  expect(preview.refused.map((r) => r.say?.id)).toEqual(["plan-status-differs-no-available", "plan-status-differs-no-available"]);
  expect(preview.statusOnly).toBe(0);
});

describe("statusOnlyRefusals", () => {
  const table: TableInfo = { headerRow: 0, columns: { quantity: 1, codes: 0, status: 2, available: 3 }, headers: ["Code", "Qty", "Status", "Available", "Site"] };
  const refusal = (row: number, columns?: string[]): AggregateRefusal => ({ row, reason: "differs", columns });

  test("counts rows that differ only in status, or in status and the available count", () => {
    const refused = [refusal(1, ["Status"]), refusal(2, ["Status", "Available"]), refusal(3, ["Status", "Site"]), refusal(4, ["Available"]), refusal(5), refusal(6, [])];
    expect(statusOnlyRefusals(refused, table)).toBe(2);
  });

  test("is 0 on a sheet without a status column", () => {
    expect(statusOnlyRefusals([refusal(1, ["Status"])], { ...table, columns: { quantity: 1, codes: 0 } })).toBe(0);
  });

  test("is 0 on a sheet with a status column but no available column", () => {
    expect(statusOnlyRefusals([refusal(1, ["Status"])], { ...table, columns: { quantity: 1, codes: 0, status: 2 } })).toBe(0);
  });

  test("a status column without a header is named by its number, as the engine names it", () => {
    const bare = { ...table, headers: ["Code", "Qty", "", "Available"] };
    expect(statusOnlyRefusals([refusal(1, ["column 3"]), refusal(2, ["Status"])], bare)).toBe(1);
  });
});
