/** PLACEHOLDER: the ribbon work replaces this with the real handlers. */
import type { InventoryApp } from "../app";

/** Function names used by the manifest's ExecuteFunction buttons. */
export const commandNames = ["checkInventory", "serializeSelection", "categorySummary"] as const;
export type CommandName = (typeof commandNames)[number];

export function commandHandlers(
  _app: InventoryApp,
): Record<CommandName, (event: Office.AddinCommands.Event) => Promise<void>> {
  const done = async (event: Office.AddinCommands.Event) => event.completed();
  return { checkInventory: done, serializeSelection: done, categorySummary: done };
}
