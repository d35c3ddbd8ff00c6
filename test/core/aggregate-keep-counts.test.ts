/**
 * Keep-counts never merges fewer rows than the default (review of issue 16, finding 3): a
 * keep-counts group refused for a reason other than its statuses is split by status and its
 * parts planned as the default plans them; a mixed refusal names only the sheet's own words.
 */
import fc from "fast-check";
import { planAggregate, type CellValue } from "../../src/core";

const SETTINGS = { statusMap: { Available: "available", Rented: "out", Repair: "unavailable" } } as const;
const KEEP = { statusMerge: "keep-counts" } as const;
/** A Name, B Qty, C Codes, D Category, E Status, F Available, G Purchase value. */
const HEADER: CellValue[] = ["Name", "Qty", "Codes", "Category", "Status", "Available", "Purchase value"];

function pool(qty: number, status: CellValue, available: CellValue, purchase: CellValue = "", code = "P"): CellValue[] {
  return ["Pole", qty, code, "Poles", status, available, purchase];
}

test("a sum too large to keep exact: keep-counts still merges the rows whose statuses agree, as the default does", () => {
  const grid = [HEADER, pool(2, "Rented", 1, 5e13, "A"), pool(2, "Available", 2, 5e13, "B"), pool(1, "Available", 1, 5, "C")];
  const keep = planAggregate(grid, [1, 2, 3], SETTINGS, undefined, KEEP);
  const byDefault = planAggregate(grid, [1, 2, 3], SETTINGS);
  expect(byDefault.merges).toEqual([{ rows: [2, 3], row: ["Pole", 3, "B, C", "Poles", "Available", 3, 50000000000005] }]);
  expect(keep.merges).toEqual(byDefault.merges);
  expect(keep.refused.map((r) => [r.row, r.say?.id])).toEqual([[1, "plan-sum-refused"]]);
});

test("a unit row with several codes: keep-counts merges the other status's rows", () => {
  const grid = [HEADER, pool(1, "Repair", 0, "", "A1, A2"), pool(1, "Repair", 0, "", "B"), pool(1, "Available", 1, "", "C"), pool(1, "Available", 1, "", "D")];
  const keep = planAggregate(grid, [1, 2, 3, 4], SETTINGS, undefined, KEEP);
  expect(keep.merges).toEqual([{ rows: [3, 4], row: ["Pole", 2, "C, D", "Poles", "Available", 2, ""] }]);
  expect(keep.refused.map((r) => [r.row, r.say?.id])).toEqual([[1, "plan-unit-several-codes"], [2, "plan-unit-several-codes"]]);
});

test("the mixed refusal names the sheet's words, not the word a merge would have written", () => {
  const grid = [HEADER, pool(2, "", 1, "", "A"), pool(2, "Repair", "", "", "B")];
  const plan = planAggregate(grid, [1, 2], SETTINGS, undefined, KEEP);
  expect(plan.refused.map((r) => r.reason)).toEqual([
    'the units that are not available have 2 different statuses in "Status" ((empty), "Repair"): a merged row can hold only one, so these rows are not merged',
    'the units that are not available have 2 different statuses in "Status" ((empty), "Repair"): a merged row can hold only one, so these rows are not merged',
  ]);
});

const rows = fc.array(fc.record({
  qty: fc.constantFrom(1, 2, 3),
  status: fc.constantFrom<CellValue>("Available", "Rented", "Repair", ""),
  available: fc.constantFrom<CellValue>("", 0, 1),
  purchase: fc.constantFrom<CellValue>("", 10, 2.5, "n/a"),
  codes: fc.constantFrom("X", "Y, Z"),
}), { minLength: 2, maxLength: 8 });

test("property: keep-counts merges away at least as many rows as the default", () => {
  fc.assert(fc.property(rows, (cells) => {
    const grid = [HEADER, ...cells.map((c, i) => pool(c.qty, c.status, c.available, c.purchase, `${c.codes}${i}`))];
    const chosen = cells.map((_, i) => i + 1);
    const deleted = (inputs = {}) => planAggregate(grid, chosen, SETTINGS, undefined, inputs).change.deletes.length;
    expect(deleted(KEEP)).toBeGreaterThanOrEqual(deleted());
  }), { numRuns: 300 });
});
