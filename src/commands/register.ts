/**
 * Connects the manifest's ExecuteFunction buttons to their handlers. With the shared runtime
 * the ribbon runs in the task pane's page, so this is called once from the pane's entry.
 */
import type { InventoryApp } from "../app";
import { commandHandlers, commandNames, type CommandName } from "./handlers";

/** The part of `Office.actions` we use (a parameter so tests can pass their own). */
export interface ActionRegistry {
  associate(actionId: string, actionFunction: (arg?: unknown) => void): void;
}

/**
 * Associates every name in `commandNames` with its handler. A handler that throws or rejects
 * still completes its ribbon event, so Excel never shows a button stuck "working".
 *
 * @example registerCommands(app, Office.actions)
 */
export function registerCommands(app: InventoryApp, actions: ActionRegistry): CommandName[] {
  const handlers = commandHandlers(app);
  for (const name of commandNames) {
    const handler = handlers[name];
    actions.associate(name, (event) => {
      const commandEvent = event as Office.AddinCommands.Event;
      Promise.resolve()
        .then(() => handler(commandEvent))
        .catch(() => completeQuietly(commandEvent));
    });
  }
  return [...commandNames];
}

function completeQuietly(event: Office.AddinCommands.Event): void {
  try {
    event.completed();
  } catch {
    // Already completed by the handler before it failed: nothing left to release.
  }
}
