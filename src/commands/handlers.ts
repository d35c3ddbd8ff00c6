/**
 * Ribbon commands (ExecuteFunction buttons): Serialize selection, Category summary, Barcode labels, and
 * the Problem marks menu's Mark problems and Clear marks (issue 18). They
 * share the task pane's runtime and run without the pane. Check is a ShowTaskpane button in the
 * manifest: its result is a list, and Office shows the pane for a ShowTaskpane button even where
 * it ignores `showAsTaskpane` (a Marketplace add-in); the pane checks when it is shown.
 * The operator always learns the outcome (docs/design.md §15): a notice in the pane when it is
 * shown; otherwise a refusal or an error opens the pane, and a success, or an outcome whose pane
 * cannot be shown, is told in a small dialog. Every handler calls `event.completed()`, whatever
 * happens. Handlers talk to the app layer only. A command pressed while a pane action runs gets
 * the app's answer: a write is refused (`kind: "busy"`) with a plain notice, a read (the
 * serialize preview) waits for the running action to finish.
 */
import {
  noticeDialogUrl, postToPane, sayIn, sentences, showDialog, textIn, toFailure, words, type Failure, type InventoryApp, type MessageId, type MessageValues,
  type PaneNotice, type RefusedRow, type Say,
} from "../app";

/** The words of message `id` in the pane's language (the ribbon speaks as the pane does). */
interface Words {
  (id: MessageId, values?: MessageValues): string;
  /** Words kept as data (`say`, one per sentence) in the same language; `message` when there are none. */
  said(message: string, say?: readonly Say[]): string;
  /** The language's tag (`fi-FI`). */
  tag(): string;
}

/** Function names used by the manifest's ExecuteFunction buttons. */
export const commandNames = ["serializeSelection", "categorySummary", "makeLabels", "markProblems", "clearMarks"] as const;
export type CommandName = (typeof commandNames)[number];

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

/** The page the dialog loads: this runtime's own page (the pane's), where Office serves it. */
function pageUrl(): string {
  return typeof location === "undefined" ? "https://localhost/taskpane.html" : location.href;
}

/**
 * Tells the operator in a dialog, every sentence in the pane's language (the dialog page has no
 * catalogue of its own: it shows the words it is given); a dialog Office cannot open leaves the
 * notice for the pane.
 */
async function tellInDialog(text: Words, notice: PaneNotice): Promise<void> {
  const shown = { ...notice, message: text.said(notice.message, notice.say) };
  await showDialog(noticeDialogUrl(pageUrl(), shown, text.tag())).catch(() => undefined);
}

/** A refusal or an error: into the pane, which is brought into view; a dialog when it cannot be. */
async function tellAndShow(app: InventoryApp, text: Words, notice: PaneNotice): Promise<void> {
  postToPane({ kind: "notice", notice });
  if (!(await app.revealPane())) await tellInDialog(text, notice);
}

/** A success: a notice in the pane; a dialog too when the pane is not shown. */
async function tell(app: InventoryApp, text: Words, notice: PaneNotice): Promise<void> {
  postToPane({ kind: "notice", notice });
  if (!app.isPaneShown()) await tellInDialog(text, notice);
}

/**
 * Runs `work` with the words of `title` (the notice title when it fails), turns anything thrown
 * into a notice, and always completes the event.
 */
function command(app: InventoryApp, text: Words, title: MessageId, work: (title: string) => Promise<void>): Handler {
  return async (event) => {
    try {
      await work(text(title));
    } catch (error) {
      const { message, say } = toFailure(error);
      await tellAndShow(app, text, { intent: "error", title: text(title), message, ...(say ? { say } : {}) }).catch(() => undefined);
    } finally {
      event.completed();
    }
  };
}

/** One line per refused row: "C14: quantity is not a whole number", the reason from its `say` when it has one. */
function rowLines(text: Words, rows: readonly RefusedRow[]): string[] {
  return rows.map((row) => text("app-row-reason", { address: row.address, reason: row.say ? text.said(row.reason, [row.say]) : row.reason }));
}

/** A Failure as a notice with one line per refused row. */
function failureNotice(text: Words, title: string, result: Failure): PaneNotice {
  return {
    intent: result.kind === "cancelled" ? "info" : result.kind === "failed" ? "error" : "warning",
    title,
    message: result.message || text("nothing-changed"),
    ...(result.message && result.say ? { say: result.say } : {}),
    details: result.refused && rowLines(text, result.refused),
  };
}

