/** The change each plan hands to the adapters: inserts, deletes and the exact cells written, in final rows. */
import fc from "fast-check";
import {
  checkInventory, finalRows, planAggregate, planFix, planGenerateCodes, planSerialize, type CellValue, type Grid, type SheetChange,
} from "../../src/core";
import { row, table } from "./helpers";

/** What an adapter does with a change, done on a copy of the grid: inserts (copies below), deletes, writes. */
function carryOut(values: Grid, change: SheetChange): CellValue[][] {
  const rows = values.map((r) => [...r]);
  for (const insert of [...change.inserts].reverse()) {
    rows.splice(insert.row + 1, 0, ...Array.from({ length: insert.count }, () => [...rows[insert.row]]));
  }
  const insertedAbove = (r: number) => change.inserts.filter((i) => i.row < r).reduce((n, i) => n + i.count, 0);
  for (const d of [...change.deletes].reverse()) rows.splice(d + insertedAbove(d), 1);
  for (const w of change.writes) rows[w.row][w.column] = w.value;
  return rows;
}

/** Rows compared as a user sees them: empties alike, trailing empties dropped. */
function shown(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  return rows.map((r) => {
    const out = r.map((v) => (v === null || v === undefined ? "" : v));
    while (out.length > 0 && out[out.length - 1] === "") out.pop();
    return out;
  });
}

describe("serialize's change", () => {
  test("inserts N−1 copies below the row and writes only the cells that differ from it, codes as text", () => {
    const grid = table(row({ A: "Pole", B: 3, C: "POLE", D: "Poles", E: 30, F: 3 }));
    const plan = planSerialize(grid, [1]);
    expect(plan.change).toEqual({
      headerRow: 0,
      inserts: [{ row: 1, count: 2 }],
      deletes: [],
      writes: [
        { row: 1, column: 1, value: 1, asText: false },
        { row: 1, column: 4, value: 10, asText: false },
        { row: 1, column: 5, value: 1, asText: false },
        { row: 2, column: 1, value: 1, asText: false },
        { row: 2, column: 2, value: "POLE-2", asText: true },
        { row: 2, column: 4, value: 10, asText: false },
        { row: 2, column: 5, value: 1, asText: false },
        { row: 3, column: 1, value: 1, asText: false },
        { row: 3, column: 2, value: "POLE-3", asText: true },
        { row: 3, column: 4, value: 10, asText: false },
        { row: 3, column: 5, value: 1, asText: false },
      ],
    });
    expect(plan.generated).toEqual(["POLE-2", "POLE-3"]);
  });

  test("a second replacement's rows are shifted by the copies inserted above it", () => {
    const grid = table(row({ B: 2, C: "A", E: "", F: "" }), row({ C: "Z" }), row({ B: 3, C: "B, C", E: "", F: "" }));
    const plan = planSerialize(grid, [1, 3]);
    expect(plan.change.inserts).toEqual([{ row: 1, count: 1 }, { row: 3, count: 2 }]);
    expect(plan.change.writes).toEqual([
      { row: 1, column: 1, value: 1, asText: false },
      { row: 2, column: 1, value: 1, asText: false },
      { row: 2, column: 2, value: "A-2", asText: true },
      // Grid row 3 is sheet row 4 after the one copy above it; its units are rows 4-6.
      { row: 4, column: 1, value: 1, asText: false },
      { row: 4, column: 2, value: "B", asText: true },
      { row: 5, column: 1, value: 1, asText: false },
      { row: 5, column: 2, value: "C", asText: true },
      { row: 6, column: 1, value: 1, asText: false },
      { row: 6, column: 2, value: "B-3", asText: true },
    ]);
    expect(plan.generated).toEqual(["A-2", "B-3"]);
  });

  test("a numeric code becomes text in the first unit; a text column equal to the row's is never written", () => {
    const grid: CellValue[][] = [["Quantity", "Serial number", "Notes"], [2, 123456789, "keep"]];
    const writes = planSerialize(grid, [1]).change.writes;
    expect(writes).toEqual([
      { row: 1, column: 0, value: 1, asText: false },
      { row: 1, column: 1, value: "123456789", asText: true },
      { row: 2, column: 0, value: 1, asText: false },
      { row: 2, column: 1, value: "123456790", asText: true },
    ]);
  });

  test("refused when the last used row below the values would pass Excel's last row; then nothing is written", () => {
    const grid = table(row({ B: 5, C: "A" }));
    expect(planSerialize(grid, [1], { lastUsedRow: 1_048_572 }).replacements).toHaveLength(1);
    const plan = planSerialize(grid, [1], { lastUsedRow: 1_048_573 });
    expect(plan.replacements).toEqual([]);
    expect(plan.generated).toEqual([]);
    expect(plan.change).toEqual({ headerRow: 0, inserts: [], deletes: [], writes: [] });
    expect(plan.refused).toMatchObject([
      { row: 1, reason: "serializing needs 4 new rows and the sheet would end at row 1,048,577, past Excel's limit of 1,048,576" },
    ]);
  });

  test("one new row past the limit is said in the singular", () => {
    const plan = planSerialize(table(row({ B: 2, C: "A" })), [1], { lastUsedRow: 1_048_576 });
    expect(plan.refused[0].reason).toBe("serializing needs 1 new row and the sheet would end at row 1,048,577, past Excel's limit of 1,048,576");
  });

  test("a code length limit of one character is said in the singular; a long first code is quoted cut short", () => {
    expect(planSerialize(table(row({ B: 2, C: "A" })), [1], { maxCodeLength: 1 }).refused[0].reason).toBe(
      'row 2: codes made from "A" would be longer than 1 character; shorten the first code or add the missing codes',
    );
    expect(planSerialize(table(row({ B: 10, C: "L".repeat(62) })), [1]).refused[0].reason).toBe(
      `row 2: codes made from "${"L".repeat(40)}…" would be longer than 64 characters; shorten the first code or add the missing codes`,
    );
  });

  test("no table: every chosen row refused, an empty change with no header row", () => {
    const plan = planSerialize([["a", "b"], [2, "X"]], [1]);
    expect(plan.change).toEqual({ headerRow: -1, inserts: [], deletes: [], writes: [] });
    expect(plan.refused).toMatchObject([{ row: 1, reason: "no inventory table was found (no header row with quantity and stock codes)" }]);
  });
});

