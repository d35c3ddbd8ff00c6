/** The last action's result for a panel, and the Undo that goes with it. */
import { useCallback, useState } from "react";
import type { ActionResult, InventoryApp } from "../../app";
import { useRunner, type RunOutcome } from "./use-runner";
import { useWorkbookChanges } from "./use-workbook-changes";

/** A runner failure (thrown error or cancel) as an ActionResult the bar can show. */
export function toActionResult(outcome: RunOutcome<ActionResult>): ActionResult {
  if (outcome.ok) return outcome.value;
  return { ok: false, kind: outcome.cancelled ? "cancelled" : "failed", message: outcome.message };
}

export interface ActionResultOptions {
  /** Called after a successful Undo (e.g. to check again). */
  onUndone?: () => void;
  /** False for actions that write elsewhere (the summary sheet): earlier checks stay valid. */
  changesInventory?: boolean;
}

export function useActionResult(app: InventoryApp, { onUndone, changesInventory = true }: ActionResultOptions = {}) {
  const runner = useRunner();
  const changes = useWorkbookChanges();
  const { markChanged } = changes;
  const [shown, setShown] = useState<{ result: ActionResult; stamp: number } | null>(null);

  /** Shows a result; a successful one is a write, and the latest write until the next. */
  const setResult = useCallback(
    (next: ActionResult | null, movesInventory = changesInventory) => {
      const stamp = next?.ok ? markChanged(movesInventory) : -1;
      setShown(next ? { result: next, stamp } : null);
    },
    [markChanged, changesInventory],
  );

  const undo = useCallback(async () => {
    const outcome = await runner.run("Undoing the last action", () => app.undo());
    // Undoing is not itself one more Ctrl+Z step to advertise.
    const undone = toActionResult(outcome);
    if (undone.ok) undone.excelUndo = false;
    setResult(undone, true);
    if (undone.ok) onUndone?.();
  }, [app, runner, onUndone, setResult]);

  const result = shown?.result ?? null;
  const canUndo = !!shown && shown.result.ok && shown.result.undoable && shown.stamp === changes.writes && app.canUndo();
  return { result, setResult, undo, canUndo, busy: runner.busy };
}
