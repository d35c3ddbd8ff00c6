/** Keeps the app's live check in step with a switch; results arrive through `onResult`. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckOutcome, InventoryApp, LiveCheckListener } from "../../app";
import { useText } from "../i18n/use-text";

export function useLiveCheck(app: InventoryApp, initial: boolean | undefined, onResult: (outcome: CheckOutcome) => void) {
  const [enabled, setEnabled] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onResultRef = useRef(onResult);
  onResultRef.current = onResult;
  const enabledRef = useRef(false);
  const t = useText();
  const textRef = useRef(t);
  textRef.current = t;

  const listener = useCallback<LiveCheckListener>((outcome) => {
    if (!outcome.ok) {
      const words = textRef.current;
      setProblem(outcome.message ? words("pane-live-problem", { message: outcome.message }) : words("pane-live-recheck-failed"));
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
        setProblem(t("pane-live-switch-failed", { on: String(next), message: result.message }));
      }
      setPending(false);
    },
    [app, listener, t],
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
