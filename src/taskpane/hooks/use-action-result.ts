/** The last action's result for a panel, and the Undo that goes with it. */
import { useCallback, useState } from "react";
import type { ActionResult, InventoryApp } from "../../app";
import { useRunner, type RunOutcome } from "./use-runner";

/** A runner failure (thrown error or cancel) as an ActionResult the bar can show. */
export function toActionResult(outcome: RunOutcome<ActionResult>): ActionResult {
  if (outcome.ok) return outcome.value;
  return { ok: false, kind: outcome.cancelled ? "cancelled" : "failed", message: outcome.message };
}

export function useActionResult(app: InventoryApp, onUndone?: () => void) {
  const runner = useRunner();
  const [result, setResult] = useState<ActionResult | null>(null);

  const undo = useCallback(async () => {
    const outcome = await runner.run("Undoing the last action", () => app.undo());
    // Undoing is not itself one more Ctrl+Z step to advertise.
    const undone = toActionResult(outcome);
    if (undone.ok) undone.excelUndo = false;
    setResult(undone);
    if (undone.ok) onUndone?.();
  }, [app, runner, onUndone]);

  const canUndo = !!result && result.ok && result.undoable && app.canUndo();
  return { result, setResult, undo, canUndo, busy: runner.busy };
}
