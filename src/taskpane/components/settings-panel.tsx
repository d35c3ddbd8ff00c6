/**
 * Settings: column mapping from the sheet's real headers, report and code options, status
 * words, live check, and the pane's language. The workbook's settings are saved as a whole: a bad
 * value is explained and nothing is stored. The language is the user's, saved at once.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Switch, Text } from "@fluentui/react-components";
import type { InventoryApp } from "../../app";
import type { Settings } from "../../core";
import { useSettingsForm } from "../hooks/use-settings-form";
import { SaidText } from "../i18n/rich-text";
import { useText } from "../i18n/use-text";
import { sampleCode } from "../settings-draft";
import { usePaneStyles } from "../styles";
import { AdditiveColumns } from "./additive-columns";
import { ColumnMapping } from "./column-mapping";
import { ErrorBar } from "./error-bar";
import { LanguageSetting } from "./language-setting";
import { NumberSelect } from "./number-select";
import { RealShapeSettings } from "./real-shape-settings";
import { ScannerSettings } from "./scanner-settings";
import { StatusMapSettings } from "./status-map-settings";

export interface SettingsPanelProps {
  app: InventoryApp;
  settings: Settings;
  /** True while the panel is the visible tab: headers are read the first time it shows. */
  active: boolean;
  onSaved: (settings: Settings, warnings: string[]) => void;
}

export function SettingsPanel({ app, settings, active, onSaved }: SettingsPanelProps) {
  const styles = usePaneStyles();
  const t = useText();
  const { busy, draft, errors, headers, headerProblem, saveProblem, saved, candidates, edit, save, discard, readHeaders } = useSettingsForm(
    app,
    settings,
    active,
    onSaved,
  );

  return (
    <form className={styles.panel} onSubmit={(event) => { event.preventDefault(); void save(); }} aria-label={t("pane-settings")} noValidate>
      <LanguageSetting />
      <ErrorBar problem={headerProblem} title={t("pane-settings-headers-failed")} />
      {headers?.notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody><SaidText said={{ message: headers.notice, say: headers.noticeSay }} /></MessageBarBody>
        </MessageBar>
      )}
      <ColumnMapping headers={headers} mapping={draft.mapping} onChange={(role, header) => edit("mapping", { ...draft.mapping, [role]: header })} />
      {/* Under the mapping it refreshes, not above its heading. */}
      <div className={styles.row}>
        <Button size="small" onClick={() => void readHeaders()}>
          {t("pane-settings-read-headers")}
        </Button>
      </div>
      {errors.mapping && <Text role="alert">{t(errors.mapping)}</Text>}
      <Field label={t("pane-settings-sheet-name")} validationMessage={errors.summarySheetName && t(errors.summarySheetName)} validationState={errors.summarySheetName ? "error" : "none"}>
        <Input value={draft.summarySheetName} onChange={(_e, data) => edit("summarySheetName", data.value)} />
      </Field>
      <NumberSelect label={t("pane-settings-decimals")} value={draft.currencyDecimals} min={0} max={4} onChange={(n) => edit("currencyDecimals", n)} />
      <Switch label={t("pane-settings-case")} checked={draft.caseSensitiveCodes} onChange={(_e, data) => edit("caseSensitiveCodes", data.checked)} />
      <AdditiveColumns candidates={candidates} selected={draft.additiveColumns} onChange={(next) => edit("additiveColumns", next)} />
      <Field
        label={t("pane-settings-prefix")}
        hint={t("pane-settings-example", { code: sampleCode(draft.codePrefix, draft.codeDigits) })}
        validationMessage={errors.codePrefix && t(errors.codePrefix)}
        validationState={errors.codePrefix ? "error" : "none"}
      >
        <Input value={draft.codePrefix} onChange={(_e, data) => edit("codePrefix", data.value)} />
      </Field>
      <NumberSelect label={t("pane-settings-digits")} value={draft.codeDigits} min={1} max={10} onChange={(n) => edit("codeDigits", n)} />
      <RealShapeSettings
        headers={[...new Set((headers?.headers ?? []).map((h) => h.trim()).filter((h) => h !== ""))]}
        draft={draft.shape}
        onChange={(next) => edit("shape", next)}
      />
      <StatusMapSettings entries={draft.statusMap} error={errors.statusMap} onChange={(next) => edit("statusMap", next)} />
      <ScannerSettings draft={draft} errors={errors} onChange={edit} />
      <Switch label={t("pane-settings-live")} checked={draft.liveCheck} onChange={(_e, data) => edit("liveCheck", data.checked)} />
      <ErrorBar problem={saveProblem} title={t("pane-settings-not-saved")} />
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t("pane-settings-saved")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t("pane-settings-save")}
        </Button>
        <Button onClick={discard} disabled={busy}>
          {t("pane-settings-discard")}
        </Button>
      </div>
    </form>
  );
}
