/** Set-up for the Protect entry tests: an inventory on the strict host, and the user's own validation. */
import { createInventoryApp, type InventoryApp } from "../../src/app";
import type { CellValue } from "../../src/core";
import { createTestHost, type HostSeed, type SeedSheet, type TestHost } from "../host";
import { HEADERS } from "./helpers";

/** Quantity in C, codes in D. */
export const STOCK: CellValue[][] = [
  HEADERS,
  ["Ski A", "Skis", 1, "S1", 10, 1, ""],
  ["Pole pool", "Poles", 3, "P1,P2,P3", 30, 3, ""],
  ["Helmet", "Helmets", 2, "H1, H2", 20, 2, ""],
];

export function setUp(seed: Partial<HostSeed> = {}, sheet: Partial<SeedSheet> = {}): { app: InventoryApp; host: TestHost } {
  const host = createTestHost({ sheets: [{ name: "Stock", values: STOCK, ...sheet }], maxExcelApi: "1.20", ...seed });
  host.install();
  return { app: createInventoryApp({ quietMs: 0 }), host };
}

/** The user puts a rule of their own on `address` (as Data › Data Validation does: it replaces what was there). */
export async function userRule(address: string, rule: Excel.DataValidationRule, sheet = "Stock"): Promise<void> {
  await Excel.run(async (context) => {
    const dv = context.workbook.worksheets.getItem(sheet).getRange(address).dataValidation;
    dv.clear();
    dv.rule = rule;
    await context.sync();
  });
}

/** The host's validation on `sheet` as `areas: type`, in the host's order. */
export function validationOf(host: TestHost, sheet = "Stock"): string[] {
  return host.dataValidation(sheet).map((v) => `${v.areas}: ${v.type}`);
}

/** The table "Stock" grows by one row, as an add-in (or the user typing under it) would grow it. */
export async function addTableRow(values: CellValue[]): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.tables.getItem("Stock").rows.add(undefined, [values as (string | number)[]]);
    await context.sync();
  });
}
