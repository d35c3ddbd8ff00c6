/**
 * Requirement sets per call: the host's member → ExcelApi table is generated from
 * @types/office-js (scripts/excel-api-sets.ts) and must be current; a call above the host's
 * maxExcelApi fails with ApiNotFound, as in Excel.
 */
import { readFileSync } from "node:fs";
import { apiSetTable, renderTable, tableFile, typesFile } from "../../scripts/excel-api-sets";
import { createTestHost } from "../host";
import { EXCEL_API_SETS } from "../host/api-sets";

test("the committed table is what the script makes from the installed @types/office-js", () => {
  const fresh = renderTable(apiSetTable(readFileSync(typesFile, "utf8")));
  // On failure: npx tsx scripts/excel-api-sets.ts
  expect(readFileSync(tableFile, "utf8")).toBe(fresh);
});

test("the table reads the doc comments: lowest version over overloads, ExcelApi 1.1 left out", () => {
  expect(EXCEL_API_SETS["RangeAreas.select"]).toBe("1.18");
  expect(EXCEL_API_SETS["Worksheet.getRanges"]).toBe("1.9");
  expect(EXCEL_API_SETS["Table.resize"]).toBe("1.13");
  expect(EXCEL_API_SETS["WorksheetChangedEventArgs.triggerSource"]).toBe("1.14");
  expect(EXCEL_API_SETS["Range.select"]).toBeUndefined();
  const dts = [
    "declare namespace Excel {",
    "    class Thing {",
    "        /**",
    "         * [Api set: ExcelApi 1.12]",
    "         */",
    "        go(a: string): void;",
    "        /**",
    "         * [Api set: ExcelApi 1.4]",
    "         */",
    "        go(a: number): void;",
    "        /**",
    "         * [Api set: ExcelApi 1.1]",
    "         */",
    "        readonly name: string;",
    "    }",
    "}",
  ].join("\n");
  expect(apiSetTable(dts)).toEqual({ "Thing.go": "1.4" });
});

async function selectAreas(maxExcelApi: string) {
  const host = createTestHost({ sheets: [{ name: "S" }], maxExcelApi });
  return host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRanges("A1,C3").select();
    await context.sync();
  }).then(() => host.selection(), (error: { code?: string }) => error.code);
}

test("a method above maxExcelApi fails the sync with ApiNotFound; at its version it works", async () => {
  expect(await selectAreas("1.17")).toBe("ApiNotFound");
  expect(await selectAreas("1.18")).toEqual(["S!A1", "S!C3"]);
});

test("loading a property above maxExcelApi fails; a plain load() leaves it out", async () => {
  // Worksheet.tabColor is ExcelApi 1.7.
  const host = createTestHost({ sheets: [{ name: "S" }], maxExcelApi: "1.6" });
  const named = await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").load("tabColor");
    await context.sync();
  }).catch((error: { code?: string }) => error.code);
  expect(named).toBe("ApiNotFound");
  const plain = await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S").load();
    await context.sync();
    return sheet.toJSON();
  });
  expect(plain).toMatchObject({ name: "S", position: 0 });
  expect(plain).not.toHaveProperty("tabColor");
});

test("a navigation property above maxExcelApi fails when used (Worksheet.customProperties, ExcelApi 1.12)", async () => {
  const host = createTestHost({ sheets: [{ name: "S", customProperties: { k: "v" } }], maxExcelApi: "1.11" });
  const code = await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").customProperties.load("items");
    await context.sync();
  }).catch((error: { code?: string }) => error.code);
  expect(code).toBe("ApiNotFound");
});
