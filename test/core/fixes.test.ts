import { checkInventory, planFix, planGenerateCodes, type CellValue, type RuleId } from "../../src/core";
import { row, table } from "./helpers";

function fixAll(grid: CellValue[][], rule: RuleId) {
  const issues = checkInventory(grid).issues.filter((i) => i.rule === rule);
  expect(issues.length).toBeGreaterThan(0);
  return planFix(grid, issues);
}

describe("planFix", () => {
  test.each<[RuleId, CellValue, CellValue, boolean]>([
    ["quantity-as-text", " 12 ", 12, false],
    ["codes-empty-entry", "A,, B ,", "A, B", true],
    ["codes-separator", "A1; A2;A3", "A1, A2, A3", true],
    ["codes-separator", "A1\r\nA2", "A1, A2", true],
    ["codes-space", "A1  A2, B", "A1, A2, B", true],
    ["codes-invisible", "A\u200b1, B\u00072", "A1, B2", true],
    ["codes-invisible", "A1\ufeff, B2", "A1, B2", true],
    ["codes-duplicate-in-row", "A, B, a, A", "A, B", true],
    ["codes-number", 123, "123", true],
    ["amount-as-text", "120.50", 120.5, false],
  ])("%s: %p becomes %p", (rule, before, after, asText) => {
    const column = rule === "quantity-as-text" ? "B" : rule === "amount-as-text" ? "E" : "C";
    const grid = table(row({ [column]: before, B: column === "B" ? before : 20 }));
    const plan = fixAll(grid, rule);
    expect(plan.refused).toEqual([]);
    expect(plan.change.writes).toEqual([{ row: 1, column: "ABCDEF".indexOf(column), value: after, asText }]);
  });

  test("fix all of a rule gives one edit per cell and touches nothing", () => {
    const grid = table(row({ C: "A;B", B: 2 }), row({ C: "C|D", B: 2 }), row({ C: "E" }));
    const copy = JSON.parse(JSON.stringify(grid));
    const plan = fixAll(grid, "codes-separator");
    expect(plan.change.writes.map((e) => [e.row, e.value])).toEqual([[1, "A, B"], [2, "C, D"]]);
    expect(grid).toEqual(copy);
  });

  test("removing invisible characters never joins two codes that a line break or tab separates", () => {
    const grid = table(row({ C: "A\u200b1\nB2", B: 2 }), row({ C: "C\u200b1\tC2, D", B: 3 }));
    const plan = fixAll(grid, "codes-invisible");
    expect(plan.change.writes.map((e) => e.value)).toEqual(["A1\nB2", "C1\tC2, D"]);
    const issues = checkInventory(grid).issues.filter((i) => i.fix && i.row === 1);
    expect(planFix(grid, issues).change.writes).toEqual([{ row: 1, column: 2, value: "A1, B2", asText: true }]);
  });

  test("two fixes on one cell apply one after the other", () => {
    const grid = table(row({ C: "X\u200bY, x\u200by", B: 2 }));
    const issues = checkInventory(grid).issues.filter((i) => i.fix);
    expect(planFix(grid, issues).change.writes).toEqual([{ row: 1, column: 2, value: "XY", asText: true }]);
  });

  test("an issue without a fix, or a cell that changed since the check, is refused", () => {
    const grid = table(row({ B: -1 }), row({ B: "3", C: "A, B, C" }));
    const issues = checkInventory(grid).issues;
    const changed = grid.map((r) => r.slice());
    changed[2][1] = 3;
    const plan = planFix(changed, issues);
    expect(plan.change.writes).toEqual([]);
    expect(plan.refused.map((r) => r.reason)).toEqual(['B2: "quantity-below-one" has no automatic fix', "B3 no longer holds what the check found; check again"]);
  });

  test("codes-missing fixes by generating codes", () => {
    const grid = table(row({ C: "" }), row({ C: "ITEM-0041" }));
    expect(fixAll(grid, "codes-missing").change.writes).toEqual([{ row: 1, column: 2, value: "ITEM-0042", asText: true }]);
  });
});

describe("planGenerateCodes", () => {
  test("numbers after the highest existing one for the prefix, padded, as text", () => {
    const grid = table(row({ C: "" }), row({ C: "item-7" }), row({ C: "TENT-0099" }), row({ C: "  " }), row({ C: "A" }));
    const plan = planGenerateCodes(grid, "all-missing");
    expect(plan.change.writes).toEqual([
      { row: 1, column: 2, value: "ITEM-0008", asText: true },
      { row: 4, column: 2, value: "ITEM-0009", asText: true },
    ]);
    expect(planGenerateCodes(grid, "all-missing", { codePrefix: "TENT", codeDigits: 2 }).change.writes.map((e) => e.value)).toEqual(["TENT-100", "TENT-101"]);
  });

  test("chosen rows that already hold codes are refused", () => {
    const plan = planGenerateCodes(table(row({ C: "A" }), row({ C: "" })), [1, 2]);
    expect(plan.change.writes.map((e) => e.row)).toEqual([2]);
    expect(plan.refused).toMatchObject([{ row: 1, reason: "row 2 already has codes" }]);
  });
});
