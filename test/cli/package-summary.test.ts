/**
 * `summary --out` of an .xlsx part by part (issue 23 §6): the same workbook as the whole-workbook
 * path (`io.wholeWorkbook`), read back with exceljs, while every input sheet's part is copied still
 * compressed.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { loadWorkbook } from "../../src/cli/read-xlsx";
import { saveWorkbook } from "../../src/cli/save-workbook";
import { writeSummarySheet, type SummarySheetInput } from "../../src/cli/write-summary";
import { saveSummaryIntoPackage } from "../../src/cli/xlsx-package/summary-into-package";
import { summarizeByCategory } from "../../src/core";
import { packageOfFile, writeShapedWorkbook, type ShapeOptions } from "./package-summary-support";
import { sheetPartsKept, workbookFacts } from "./package-summary-compare";
import { captureIO, readBack, tempDir } from "./support/workbooks";

const EXTENT = { rows: 14, columns: 12 };
const MONEY_FORMATS = ['"$"#,##0.00', "#,##0.00 [$€-407]", "#,##0.00;[Red]-#,##0.00", "0.00", "#,##0.00"];

async function runSummary(dir: string, file: string, out: string, extra: string[], whole: boolean): Promise<{ code: number; stdout: string }> {
  const run = captureIO(dir);
  const io = whole ? { ...run.io, wholeWorkbook: true } : run.io;
  const code = await main(["summary", file, "--out", out, ...extra], io);
  return { code, stdout: run.stdout() };
}

describe("summary --out of an .xlsx, part by part", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let n = 0;

  const shapes = fc.record({
    rows: fc.integer({ min: 1, max: 30 }),
    moneyFormat: fc.constantFrom(...MONEY_FORMATS),
    before: fc.subarray(["Notes", "Inventory summary", "Prices (EUR)", "Q&A <old>"]),
    tableName: fc.option(fc.constantFrom("InventorySummary", "Lookup"), { nil: undefined }),
    date1904: fc.boolean(),
  }) as fc.Arbitrary<ShapeOptions>;
  const runs = fc.constantFrom<string[]>([], ["--lang", "de"], ["--lang", "fi", "--locale", "fi-FI"], ["--locale", "fr-FR"]);

  test("gives the whole path's sheets, cells, formats, widths, tables and names, with every input sheet copied compressed", async () => {
    await fc.assert(
      fc.asyncProperty(shapes, runs, async (shape, extra) => {
        const k = ++n;
        const file = `in-${k}.xlsx`;
        await writeShapedWorkbook(tmp.file(file), shape);
        const copied = await runSummary(tmp.dir, file, `copy-${k}.xlsx`, extra, false);
        const whole = await runSummary(tmp.dir, file, `whole-${k}.xlsx`, extra, true);
        expect(copied).toEqual({ code: whole.code, stdout: whole.stdout.replace(`whole-${k}.xlsx`, `copy-${k}.xlsx`) });
        const [a, b] = [await readBack(tmp.file(`copy-${k}.xlsx`)), await readBack(tmp.file(`whole-${k}.xlsx`))];
        expect(workbookFacts(a, EXTENT)).toEqual(workbookFacts(b, EXTENT));
        const { kept, sheets } = sheetPartsKept(tmp.file(file), tmp.file(`copy-${k}.xlsx`));
        expect(kept).toEqual(sheets);
      }),
      { numRuns: 8, seed: 23 },
    );
  });

  test("the money column's custom format is the summary's money format in both paths", async () => {
    await writeShapedWorkbook(tmp.file("money.xlsx"), { rows: 4, moneyFormat: "#,##0.00 [$€-407]", before: ["Notes"] });
    for (const whole of [false, true]) {
      const out = `money-${whole}.xlsx`;
      expect((await runSummary(tmp.dir, "money.xlsx", out, [], whole)).code).toBe(0);
      const sheet = (await readBack(tmp.file(out))).getWorksheet("Inventory summary")!;
      expect([sheet.getCell("B8").numFmt, sheet.getCell("D10").numFmt, sheet.getCell("E8").numFmt]).toEqual(["#,##0.00 [$€-407]", "#,##0.00 [$€-407]", "0.0%"]);
    }
    expect(sheetPartsKept(tmp.file("money.xlsx"), tmp.file("money-false.xlsx")).kept).toHaveLength(3);
  });

  test("a rerun on our own output takes the whole path and replaces our sheet", async () => {
    await writeShapedWorkbook(tmp.file("again.xlsx"), { rows: 4, moneyFormat: "0.00", before: ["Notes"] });
    expect((await runSummary(tmp.dir, "again.xlsx", "again-1.xlsx", [], false)).code).toBe(0);
    expect((await runSummary(tmp.dir, "again-1.xlsx", "again-2.xlsx", [], false)).code).toBe(0);
    const twice = await readBack(tmp.file("again-2.xlsx"));
    expect(twice.worksheets.map((ws) => ws.name)).toEqual(["Notes", "Stock", "After", "Inventory summary"]);
    expect(twice.getWorksheet("Inventory summary")!.getCell("B3").value).toBe(4);
    expect(twice.definedNames.model.filter((d) => d.name === "InventoryRowsSummarySheet")).toEqual([{ name: "InventoryRowsSummarySheet", ranges: ["'Inventory summary'!$A$1"] }]);
    // The whole path rewrote the sheets: not one compressed part is the input's.
    expect(sheetPartsKept(tmp.file("again-1.xlsx"), tmp.file("again-2.xlsx")).kept).toEqual([]);
  });
});

describe("saveSummaryIntoPackage on its own", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("writes the workbook writeSummarySheet and saveWorkbook write, naming the sheet it added", async () => {
    await writeShapedWorkbook(tmp.file("in.xlsx"), { rows: 6, moneyFormat: '"$"#,##0.00', before: ["Inventory summary", "Notes"], tableName: "InventorySummary" });
    const grid = [["Name", "Category", "Qty", "Codes", "Income", "Expense"], ["A", "Skis", 1, "C-1", 10, 1]];
    const input: SummarySheetInput = { summary: summarizeByCategory(grid), sheetName: "Inventory summary", source: "Stock", moneyFormat: '"$"#,##0.00', now: new Date(2026, 4, 6, 7, 8, 9) };
    const name = await saveSummaryIntoPackage(packageOfFile(tmp.file("in.xlsx"), "Stock"), input, tmp.file("copy.xlsx"));
    expect(name).toBe("Inventory summary (2)");
    const workbook = await loadWorkbook(readFileSync(tmp.file("in.xlsx")), "in.xlsx");
    expect(writeSummarySheet(workbook, input)).toBe(name);
    await saveWorkbook(workbook, tmp.file("whole.xlsx"));
    const [a, b] = [await readBack(tmp.file("copy.xlsx")), await readBack(tmp.file("whole.xlsx"))];
    expect(workbookFacts(a, EXTENT)).toEqual(workbookFacts(b, EXTENT));
    expect(a.getWorksheet(name)!.getCell("B2").value).toBe("Stock");
    expect(a.definedNames.model).toEqual([
      { name: "Weight", ranges: ["'Inventory summary'!$B$2"] },
      { name: "InventoryRowsSummarySheet", ranges: ["'Inventory summary (2)'!$A$1"] },
    ]);
    expect((a.getWorksheet(name) as unknown as { tables: Record<string, unknown> }).tables).toHaveProperty("InventorySummary2");
  });
});
