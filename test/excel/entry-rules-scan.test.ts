/**
 * Finding the add-in's validation in a whole column (entry-validation-scan.ts) on the strict host:
 * split where cells differ, ours told from the user's by criteria and words, in about 20 syncs.
 */
import { planEntryRules, detectTable, type EntryRule } from "../../src/core";
import { resolveSettings } from "../../src/core/resolve-settings";
import { joinAreas, scanValidation } from "../../src/excel/entry-validation-scan";
import { rectAddress, type Rect } from "../../src/excel";
import { createTestHost, type TestHost } from "../host";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

const VALUES = [["Name", "Qty", "Codes"], ["Ski", 1, "S1"]];
const RULES = planEntryRules({ table: detectTable(VALUES)!, firstDataRow: 1, firstColumn: 0 }, resolveSettings({}), "en-US");
const COLUMN: Rect = { row: 0, column: 2, rows: 1_048_576, columns: 1 };

function install(): TestHost {
  host = createTestHost({ sheets: [{ name: "Stock", values: VALUES }], maxExcelApi: "1.20" });
  host.install();
  return host;
}

/** Puts `rule` on `address` the way the add-in does (the scan compares criteria and words). */
async function put(h: TestHost, address: string, rule: EntryRule | Excel.DataValidationRule): Promise<void> {
  await h.Excel.run(async (context) => {
    const dv = context.workbook.worksheets.getItem("Stock").getRange(address).dataValidation;
    dv.clear();
    if ("criteria" in rule) {
      const c = rule.criteria;
      dv.rule = c.type === "custom" ? { custom: { formula: c.formula.replace("C2", address.split(":")[0]) } } : { wholeNumber: { operator: c.operator, formula1: c.formula1 } };
      dv.prompt = { showPrompt: true, ...rule.prompt };
      dv.errorAlert = { showAlert: true, style: "Stop", ...rule.error };
    } else dv.rule = rule;
    await context.sync();
  });
}

const scan = (h: TestHost, areas: Rect[], ours: EntryRule[]) =>
  h.Excel.run(async (context) => {
    const found = await scanValidation(context, context.workbook.worksheets.getItem("Stock"), areas, ours);
    return { ours: joinAreas(found.ours).map(rectAddress), foreign: joinAreas(found.foreign).map(rectAddress) };
  });

test("a whole column: ours around a user's cell, found in about 20 syncs", async () => {
  const h = install();
  await put(h, "C2:C1048576", RULES[1]);
  await put(h, "C700", { list: { inCellDropDown: true, source: "A,B" } });
  h.resetStats();
  expect(await scan(h, [COLUMN], RULES)).toEqual({ ours: ["C2:C699", "C701:C1048576"], foreign: ["C700"] });
  expect(h.stats.syncs).toBeLessThanOrEqual(22);
});

test("the same criteria with other words is not ours; no validation is neither", async () => {
  const h = install();
  await put(h, "C2:C5", { ...RULES[1], prompt: { title: "Mine", message: "My own words" } });
  expect(await scan(h, [COLUMN], RULES)).toEqual({ ours: [], foreign: ["C2:C5"] });
  expect(await scan(h, [{ row: 0, column: 5, rows: 1_048_576, columns: 1 }], RULES)).toEqual({ ours: [], foreign: [] });
});

test("joinAreas joins touching areas of a column, in sheet order", () => {
  const r = (row: number, rows: number, column = 2): Rect => ({ row, column, rows, columns: 1 });
  expect(joinAreas([r(10, 5), r(1, 4), r(5, 5), r(20, 1), r(1, 2, 3)]).map(rectAddress)).toEqual(["C2:C15", "C21", "D2:D3"]);
});
