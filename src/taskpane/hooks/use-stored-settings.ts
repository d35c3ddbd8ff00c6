/** The workbook's settings, loaded once when the pane opens; defaults until then (or if loading fails). */
import { useEffect, useRef, useState } from "react";
import type { InventoryApp } from "../../app";
import type { Settings } from "../../core";
import { defaultSettings } from "../settings-draft";
import { useSaid, useText } from "../i18n/use-text";
import { warningLines } from "../settings-warnings";

export interface StoredSettings {
  settings: Settings;
  /** False until loadSettings has answered. */
  loaded: boolean;
}

export function useStoredSettings(app: InventoryApp, report: (title: string, message: string, details?: string[]) => void) {
  const [state, setState] = useState<StoredSettings>({ settings: defaultSettings, loaded: false });
  // Load once per app: a new `report` function must not load again.
  const t = useText();
  const reportRef = useRef(report);
  reportRef.current = report;
  const said = useSaid();
  const textRef = useRef({ t, said });
  textRef.current = { t, said };

  useEffect(() => {
    let live = true;
    void app.loadSettings().then((outcome) => {
      if (!live) return;
      if (!outcome.ok) {
        setState({ settings: defaultSettings, loaded: true });
        const { t: words, said: saidIn } = textRef.current;
        reportRef.current(words("pane-settings-load-failed-title"), words("pane-settings-load-failed", { reason: saidIn(outcome) }));
        return;
      }
      setState({ settings: outcome.value.settings, loaded: true });
      if (outcome.value.warnings.length > 0) {
        const { t: words, said: saidIn } = textRef.current;
        reportRef.current(words("pane-settings-reset-title"), words("pane-settings-reset"), warningLines(outcome.value, saidIn));
      }
    });
    return () => {
      live = false;
    };
  }, [app]);

  const replace = (settings: Settings) => setState({ settings, loaded: true });
  return { ...state, replace };
}
