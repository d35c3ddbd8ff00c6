/**
 * The Settings form: the sheet's headers (read the first time the panel shows, and again on
 * request or after a save), the draft and its errors, and saving it as a whole.
 */
import { useCallback, useEffect, useState } from "react";
import type { HeaderInfo, InventoryApp } from "../../app";
import type { Settings } from "../../core";
import type { Problem } from "../components/error-bar";
import { checkDraft, toChanges, toDraft, type DraftErrors, type SettingsDraft } from "../settings-draft";
import { useSaid, useText } from "../i18n/use-text";
import { warningLines } from "../settings-warnings";
import { useRunner } from "./use-runner";

/** The sheet's headers with the current mapping: read once `active`, and again on request. */
function useSheetHeaders(app: InventoryApp, active: boolean) {
  const [headers, setHeaders] = useState<HeaderInfo | null>(null);
  const [headerProblem, setHeaderProblem] = useState<Problem | null>(null);

  const readHeaders = useCallback(async () => {
    const read = await app.readHeaders();
    if (read.ok) setHeaders(read.value);
    setHeaderProblem(read.ok ? null : read);
  }, [app]);

  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (active && !seen) {
      setSeen(true);
      void readHeaders();
    }
  }, [active, seen, readHeaders]);

  return { headers, headerProblem, readHeaders };
}

export function useSettingsForm(app: InventoryApp, settings: Settings, active: boolean, onSaved: (settings: Settings, warnings: string[]) => void) {
  const { run, busy } = useRunner();
  const t = useText();
  const said = useSaid();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saveProblem, setSaveProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const { headers, headerProblem, readHeaders } = useSheetHeaders(app, active);

  useEffect(() => setDraft(toDraft(settings)), [settings]);

  const edit = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };

  const save = async () => {
    const found = checkDraft(draft);
    setErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) {
      setSaveProblem({ message: t("pane-settings-fields-wrong") });
      return;
    }
    const outcome = await run(t("pane-settings-saving"), () => app.saveSettings(toChanges(draft)));
    if (!outcome.ok) {
      // The app's own message may already say "not saved"; do not say it twice.
      const reason = outcome.message.replace(/^settings (were )?not saved[:.;]?\s*/i, "");
      setSaveProblem({ ...outcome, message: t("pane-settings-save-failed", { reason }) });
      return;
    }
    setSaveProblem(null);
    setSaved(true);
    onSaved(outcome.value.settings, warningLines(outcome.value, said));
    // Detection depends on the mapping just saved.
    void readHeaders();
  };

  const roleHeaders = new Set(Object.values(draft.mapping));
  const detectedIndexes = new Set(Object.values(headers?.detected ?? {}));
  const candidates = (headers?.headers ?? []).filter(
    (h, i) => h.trim() !== "" && !detectedIndexes.has(i) && !roleHeaders.has(h.trim()),
  );

  const discard = () => {
    setDraft(toDraft(settings));
    setErrors({});
    setSaveProblem(null);
  };

  return { busy, draft, errors, headers, headerProblem, saveProblem, saved, candidates, edit, save, discard, readHeaders };
}
