/**
 * Settings: column mapping from the sheet's real headers, report and code options,
 * live check. Saved as a whole: a bad value is explained and nothing is stored.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Switch, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { HeaderInfo, InventoryApp } from "../../app";
import type { Settings } from "../../core";
import { useRunner } from "../hooks/use-runner";
import { checkDraft, sampleCode, toChanges, toDraft, type DraftErrors, type SettingsDraft } from "../settings-draft";
import { usePaneStyles } from "../styles";
import { AdditiveColumns } from "./additive-columns";
import { ColumnMapping } from "./column-mapping";
import { ErrorBar, type Problem } from "./error-bar";
import { NumberSelect } from "./number-select";

export interface SettingsPanelProps {
  app: InventoryApp;
  settings: Settings;
  /** True while the panel is the visible tab: headers are read the first time it shows. */
  active: boolean;
  onSaved: (settings: Settings, warnings: string[]) => void;
}

export function SettingsPanel({ app, settings, active, onSaved }: SettingsPanelProps) {
  const styles = usePaneStyles();
  const { run, busy } = useRunner();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [headers, setHeaders] = useState<HeaderInfo | null>(null);
  const [headerProblem, setHeaderProblem] = useState<Problem | null>(null);
  const [saveProblem, setSaveProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => setDraft(toDraft(settings)), [settings]);

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

  const edit = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };

  const save = async () => {
    const found = checkDraft(draft);
    setErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) {
      setSaveProblem({ message: "Settings were not saved. Correct the fields marked above; nothing was changed." });
      return;
    }
    const outcome = await run("Saving settings", () => app.saveSettings(toChanges(draft)));
    if (!outcome.ok) {
      // The app's own message may already say "not saved"; do not say it twice.
      const reason = outcome.message.replace(/^settings (were )?not saved[:.;]?\s*/i, "");
      setSaveProblem({ ...outcome, message: `Settings were not saved; nothing was changed. ${reason}` });
      return;
    }
    setSaveProblem(null);
    setSaved(true);
    onSaved(outcome.value.settings, outcome.value.warnings);
    // Detection depends on the mapping just saved.
    void readHeaders();
  };

  const roleHeaders = new Set(Object.values(draft.mapping));
  const detectedIndexes = new Set(Object.values(headers?.detected ?? {}));
  const candidates = (headers?.headers ?? []).filter(
    (h, i) => h.trim() !== "" && !detectedIndexes.has(i) && !roleHeaders.has(h.trim()),
  );

  return (
    <form className={styles.panel} onSubmit={(event) => { event.preventDefault(); void save(); }} aria-label="Settings" noValidate>
      <ErrorBar problem={headerProblem} title="Could not read the sheet's headers" />
      {headers?.notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{headers.notice}</MessageBarBody>
        </MessageBar>
      )}
      <ColumnMapping headers={headers} mapping={draft.mapping} onChange={(role, header) => edit("mapping", { ...draft.mapping, [role]: header })} />
      {/* Under the mapping it refreshes, not above its heading. */}
      <div className={styles.row}>
        <Button size="small" onClick={() => void readHeaders()}>
          Read headers again
        </Button>
      </div>
      {errors.mapping && <Text role="alert">{errors.mapping}.</Text>}
      <Field label="Summary sheet name" validationMessage={errors.summarySheetName} validationState={errors.summarySheetName ? "error" : "none"}>
        <Input value={draft.summarySheetName} onChange={(_e, data) => edit("summarySheetName", data.value)} />
      </Field>
      <NumberSelect label="Currency decimals" value={draft.currencyDecimals} min={0} max={4} onChange={(n) => edit("currencyDecimals", n)} />
      <Switch label="Codes are case-sensitive" checked={draft.caseSensitiveCodes} onChange={(_e, data) => edit("caseSensitiveCodes", data.checked)} />
      <AdditiveColumns candidates={candidates} selected={draft.additiveColumns} onChange={(next) => edit("additiveColumns", next)} />
      <Field label="Prefix of generated codes" hint={`Example: ${sampleCode(draft.codePrefix, draft.codeDigits)}`} validationMessage={errors.codePrefix} validationState={errors.codePrefix ? "error" : "none"}>
        <Input value={draft.codePrefix} onChange={(_e, data) => edit("codePrefix", data.value)} />
      </Field>
      <NumberSelect label="Digits in generated codes" value={draft.codeDigits} min={1} max={10} onChange={(n) => edit("codeDigits", n)} />
      <Switch label="Live check when the pane opens" checked={draft.liveCheck} onChange={(_e, data) => edit("liveCheck", data.checked)} />
      <ErrorBar problem={saveProblem} title="Not saved" />
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>Settings saved in the workbook.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={busy}>
          Save settings
        </Button>
        <Button onClick={() => { setDraft(toDraft(settings)); setErrors({}); setSaveProblem(null); }} disabled={busy}>
          Discard changes
        </Button>
      </div>
    </form>
  );
}