describe("aggregate's change", () => {
  test("deletes every row of a group but the first; the kept row is written where it ends up after deletes above it", () => {
    const grid = table(
      row({ C: "A", E: 1, F: 0 }), row({ C: "B", E: 2, F: 0 }), row({ A: "Boot", C: "C", D: "Boots", E: 3, F: 0 }), row({ A: "Boot", C: "D", D: "Boots", E: 4, F: 0 }),
    );
    const plan = planAggregate(grid, [1, 2, 3, 4]);
    expect(plan.merges.map((m) => m.rows)).toEqual([[1, 2], [3, 4]]);
    expect(plan.change).toEqual({
      headerRow: 0,
      inserts: [],
      deletes: [2, 4],
      writes: [
        { row: 1, column: 1, value: 2, asText: false },
        { row: 1, column: 2, value: "A, B", asText: true },
        { row: 1, column: 4, value: 3, asText: false },
        // Grid row 3 moves up to row 2 once row 2 is deleted.
        { row: 2, column: 1, value: 2, asText: false },
        { row: 2, column: 2, value: "C, D", asText: true },
        { row: 2, column: 4, value: 7, asText: false },
      ],
    });
  });

  test("interleaved groups: deletes ascending, each kept row shifted by the deletes above it only", () => {
    const grid = table(row({ C: "A" }), row({ C: "B", D: "Poles" }), row({ C: "C" }), row({ C: "D", D: "Poles" }));
    const plan = planAggregate(grid, [1, 2, 3, 4]);
    expect(plan.change.deletes).toEqual([3, 4]);
    expect(plan.change.writes.filter((w) => w.column === 2)).toEqual([
      { row: 1, column: 2, value: "A, C", asText: true },
      { row: 2, column: 2, value: "B, D", asText: true },
    ]);
  });

  test("a refused plan changes nothing but names the header row", () => {
    const plan = planAggregate(table(row({ C: "A" }), row({ A: "Boot", C: "B" })), [1, 2]);
    expect(plan.change).toEqual({ headerRow: 0, inserts: [], deletes: [], writes: [] });
  });
});

