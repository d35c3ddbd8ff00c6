import fc from "fast-check";
import type { SheetChange } from "../../src/core";
import { changeLayout } from "../../src/excel/change-layout";

/** The change carried out on a list of row labels, one step at a time, as Excel would. */
function simulate(rows: number, change: SheetChange): { final: number[]; insertAt: number[]; deleteAt: Map<number, number> } {
  const sheet = Array.from({ length: rows }, (_v, i) => i);
  const insertAt: number[] = [];
  for (const insert of change.inserts) {
    const at = sheet.indexOf(insert.row);
    insertAt.push(at);
    sheet.splice(at + 1, 0, ...new Array<number>(insert.count).fill(insert.row));
  }
  const deleteAt = new Map(change.deletes.map((d) => [d, sheet.indexOf(d)]));
  for (const d of [...change.deletes].reverse()) sheet.splice(sheet.indexOf(d), 1);
  return { final: sheet, insertAt, deleteAt };
}

test("serialize's layout: copies of a row map back to it, rows below move down by the copies above them", () => {
  const layout = changeLayout({ headerRow: 0, inserts: [{ row: 1, count: 2 }, { row: 3, count: 1 }], deletes: [], writes: [] });
  expect([0, 1, 2, 3, 4, 5, 6, 7].map(layout.sourceOf)).toEqual([0, 1, 1, 1, 2, 3, 3, 4]);
  expect([layout.insertAt(0), layout.insertAt(1)]).toEqual([1, 5]);
});

test("aggregate's layout: final rows skip the deleted ones", () => {
  const layout = changeLayout({ headerRow: 0, inserts: [], deletes: [2, 3, 5], writes: [] });
  expect([0, 1, 2, 3, 4].map(layout.sourceOf)).toEqual([0, 1, 4, 6, 7]);
  expect(layout.deleteAt(5)).toBe(5);
});

test("for any inserts and deletes, the layout says where every row is, as carrying the change out step by step does", () => {
  const change = fc
    .uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 8 })
    .chain((rows) =>
      fc.record({
        inserts: fc.constant(rows).chain((picked) =>
          fc.tuple(...picked.map((row) => fc.record({ row: fc.constant(row), count: fc.integer({ min: 1, max: 4 }) }))),
        ),
        deletes: fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }).map((ds) => ds.filter((d) => !rows.includes(d))),
      }),
    )
    .map(({ inserts, deletes }): SheetChange => ({
      headerRow: 0,
      inserts: [...inserts].sort((a, b) => a.row - b.row),
      deletes: [...deletes].sort((a, b) => a - b),
      writes: [],
    }));
  fc.assert(
    fc.property(change, (c) => {
      const layout = changeLayout(c);
      const { final, insertAt, deleteAt } = simulate(31, c);
      expect(final.map((_v, y) => layout.sourceOf(y))).toEqual(final);
      expect(c.inserts.map((_v, i) => layout.insertAt(i))).toEqual(insertAt);
      for (const [d, at] of deleteAt) expect(layout.deleteAt(d)).toBe(at);
    }),
  );
});
