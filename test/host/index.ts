/**
 * The strict Office.js test host: an in-memory workbook behind Excel's JavaScript API
 * (proxies, load/sync, 5 MB payloads, value coercion, events). Tests only — never bundled
 * into the add-in. No Node APIs, so the browser tests can bundle it too.
 *
 * @example
 * const host = createTestHost({ sheets: [{ name: "Stock", values: [["Qty", "Codes"], [2, "A,B"]] }] });
 * host.install();
 * await Excel.run(async (context) => {
 *   const range = context.workbook.worksheets.getItem("Stock").getRange("A1:B2").load("values");
 *   await context.sync();
 *   range.values; // [["Qty", "Codes"], [2, "A,B"]]
 * });
 * host.uninstall();
 */
import { createHost } from "./host";
import type { HostSeed, TestHost } from "./types";

export type {
  CellStyle, CellValue, ChartInfo, ConditionalFormatInfo, ChartSeriesInfo, HostChangeEvent, HyperlinkInfo, SheetAnnotations, HostCultureSeed, HostSeed, HostStats, OfficeCalls, PrintSetupInfo, ShapeInfo,
  SeedSheet, SyncPredicate, TableInfo, TestHost, WorkbookSnapshot,
} from "./types";

/** Creates a host holding the seed workbook (default: one empty "Sheet1"). */
export function createTestHost(seed: HostSeed = {}): TestHost {
  return createHost(seed);
}

export { HostOfficeError } from "./errors";
export { MAX_COLS, MAX_ROWS } from "./a1";
export { FIVE_MB } from "./host-core";
export { UNEVALUATED } from "./formulas";
