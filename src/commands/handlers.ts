/**
 * Ribbon commands (ExecuteFunction buttons). They share the task pane's runtime:
 * Check opens the pane on its results; Serialize selection and Category summary run
 * without the pane and leave their outcome as a notice the pane shows when opened,
 * opening it themselves only on a refusal or an error. Every handler calls
 * `event.completed()`, whatever happens. Handlers talk to the app layer only: showing
 * the pane and the notices come from src/app, the words from the catalogue. A command pressed
 * while a pane action runs gets the app's answer: a write is refused (`kind: "busy"`) with a
 * plain notice, a read (the serialize preview) waits for the running action to finish.
 */
import {
  postToPane, showPane, text, toErrorMessage, type Failure, type InventoryApp, type MessageId, type PaneNotice, type RefusedRow,
} from "../app";

/** Function names used by the manifest's ExecuteFunction buttons. */
export const commandNames = ["checkInventory", "serializeSelection", "categorySummary"] as const;
export type CommandName = (typeof commandNames)[number];

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

async function tellAndShow(notice: PaneNotice): Promise<void> {
  postToPane({ kind: "notice", notice });
  await showPane();
}

/**
 * Runs `work` with the words of `title` (the notice title when it fails), turns anything thrown
 * (showing the pane can fail) into a notice in the open pane, and always completes the event.
 */
function command(title: MessageId, work: (title: string) => Promise<void>): Handler {
  return async (event) => {
    try {
      await work(text(title));
    } catch (error) {
      try {
        await tellAndShow({ intent: "error", title: text(title), message: toErrorMessage(error) });
      } catch {
        // The pane cannot be shown (host without shared runtime): the notice waits for the next open.
      }
    } finally {
      event.completed();
    }
  };
}

/** One line per refused row: "C14: quantity is not a whole number". */
function rowLines(rows: readonly RefusedRow[]): string[] {
  return rows.map((row) => text("app-row-reason", { address: row.address, reason: row.reason }));
}

/** A Failure as a notice with one line per refused row. */
function failureNotice(title: string, result: Failure): PaneNotice {
  return {
    intent: result.kind === "cancelled" ? "info" : result.kind === "failed" ? "error" : "warning",
    title,
    message: result.message || text("nothing-changed"),
    details: result.refused && rowLines(result.refused),
  };
}

export function commandHandlers(app: InventoryApp): Record<CommandName, Handler> {
  const checkInventory = command("app-ribbon-check-failed", async () => {
    postToPane({ kind: "run-check" });
    await showPane();
  });

  const serializeSelection = command("app-ribbon-serialize-failed", async (serializeFailed) => {
    const previewed = await app.previewSerialize();
    if (!previewed.ok) return tellAndShow(failureNotice(serializeFailed, previewed));
    const preview = previewed.value;
    if (preview.needsConfirmation) {
      postToPane({ kind: "preview-serialize" });
      return tellAndShow({
        intent: "info",
        title: text("app-ribbon-confirm-title"),
        message: text("app-ribbon-confirm", { count: preview.newRows }),
      });
    }
    const refusals = rowLines(preview.refused);
    if (preview.rowsAffected === 0) {
      return tellAndShow({
        intent: "warning",
        title: text("app-ribbon-nothing-title"),
        message: text("app-ribbon-nothing"),
        details: [...refusals, ...rowLines(preview.skipped)],
      });
    }
    const result = await app.serializeSelection();
    if (!result.ok) return tellAndShow(failureNotice(serializeFailed, result));
    const { message, undoable } = result.value;
    if (refusals.length > 0) {
      return tellAndShow({ intent: "warning", title: text("app-ribbon-serialized-refused"), message, details: refusals, undoable, changed: "inventory" });
    }
    postToPane({ kind: "notice", notice: { intent: "success", title: text("app-ribbon-serialized"), message, undoable, changed: "inventory" } });
  });

  const categorySummary = command("app-ribbon-summary-failed", async (summaryFailed) => {
    const result = await app.summarize();
    if (!result.ok) return tellAndShow(failureNotice(summaryFailed, result));
    const { message, undoable, sheetName } = result.value;
    postToPane({
      kind: "notice",
      notice: {
        intent: "success",
        title: text("app-ribbon-summary-ready"),
        message: message || text("app-ribbon-summary-written", { sheet: sheetName }),
        undoable,
        changed: "elsewhere",
      },
    });
  });

  return { checkInventory, serializeSelection, categorySummary };
}
