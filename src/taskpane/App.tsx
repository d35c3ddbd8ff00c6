/** PLACEHOLDER: the task-pane work replaces this with the real pane. */
import type { InventoryApp } from "../app";

export function App(_props: { app: InventoryApp }) {
  return <p>Inventory Rows</p>;
}
