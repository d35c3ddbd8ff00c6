/**
 * Property (issue 18): on random small sheets with random problems, marking, then random user
 * edits (values, inserted and deleted rows, a note, a fill), then re-marking and clearing leaves
 * the workbook exactly as the same edits leave the sheet that was never marked.
 */
import fc from "fast-check";
import { createInventoryApp } from "../../src/app";
import type { CellValue } from "../../src/core";
import { createTestHost, type TestHost, type WorkbookSnapshot } from "../host";
import { HEADERS, textFormats } from "./helpers";

type Edit =
  | { kind: "value"; row: number; column: number; value: CellValue }
  | { kind: "insert" | "delete"; row: number }
  | { kind: "note"; row: number; column: number; text: string }
  | { kind: "fill"; row: number; column: number; color: string };

const cellValue = fc.constantFrom<CellValue>(1, 2, 2.5, -1, "x", "", "A", "A,B", "Skis");
const dataRow = fc.tuple(
  fc.constantFrom("Ski", "Pole"), fc.constantFrom("Skis", ""), fc.constantFrom<CellValue>(1, 2, 2.5, -1, "x"),
  fc.constantFrom("A", "B", "A,B", "C", ""), fc.constantFrom(10, -5), fc.constantFrom(1, 0),
).map((r): CellValue[] => [...r, ""]);
const column = fc.integer({ min: 0, max: 5 });
const edit = (rows: number): fc.Arbitrary<Edit> => {
  const row = fc.integer({ min: 2, max: rows + 1 });
  return fc.oneof(
    fc.record({ kind: fc.constant("value" as const), row, column, value: cellValue }),
    fc.record({ kind: fc.constantFrom("insert" as const, "delete" as const), row }),
    fc.record({ kind: fc.constant("note" as const), row, column, text: fc.constantFrom("mine", "ask Anna") }),
    fc.record({ kind: fc.constant("fill" as const), row, column, color: fc.constantFrom("#00B050", "#FFFF00") }),
  );
};
const scenario = fc.array(dataRow, { minLength: 2, maxLength: 6 }).chain((rows) => fc.tuple(fc.constant(rows), fc.array(edit(rows.length), { maxLength: 4 })));

const letter = (column: number) => String.fromCharCode(65 + column);

async function applyEdit(host: TestHost, e: Edit): Promise<void> {
  if (e.kind === "value") host.userEdit("Stock", `${letter(e.column)}${e.row}`, [[e.value]]);
  else if (e.kind === "note") host.userNote("Stock", `${letter(e.column)}${e.row}`, e.text);
  else if (e.kind === "insert") host.userInsertRows("Stock", `${e.row}:${e.row}`);
  else if (e.kind === "delete") host.userDeleteRows("Stock", `${e.row}:${e.row}`);
  else if (e.kind === "fill") {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Stock").getRange(`${letter(e.column)}${e.row}`).format.fill.color = e.color;
      await context.sync();
    });
  }
}

async function finalSheet(rows: CellValue[][], edits: readonly Edit[], marked: boolean): Promise<WorkbookSnapshot> {
  const values = [HEADERS, ...rows.map((r) => [...r])];
  const host = createTestHost({ sheets: [{ name: "Stock", values, formats: textFormats(values, [3]) }], maxExcelApi: "1.20" });
  host.install();
  try {
    const app = createInventoryApp({ debounceMs: 20, quietMs: 0 });
    if (marked) expect((await app.markIssues()).ok).toBe(true);
    for (const e of edits) await applyEdit(host, e);
    if (marked) {
      expect((await app.markIssues({ displayLocale: "de-DE" })).ok).toBe(true);
      expect((await app.clearMarks()).ok).toBe(true);
    }
    return host.snapshot();
  } finally {
    host.uninstall();
  }
}

test("mark, edit, re-mark and clear leave the sheet as the same edits leave it unmarked", async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async ([rows, edits]) => {
      const unmarked = await finalSheet(rows, edits, false);
      const marked = await finalSheet(rows, edits, true);
      expect(marked).toEqual(unmarked);
    }),
    { numRuns: 25 },
  );
});
