/** Pane-wide notices (ribbon outcomes, settings warnings), newest first. */
import { useCallback, useRef, useState } from "react";
import type { ShownNotice } from "../components/notice-list";
import type { PaneNotice } from "../../app";

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
