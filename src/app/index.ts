/** The app layer: the actions the task pane and the ribbon share. */
import { ExcelInventoryApp, type InventoryAppOptions } from "./inventory-app";
import type { InventoryApp } from "./types";

export type * from "./types";
export type { InventoryAppOptions } from "./inventory-app";

/** The app over the real workbook (Office.js). One per task-pane runtime. */
export function createInventoryApp(options?: InventoryAppOptions): InventoryApp {
  return new ExcelInventoryApp(options);
}
