/** Pane-wide notices (ribbon outcomes, settings warnings), newest first. */
import { useCallback, useRef, useState } from "react";
import type { ShownNotice } from "../components/notice-list";
import type { InventoryApp, PaneNotice } from "../../app";
import { useText } from "../i18n/use-text";
import { useRunner } from "./use-runner";
import { useWorkbookChanges } from "./use-workbook-changes";

const MAX_SHOWN = 5;

export function useNotices() {
  const [notices, setNotices] = useState<ShownNotice[]>([]);
  const nextId = useRef(1);

  const add = useCallback((notice: PaneNotice, stamp?: number) => {
    const id = nextId.current++;
    setNotices((list) => [{ ...notice, id, stamp }, ...list].slice(0, MAX_SHOWN));
    return id;
  }, []);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);

  const replace = useCallback((id: number, notice: PaneNotice) => {
    setNotices((list) => list.map((n) => (n.id === id ? { ...notice, id } : n)));
  }, []);

  return { notices, add, dismiss, replace };
}

/** Undo offered by a notice (a ribbon action's result): the notice then says how the undo went. */
export function useUndoFromNotice(app: InventoryApp, replace: (id: number, notice: PaneNotice) => void) {
  const { run } = useRunner();
  const { markChanged } = useWorkbookChanges();
  const t = useText();
  return useCallback(
    async (id: number) => {
      const result = await run(t("pane-progress-undo"), () => app.undo());
      if (result.ok) markChanged();
      replace(id, {
        intent: result.ok ? "success" : "error",
        title: t(result.ok ? "pane-undone" : "pane-undo-failed"),
        message: result.ok ? result.value.message : result.message,
        say: result.ok ? result.value.say : result.say,
      });
    },
    [app, run, markChanged, replace, t],
  );
}