describe("fixes' and generated codes' change", () => {
  test("cell writes only, in rows as read; numbers are not text, codes are", () => {
    const grid = table(row({ B: " 12 ", C: "A;B" }));
    const plan = planFix(grid, checkInventory(grid).issues.filter((i) => i.fix));
    expect(plan.change).toEqual({
      headerRow: 0,
      inserts: [],
      deletes: [],
      writes: [
        { row: 1, column: 1, value: 12, asText: false },
        { row: 1, column: 2, value: "A, B", asText: true },
      ],
    });
  });

  test("generated codes name the header row of a table below a title", () => {
    const grid: CellValue[][] = [["Stock"], [], ["Qty", "Codes"], [1, ""]];
    expect(planGenerateCodes(grid, "all-missing").change).toEqual({
      headerRow: 2, inserts: [], deletes: [], writes: [{ row: 3, column: 1, value: "ITEM-0001", asText: true }],
    });
    const report = checkInventory(grid);
    expect(planFix(grid, report.issues.filter((i) => i.fix), undefined, report).change.headerRow).toBe(2);
  });
});

test("finalRows: copies below rows above move a row down, deletes above move it up, its own copies do not move it", () => {
  const final = finalRows({ inserts: [{ row: 1, count: 2 }, { row: 5, count: 1 }], deletes: [3, 7] });
  expect([0, 1, 2, 4, 5, 6, 8].map(final)).toEqual([0, 1, 4, 5, 6, 8, 9]);
});

const HEADER: CellValue[] = ["Name", "Qty", "Codes", "Category", "Income", "Notes"];
const record = fc.record({
  name: fc.constantFrom("Ski", "Boot", ""),
  qty: fc.integer({ min: 1, max: 4 }),
  code: fc.stringMatching(/^[A-Z]{1,2}[0-9]{1,2}$/),
  category: fc.constantFrom("Skis", "Boots"),
  income: fc.constantFrom(0, 10, 12.5, ""),
  notes: fc.constantFrom("", "keep", null),
});
const grids = fc.uniqueArray(record, { minLength: 1, maxLength: 12, selector: (r) => r.code }).map((records) => [
  HEADER.slice(),
  ...records.map((r): CellValue[] => [r.name, r.qty, r.code, r.category, r.income, r.notes]),
]);

describe("carrying out a change gives the sheet the plan describes", () => {
  test("serialize: every chosen row replaced by its units, everything else unchanged", () => {
    fc.assert(fc.property(grids, (grid) => {
      const plan = planSerialize(grid, grid.map((_, i) => i).slice(1));
      const expected: CellValue[][] = [];
      grid.forEach((r, i) => expected.push(...(plan.replacements.find((x) => x.row === i)?.rows ?? [r])));
      expect(shown(carryOut(grid, plan.change))).toEqual(shown(expected));
    }));
  });

  test("aggregate: each group's merged row at its first row, its other rows gone", () => {
    fc.assert(fc.property(grids, (grid) => {
      const plan = planAggregate(grid, grid.map((_, i) => i).slice(1));
      const gone = new Set(plan.merges.flatMap((m) => m.rows.slice(1)));
      const expected = grid.flatMap((r, i) => (gone.has(i) ? [] : [plan.merges.find((m) => m.rows[0] === i)?.row ?? r]));
      expect(shown(carryOut(grid, plan.change))).toEqual(shown(expected));
      expect(plan.change.writes.every((w) => w.asText === (typeof w.value === "string" && w.value !== ""))).toBe(true);
    }));
  });
});
