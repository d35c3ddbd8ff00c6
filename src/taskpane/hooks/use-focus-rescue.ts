/**
 * Keeps keyboard users in place after an action: the button they pressed often goes away
 * with the result (Serialize, Fix, Undo), which drops the focus to the page: Enter then
 * does nothing and a screen reader loses its place. `rescue()` puts the focus on `target` then,
 * and only then (a focus the user moved elsewhere, in the pane or in Excel, is left alone).
 */
import { useCallback, useEffect, useRef, useState } from "react";

export function useFocusRescue<T extends HTMLElement>() {
  const target = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    const active = document.activeElement;
    // Not when the operator has moved on to the sheet: the pane must never take their typing.
    if (document.hasFocus() && (!active || active === document.body)) target.current?.focus();
  }, [request]);
  /** Call after the action's results are set: the check runs once they are on screen. */
  const rescue = useCallback(() => setRequest((n) => n + 1), []);
  return { target, rescue };
}
