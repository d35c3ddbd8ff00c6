/**
 * Tells the app whenever the page says the pane is shown or hidden: when the pane mounts, and
 * on the page's `visibilitychange`. Office's own visibility events are not a promise
 * (docs/design.md §15), so these signals back them up; repeats cost nothing. Each time the pane
 * goes from hidden to shown (the ribbon's Check and Show pane buttons) it checks the inventory.
 */
import { useEffect } from "react";
import { postToPane, type InventoryApp } from "../../app";

export function usePaneShown(app: InventoryApp): void {
  useEffect(() => app.onPaneShown(() => postToPane({ kind: "run-check" })), [app]);
  useEffect(() => {
    const signal = () => app.paneShown(document.visibilityState !== "hidden");
    signal();
    document.addEventListener("visibilitychange", signal);
    return () => document.removeEventListener("visibilitychange", signal);
  }, [app]);
}
