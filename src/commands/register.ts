/**
 * Connects the manifest's ExecuteFunction buttons to their handlers. With the shared runtime
 * the ribbon runs in the task pane's page, and Office drops a press whose function is not
 * associated yet (docs/design.md §15): the entry calls this synchronously when its script
 * loads, before `Office.onReady`, and each handler gets the app only when it runs.
 */
import type { InventoryApp } from "../app";
import { commandHandlers, commandNames, type CommandName } from "./handlers";

/** The part of `Office.actions` we use (a parameter so tests can pass their own). */
export interface ActionRegistry {
  associate(actionId: string, actionFunction: (arg?: unknown) => void): void;
}

/**
 * Associates every name in `commandNames` with its handler; `getApp` runs at the first press
 * (it waits for Office and creates the app once). A handler that throws or rejects, or an app
 * that cannot be made, still completes its ribbon event, so Excel never shows a button stuck
 * "working". `language` gives the pane's language tag at each press: the notices speak it.
 *
 * @example registerCommands(async () => { await Office.onReady(); return app(); }, Office.actions)
 */
export function registerCommands(getApp: () => Promise<InventoryApp>, actions: ActionRegistry, language?: () => string): CommandName[] {
  for (const name of commandNames) {
    actions.associate(name, (event) => {
      const commandEvent = event as Office.AddinCommands.Event;
      Promise.resolve()
        .then(getApp)
        .then((app) => commandHandlers(app, language)[name](commandEvent))
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
