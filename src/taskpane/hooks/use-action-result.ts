/** The last action's result for a panel, and the Undo that goes with it. */
import { useCallback, useState } from "react";
import type { ActionResult, InventoryApp } from "../../app";
import { useText } from "../i18n/use-text";
import { useRunner } from "./use-runner";
import { useWorkbookChanges } from "./use-workbook-changes";

export interface ActionResultOptions {
  /** Called after a successful Undo (e.g. to check again). */
  onUndone?: () => void;
  /** False for actions that write elsewhere (the summary sheet): earlier checks stay valid. */
  changesInventory?: boolean;
}

export function useActionResult(app: InventoryApp, { onUndone, changesInventory = true }: ActionResultOptions = {}) {
  const runner = useRunner();
  const t = useText();
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
    const outcome = await runner.run(t("pane-progress-undo"), () => app.undo());
    // Undoing is not itself one more Ctrl+Z step to advertise.
    const undone: ActionResult = outcome.ok ? { ok: true, value: { ...outcome.value, excelUndo: false } } : outcome;
    setResult(undone, true);
    if (undone.ok) onUndone?.();
  }, [app, runner, onUndone, setResult, t]);

  const result = shown?.result ?? null;
  const canUndo = !!shown && shown.result.ok && shown.result.value.undoable && shown.stamp === changes.writes && app.canUndo();
  return { result, setResult, undo, canUndo, busy: runner.busy };
}
