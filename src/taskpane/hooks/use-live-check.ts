/** Keeps the app's live check in step with a switch; results arrive through `onResult`. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckOutcome, InventoryApp, LiveCheckListener } from "../../app";
import { toErrorMessage } from "../../app";

export function useLiveCheck(app: InventoryApp, initial: boolean | undefined, onResult: (outcome: CheckOutcome) => void) {
  const [enabled, setEnabled] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onResultRef = useRef(onResult);
  onResultRef.current = onResult;
  const enabledRef = useRef(false);

  const listener = useCallback<LiveCheckListener>((outcome) => {
    if ("error" in outcome) {
      setProblem(outcome.error ? `Live check: ${outcome.error}` : "Live check could not re-check the sheet.");
      return;
    }
    setProblem(null);
    onResultRef.current(outcome);
  }, []);

  const change = useCallback(
    async (next: boolean) => {
      setPending(true);
      try {
        await app.setLiveCheck(next, listener);
        enabledRef.current = next;
        setEnabled(next);
        setProblem(null);
      } catch (error) {
        setProblem(`Live check could not be turned ${next ? "on" : "off"}: ${toErrorMessage(error)}`);
      } finally {
        setPending(false);
      }
    },
    [app, listener],
  );

  // Follow the stored setting when it loads or is saved; the switch overrides it for this session.
  useEffect(() => {
    if (initial !== undefined && initial !== enabledRef.current) void change(initial);
  }, [initial, change]);

  useEffect(
    () => () => {
      if (enabledRef.current) void app.setLiveCheck(false, listener).catch(() => undefined);
    },
    [app, listener],
  );

  return { enabled, pending, problem, change };
}
