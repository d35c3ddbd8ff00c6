/**
 * Counts the pane's own successful writes, so a check made before one of them can say
 * that it is out of date (its addresses may now point at moved rows).
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";

interface WorkbookChanges {
  /** Increases after every successful write by the pane or the ribbon. */
  version: number;
  /** The latest version, also inside callbacks created before it changed. */
  current(): number;
  markChanged(): void;
}

const Context = createContext<WorkbookChanges>({ version: 0, current: () => 0, markChanged: () => undefined });

export function WorkbookChangesProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const ref = useRef(0);
  const markChanged = useCallback(() => {
    ref.current += 1;
    setVersion(ref.current);
  }, []);
  const current = useCallback(() => ref.current, []);
  const value = useMemo(() => ({ version, current, markChanged }), [version, current, markChanged]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useWorkbookChanges(): WorkbookChanges {
  return useContext(Context);
}
