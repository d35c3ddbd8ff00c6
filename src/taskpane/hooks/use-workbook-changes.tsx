/**
 * Counts the pane's successful writes. A check made before a write that moved rows says
 * it is out of date, and only the latest action's message may offer Undo: the app's undo
 * restores the last action, so an older message's Undo would undo something else.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";

export interface WorkbookChanges {
  /** Increases after every successful write that may have moved inventory rows. */
  inventoryVersion: number;
  /** Increases after every successful write (including the summary sheet and undo). */
  writes: number;
  /** The latest counts, also inside callbacks created before they changed. */
  current(): { inventoryVersion: number; writes: number };
  /** Records a successful write; returns the new write count (the action's stamp). */
  markChanged(movesInventory?: boolean): number;
}

const Context = createContext<WorkbookChanges>({
  inventoryVersion: 0,
  writes: 0,
  current: () => ({ inventoryVersion: 0, writes: 0 }),
  markChanged: () => 0,
});

export function WorkbookChangesProvider({ children }: { children: ReactNode }) {
  const [counts, setCounts] = useState({ inventoryVersion: 0, writes: 0 });
  const ref = useRef(counts);
  const markChanged = useCallback((movesInventory = true) => {
    const next = { inventoryVersion: ref.current.inventoryVersion + (movesInventory ? 1 : 0), writes: ref.current.writes + 1 };
    ref.current = next;
    setCounts(next);
    return next.writes;
  }, []);
  const current = useCallback(() => ref.current, []);
  const value = useMemo(() => ({ ...counts, current, markChanged }), [counts, current, markChanged]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useWorkbookChanges(): WorkbookChanges {
  return useContext(Context);
}
