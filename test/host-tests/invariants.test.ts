import fc from "fast-check";
import { createTestHost } from "../host";

/** Small sheets: numbers and text, with formulas pointing at random cells of the first 8 rows. */
const sheet = fc.record({
  values: fc.array(fc.array(fc.oneof(fc.integer({ min: -99, max: 99 }), fc.constantFrom("a", "b", "")), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
  formulas: fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.constantFrom("A", "B", "C"), fc.integer({ min: 1, max: 8 })), { maxLength: 4 }),
});

function seed(s: { values: (number | string)[][]; formulas: [number, string, number][] }) {
  const formulas: (string | null)[][] = [];
  for (const [row, col, ref] of s.formulas) (formulas[row] ??= [null, null, null, null])[3] = `=${col}${ref}+1`;
  return createTestHost({ sheets: [{ name: "S", values: s.values, formulas }] });
}

test("inserting rows and deleting them again gives back the same sheet, formulas included", async () => {
  await fc.assert(fc.asyncProperty(sheet, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 4 }), async (s, at, n) => {
    const host = seed(s);
    const before = host.snapshot();
    await host.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange(`${at}:${at + n - 1}`).insert("Down");
      await context.sync();
      ws.getRange(`${at}:${at + n - 1}`).delete("Up");
      await context.sync();
    });
    expect(host.snapshot()).toEqual(before);
  }), { numRuns: 60 });
});

test("a sync that fails applies nothing: the workbook stays as the previous sync left it", async () => {
  await fc.assert(fc.asyncProperty(sheet, fc.integer({ min: 1, max: 5 }), async (s, failAt) => {
    const host = seed(s);
    let last = host.snapshot();
    host.failSync(failAt);
    const steps: ((ws: Excel.Worksheet, context: Excel.RequestContext) => void)[] = [
      (ws) => ws.getRange("2:3").insert("Down"),
      (ws) => { ws.getRange("A1:C1").values = [["x", "=1+1", "00123"]]; },
      (ws) => ws.getRange("A5:C5").copyFrom(ws.getRange("A1:C1"), "All" as Excel.RangeCopyType),
      (ws) => void ws.tables.add("A1:C4", true),
      (ws, context) => { context.workbook.settings.add("k", 1); ws.getRange("4:4").delete("Up"); },
    ];
    let failed = 0;
    await host.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      for (const [i, step] of steps.entries()) {
        step(ws, context);
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per step is the point of the test
          await context.sync();
          last = host.snapshot();
        } catch {
          failed = i + 1;
          expect(host.snapshot()).toEqual(last);
          return;
        }
      }
    });
    expect(failed).toBe(failAt);
  }), { numRuns: 40 });
});
