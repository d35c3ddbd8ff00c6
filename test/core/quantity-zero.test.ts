/** Issue 13 point 2: quantity 0 is stock that is out, a warning and a record with no units; negative stays an error. */
import { checkInventory, planAggregate, planSerialize, summarizeByCategory } from "../../src/core";
import { row, table } from "./helpers";

const grid = table(row({ B: 0, C: "OUT-1", E: 0, F: 0 }), row({ B: 3, C: "P-1" }), row({ B: 1, C: "S-1" }), row({ B: -2, C: "N-1" }));

test("quantity 0 is a quantity-zero warning; -2 stays quantity-below-one", () => {
  const report = checkInventory(grid);
  expect(report.issues.map((i) => `${i.rule}:${i.severity}:${i.message}`)).toEqual([
    "quantity-zero:warning:B2: quantity 0: no units (sold out or retired?)",
    "quantity-below-one:error:B5: quantity -2 is below 1",
  ]);
  expect(report.rows).toEqual({ data: 4, blank: 0, valid: 3, invalid: 1, serialized: 1, aggregated: 1, units: 4 });
});

test("the summary counts the zero row as a record with 0 units, of neither kind", () => {
  const s = summarizeByCategory(grid);
  expect(s.totals).toMatchObject({ records: 3, serializedRecords: 1, aggregatedRecords: 1, units: 4 });
  expect(s.countedRows).toBe(3);
  expect(s.excludedRows).toBe(1);
});

test("serialize skips a zero row (no units); aggregate refuses to pool it", () => {
  const plan = planSerialize(grid, [1, 2]);
  expect(plan.skipped.map(({ row, reason }) => ({ row, reason }))).toEqual([{ row: 1, reason: "no units (quantity 0): nothing to serialize" }]);
  expect(plan.replacements.map((r) => r.row)).toEqual([2]);
  const merged = planAggregate(table(row({ B: 0, C: "A" }), row({ B: 1, C: "B" }), row({ B: 1, C: "C" })), [1, 2, 3]);
  expect(merged.refused.map(({ row, reason }) => ({ row, reason }))).toEqual([{ row: 1, reason: "no units (quantity 0): a row without units is not merged into a pool" }]);
  expect(merged.merges.map((m) => m.rows)).toEqual([[2, 3]]);
});

test("quantity 0 as text is read as 0 too", () => {
  expect(checkInventory(table(row({ B: "0" }))).issues.map((i) => i.rule)).toEqual(["quantity-as-text", "quantity-zero"]);
});
