/** PLACEHOLDER: the Excel adapter work replaces this with the real app layer. */
import type { InventoryApp } from "./types";

export type * from "./types";

export function createInventoryApp(): InventoryApp {
  throw new Error("The app layer is not built yet.");
}