/** The handlers; `language` gives the pane's language tag when a command runs (en-US when omitted). */
export function commandHandlers(app: InventoryApp, language: () => string = () => "en-US"): Record<CommandName, Handler> {
  const text: Words = Object.assign((id: MessageId, values?: MessageValues) => textIn(language(), id, values), {
    said: (message: string, say?: readonly Say[]) => (say && say.length > 0 ? say.map((one) => sayIn(language(), one)).join(" ") : message),
    tag: language,
  });
  const show = (notice: PaneNotice) => tellAndShow(app, text, notice);

  const serializeSelection = command(app, text, "app-ribbon-serialize-failed", async (serializeFailed) => {
    const previewed = await app.previewSerialize();
    if (!previewed.ok) return show(failureNotice(text, serializeFailed, previewed));
    const preview = previewed.value;
    if (preview.needsConfirmation) {
      postToPane({ kind: "preview-serialize" });
      return show({
        intent: "info",
        title: text("app-ribbon-confirm-title"),
        message: text("app-ribbon-confirm", { count: preview.newRows }),
      });
    }
    const refusals = rowLines(text, preview.refused);
    if (preview.rowsAffected === 0) {
      return show({
        intent: "warning",
        title: text("app-ribbon-nothing-title"),
        message: text("app-ribbon-nothing"),
        details: [...refusals, ...rowLines(text, preview.skipped)],
      });
    }
    const result = await app.serializeSelection();
    if (!result.ok) return show(failureNotice(text, serializeFailed, result));
    const { message, say, undoable } = result.value;
    if (refusals.length > 0) {
      return show({ intent: "warning", title: text("app-ribbon-serialized-refused"), message, say, details: refusals, undoable, changed: "inventory" });
    }
    return tell(app, text, { intent: "success", title: text("app-ribbon-serialized"), message, say, undoable, changed: "inventory" });
  });

  const categorySummary = command(app, text, "app-ribbon-summary-failed", async (summaryFailed) => {
    const result = await app.summarize({ displayLocale: language() });
    if (!result.ok) return show(failureNotice(text, summaryFailed, result));
    const { message, say, undoable, sheetName } = result.value;
    return tell(app, text, {
      intent: "success",
      title: text("app-ribbon-summary-ready"),
      message: message || text("app-ribbon-summary-written", { sheet: sheetName }),
      ...(message && say ? { say } : {}),
      undoable,
      changed: "elsewhere",
    });
  });

  // Labels for the selection with the pane's defaults; what was left out opens the Labels tab.
  const makeLabels = command(app, text, "labels-pane-ribbon-failed", async (labelsFailed) => {
    const result = await app.labels("selection", { displayLocale: language() });
    if (!result.ok) {
      postToPane({ kind: "open-panel", panel: "labels" });
      return show(failureNotice(text, labelsFailed, result));
    }
    const { message, say, leftOut } = result.value;
    const notice: PaneNotice = { intent: leftOut.length > 0 ? "warning" : "success", title: text("labels-pane-ribbon-done"), message, say, changed: "elsewhere" };
    if (leftOut.length === 0) return tell(app, text, notice);
    return show({ ...notice, details: rowLines(text, leftOut) });
  });

  return { serializeSelection, categorySummary, makeLabels, ...marksHandlers(app, text, show) };
}

/** Mark problems and Clear marks: what the Check tab's switch does, told as every command tells. */
function marksHandlers(app: InventoryApp, text: Words, show: (notice: PaneNotice) => Promise<void>) {
  // The inventory sheet marked as Check marks it, the notes in the pane's language; a failure opens Check.
  const markProblems = command(app, text, "marks-pane-ribbon-mark-failed", async (markFailed) => {
    const result = await app.markIssues({ displayLocale: text.tag() });
    if (!result.ok) {
      postToPane({ kind: "open-panel", panel: "check" });
      return show(failureNotice(text, markFailed, result));
    }
    const { errorCells: errors, warningCells: warnings, userNotesKept: count } = result.value;
    const marked = words("marks-pane-marked", { cells: errors + warnings, errors, warnings });
    // The app's own words when it has them (they also say when notes could not be written).
    const counted = count > 0 ? sentences(marked, words("marks-pane-notes-kept", { count })) : marked;
    const { message, say } = result.value.message ? { message: result.value.message, say: result.value.say } : counted;
    return tell(app, text, { intent: "success", title: text("marks-pane-ribbon-marked"), message, say, changed: "elsewhere" });
  });

  const clearMarks = command(app, text, "marks-pane-ribbon-clear-failed", async (clearFailed) => {
    const result = await app.clearMarks();
    if (!result.ok) return show(failureNotice(text, clearFailed, result));
    // The pane's switch goes off, or its next Check would mark again what was just cleared.
    postToPane({ kind: "marks-cleared" });
    const { message, say } = result.value;
    return tell(app, text, { intent: "success", title: text("marks-pane-ribbon-cleared"), message, say, changed: "elsewhere" });
  });
  return { markProblems, clearMarks };
}
