/** Shared set-up for the app tests: a strict test host with an inventory sheet. */
import { createTestHost, type HostSeed, type SeedSheet, type TestHost } from "../host";
import { createInventoryApp, type InventoryApp, type Result } from "../../src/app";
import type { CellValue } from "../../src/core";

export const HEADERS = ["Name", "Category", "Quantity", "Stock codes", "Income", "Expense", "Notes"];

/** A clean inventory: row i (1-based) has a unique code `C<i>`, quantity 1 or `qty(i)`. */
export function inventoryRows(count: number, qty: (i: number) => number = () => 1): CellValue[][] {
  const rows: CellValue[][] = [HEADERS];
  for (let i = 1; i <= count; i++) {
    const q = qty(i);
    rows.push([`Item ${i}`, i % 3 === 0 ? "Skis" : "Poles", q, `C${i}`, q * 10 + 0.01, q * 2, ""]);
  }
  return rows;
}

export interface World {
  host: TestHost;
  app: InventoryApp;
}

/** Installs a host with `sheets` (first is active) and creates the app. Call `world.host.uninstall()` after. */
export function world(sheets: SeedSheet[], extra: Omit<HostSeed, "sheets"> = {}): World {
  const host = createTestHost({ sheets, ...extra });
  host.install();
  const app = createInventoryApp({ debounceMs: 20, quietMs: 50, now: () => new Date(2026, 10, 27, 9, 30) });
  return { host, app };
}

/** Text format for every cell of a grid (so seeded codes are text, as if typed after formatting as Text). */
export function textFormats(values: CellValue[][], columns: number[]): string[][] {
  return values.map((row) => row.map((_v, c) => (columns.includes(c) ? "@" : "")));
}

/** The value of a Result the test expects to succeed; a Failure fails the test with its message. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.kind}: ${result.message}`);
  return result.value;
}
