/**
 * Ribbon commands (ExecuteFunction buttons). They share the task pane's runtime:
 * Check opens the pane on its results; Serialize selection and Category summary run
 * without the pane and leave their outcome as a notice the pane shows when opened,
 * opening it themselves only on a refusal or an error. Every handler calls
 * `event.completed()`, whatever happens. Handlers talk to the app layer only: showing
 * the pane, the notices and the message texts all come from src/app. A command pressed
 * while a pane action runs gets the app's answer: a write is refused with a plain notice,
 * a read (the serialize preview) waits for the running action to finish.
 */
import { postToPane, showPane, toErrorMessage, type ActionResult, type InventoryApp, type PaneNotice } from "../app";

/** Function names used by the manifest's ExecuteFunction buttons. */
export const commandNames = ["checkInventory", "serializeSelection", "categorySummary"] as const;
export type CommandName = (typeof commandNames)[number];

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

async function tellAndShow(notice: PaneNotice): Promise<void> {
  postToPane({ kind: "notice", notice });
  await showPane();
}

/** Runs `work`, turns any failure into a notice in the open pane, and always completes the event. */
function command(title: string, work: () => Promise<void>): Handler {
  return async (event) => {
    try {
      await work();
    } catch (error) {
      try {
        await tellAndShow({ intent: "error", title, message: toErrorMessage(error) });
      } catch {
        // The pane cannot be shown (host without shared runtime): the notice waits for the next open.
      }
    } finally {
      event.completed();
    }
  };
}

/** A failed or refused ActionResult as a notice with one line per refused row. */
function failureNotice(title: string, result: Extract<ActionResult, { ok: false }>): PaneNotice {
  return {
    intent: result.kind === "cancelled" ? "info" : result.kind === "failed" ? "error" : "warning",
    title,
    message: result.message || "Nothing was changed.",
    details: result.refused?.map((row) => `${row.address}: ${row.reason}`),
  };
}

export function commandHandlers(app: InventoryApp): Record<CommandName, Handler> {
  const checkInventory = command("Check did not run", async () => {
    postToPane({ kind: "run-check" });
    await showPane();
  });

  const serializeSelection = command("Serialize did not finish", async () => {
    const preview = await app.previewSerialize();
    if (preview.needsConfirmation) {
      postToPane({ kind: "preview-serialize" });
      await tellAndShow({
        intent: "info",
        title: "Please confirm in the pane",
        message: `Serializing the selection would add ${preview.newRows.toLocaleString("en-US")} rows. Review the preview, then confirm.`,
      });
      return;
    }
    const refusals = preview.refused.map((row) => `${row.address}: ${row.reason}`);
    if (preview.rowsAffected === 0) {
      const skipped = preview.skipped.map((row) => `${row.address}: ${row.reason}`);
      await tellAndShow({
        intent: "warning",
        title: "Nothing to serialize",
        message: "No selected row can be serialized. Select rows with a quantity above 1.",
        details: [...refusals, ...skipped],
      });
      return;
    }
    const result = await app.serializeSelection();
    if (!result.ok) {
      await tellAndShow(failureNotice("Serialize did not finish", result));
    } else if (refusals.length > 0) {
      await tellAndShow({
        intent: "warning",
        title: "Serialized, with rows refused",
        message: result.message,
        details: refusals,
        undoable: result.undoable,
        changed: "inventory",
      });
    } else {
      postToPane({
        kind: "notice",
        notice: { intent: "success", title: "Serialized", message: result.message, undoable: result.undoable, changed: "inventory" },
      });
    }
  });

  const categorySummary = command("Category summary was not built", async () => {
    const outcome = await app.summarize();
    const result = outcome.result;
    if (!result.ok) {
      await tellAndShow(failureNotice("Category summary was not built", result));
      return;
    }
    postToPane({
      kind: "notice",
      notice: {
        intent: "success",
        title: "Category summary ready",
        message: result.message || `Written to sheet ${outcome.sheetName}.`,
        undoable: result.undoable,
        changed: "elsewhere",
      },
    });
  });

  return { checkInventory, serializeSelection, categorySummary };
}
