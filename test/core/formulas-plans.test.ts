import { planAggregate, planSerialize, text, type FormulaGrid } from "../../src/core";
import { row, table } from "./helpers";

/** A formula grid with `formulas` ("E2": "=C2*D2") at the cells named as a user sees them (origin A1). */
function formulasAt(cells: Record<string, string>): FormulaGrid {
  const grid: (string | null)[][] = [];
  for (const [address, formula] of Object.entries(cells)) {
    const column = address.charCodeAt(0) - 65;
    const r = Number(address.slice(1)) - 1;
    grid[r] ??= [];
    grid[r][column] = formula;
  }
  return grid;
}

describe("serialize and formulas", () => {
  const grid = table(row({ B: 2, C: "P-1", E: 10 }), row({ B: 3, C: "Q", E: 9 }));

  test("a formula in a split column refuses the row by default, naming the cell and what it holds", () => {
    const plan = planSerialize(grid, [1, 2], {}, undefined, { formulas: formulasAt({ E2: "=C2*5" }) });
    expect(plan.refused).toMatchObject([{ row: 1, reason: text("plan-formulas-refused", { cells: "E2 holds =C2*5", more: 0, count: 1, action: "serialize" }) }]);
    expect(plan.refused[0].reason).toBe("E2 holds =C2*5: serializing would write a value over this formula; use their values or change the formulas first");
    expect(plan.replacements.map((x) => x.row)).toEqual([2]);
    expect(plan.change.inserts).toEqual([{ row: 2, count: 2 }]);
    expect(plan.formulasAsValues).toBe(0);
  });

  test("with values the plan goes ahead and counts each formula cell once", () => {
    const formulas = formulasAt({ B2: "=1+1", E2: "=C2*5", E3: "=4+5" });
    const plan = planSerialize(grid, [1, 2], {}, undefined, { formulas, formulaHandling: "values" });
    expect(plan.refused).toEqual([]);
    expect(plan.replacements.map((x) => x.rows.map((r) => r[4]))).toEqual([[5, 5], [3, 3, 3]]);
    expect(plan.formulasAsValues).toBe(3);
  });

  test("formulas in columns the plan only copies are no loss", () => {
    const plan = planSerialize(grid, [1], {}, undefined, { formulas: formulasAt({ A2: "=\"Ski\"", D2: "=A2" }) });
    expect(plan.refused).toEqual([]);
    expect(plan.replacements).toHaveLength(1);
    expect(plan.formulasAsValues).toBe(0);
  });

  test("a code cell written as a single code loses its formula; an unchanged one keeps it", () => {
    const changed = planSerialize(table(row({ B: 2, C: "A, B" })), [1], {}, undefined, { formulas: formulasAt({ C2: "=\"A, B\"" }) });
    expect(changed.refused[0].reason).toMatch(/^C2 holds ="A, B": serializing/);
    // Empty amounts stay empty when split: their formulas are copied, not written over.
    const blank = planSerialize(table(row({ B: 2, C: "A", E: "" })), [1], {}, undefined, { formulas: formulasAt({ E2: "=\"\"" }) });
    expect(blank.refused).toEqual([]);
  });

  test("a refusal names the first three cells at the origin, shortens long formulas and counts the rest", () => {
    const long = `=${"A".repeat(50)}`;
    const formulas = [null, null, null, [null, "=1+1", null, "=\"Skis\"", long, "=2"]];
    const grid3 = [["Title"], [], ...table(row({ B: 2, C: "Q", E: 10, F: 4 }))];
    const plan = planSerialize(grid3, [3], { origin: "B5" }, undefined, { formulas });
    expect(plan.refused[0].reason).toBe(
      `C8 holds =1+1; F8 holds ${long.slice(0, 40)}…; G8 holds =2: serializing would write values over these formulas; use their values or change the formulas first`,
    );
    const more = planSerialize(grid3, [3], { origin: "B5" }, undefined, { formulas: [null, null, null, [null, "=1+1", "=\"X\"", null, "=10", "=4"]] });
    expect(more.refused[0].reason).toMatch(/^C8 holds =1\+1; D8 holds ="X"; F8 holds =10 and 1 more formula: serializing/);
  });

  test("a refused row takes no rows from the sheet's limit and is left out of the change", () => {
    const plan = planSerialize(grid, [1], { lastUsedRow: 1048575 }, undefined, { formulas: formulasAt({ B2: "=2" }) });
    expect(plan.refused.map((x) => x.reason)).toEqual([expect.stringMatching(/^B2 holds =2/)]);
    expect(plan.change.inserts).toEqual([]);
  });
});

describe("aggregate and formulas", () => {
  const units = table(row({ C: "A", E: 5 }), row({ C: "B", E: 5 }), row({ C: "C", E: 5 }));

  test("a formula in an added-up column of a deleted row refuses the whole group by default", () => {
    const plan = planAggregate(units, [1, 2, 3], {}, undefined, { formulas: formulasAt({ E3: "=B3*5" }) });
    expect(plan.merges).toEqual([]);
    const reason = "E3 holds =B3*5: merging would write a value over this formula; use their values or change the formulas first";
    expect(plan.refused).toMatchObject([1, 2, 3].map((r) => ({ row: r, reason })));
  });

  test("the kept row loses formulas in the cells it writes; with values the merge goes ahead and counts them", () => {
    const formulas = formulasAt({ B2: "=1", E2: "=B2*5", E4: "=5" });
    const refused = planAggregate(units, [1, 2, 3], {}, undefined, { formulas });
    expect(refused.refused[0].reason).toMatch(/^B2 holds =1; E2 holds =B2\*5; E4 holds =5: merging would write values/);
    const plan = planAggregate(units, [1, 2, 3], {}, undefined, { formulas, formulaHandling: "values" });
    expect(plan.merges).toEqual([{ rows: [1, 2, 3], row: ["Ski", 3, "A, B, C", "Skis", 15, 6] }]);
    expect(plan.formulasAsValues).toBe(3);
  });

  test("a compared column keeps its formula when the kept row holds one too; a formula beside a constant is lost", () => {
    const same = planAggregate(units, [1, 2, 3], {}, undefined, { formulas: formulasAt({ D2: "=\"Skis\"", D3: "=\"Skis\"", D4: "=D3" }) });
    expect(same.refused).toEqual([]);
    expect(same.formulasAsValues).toBe(0);
    const lost = planAggregate(units, [1, 2, 3], {}, undefined, { formulas: formulasAt({ D3: "=\"Skis\"" }) });
    expect(lost.refused[0].reason).toMatch(/^D3 holds ="Skis": merging/);
  });

  test("only groups with formulas are refused; a refused group counts nothing", () => {
    const grid = table(row({ C: "A" }), row({ C: "B" }), row({ A: "Pole", C: "P1" }), row({ A: "Pole", C: "P2" }));
    const plan = planAggregate(grid, [1, 2, 3, 4], {}, undefined, { formulas: formulasAt({ F5: "=1+1" }) });
    expect(plan.merges.map((m) => m.rows)).toEqual([[1, 2]]);
    expect(plan.refused.map((x) => x.row)).toEqual([3, 4]);
    expect(plan.formulasAsValues).toBe(0);
  });

  test("without formulas read, nothing changes (text that only looks like a formula is a value)", () => {
    const grid = table(row({ C: "A", D: "=x" }), row({ C: "B", D: "=x" }));
    expect(planAggregate(grid, [1, 2]).merges).toHaveLength(1);
    expect(planAggregate(grid, [1, 2], {}, undefined, { formulas: [[], ["", 1 as never, null, undefined]] }).merges).toHaveLength(1);
  });
});
