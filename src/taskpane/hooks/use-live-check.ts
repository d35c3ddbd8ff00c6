/** Keeps the app's live check in step with a switch; results arrive through `onResult`. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckOutcome, InventoryApp, LiveCheckListener } from "../../app";

export function useLiveCheck(app: InventoryApp, initial: boolean | undefined, onResult: (outcome: CheckOutcome) => void) {
  const [enabled, setEnabled] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onResultRef = useRef(onResult);
  onResultRef.current = onResult;
  const enabledRef = useRef(false);

  const listener = useCallback<LiveCheckListener>((outcome) => {
    if (!outcome.ok) {
      setProblem(outcome.message ? `Live check: ${outcome.message}` : "Live check could not re-check the sheet.");
      return;
    }
    setProblem(null);
    onResultRef.current(outcome.value);
  }, []);

  const change = useCallback(
    async (next: boolean) => {
      setPending(true);
      const result = await app.setLiveCheck(next, listener);
      if (result.ok) {
        enabledRef.current = next;
        setEnabled(next);
        setProblem(null);
      } else {
        setProblem(`Live check could not be turned ${next ? "on" : "off"}: ${result.message}`);
      }
      setPending(false);
    },
    [app, listener],
  );

  // Follow the stored setting when it loads or is saved; the switch overrides it for this session.
  useEffect(() => {
    if (initial !== undefined && initial !== enabledRef.current) void change(initial);
  }, [initial, change]);

  useEffect(
    () => () => {
      if (enabledRef.current) void app.setLiveCheck(false, listener);
    },
    [app, listener],
  );

  return { enabled, pending, problem, change };
}
