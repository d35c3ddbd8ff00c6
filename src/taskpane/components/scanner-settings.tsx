/**
 * Settings for stocktake's barcode scanner: the characters it is set up to type before and after
 * each code, which stocktake takes off every scan (line ends and tabs always are).
 */
import { Field, Input } from "@fluentui/react-components";
import { useText } from "../i18n/use-text";
import type { DraftErrors, SettingsDraft } from "../settings-draft";

export interface ScannerSettingsProps {
  draft: Pick<SettingsDraft, "scanPrefix" | "scanSuffix">;
  errors: DraftErrors;
  onChange: (key: "scanPrefix" | "scanSuffix", value: string) => void;
}

export function ScannerSettings({ draft, errors, onChange }: ScannerSettingsProps) {
  const t = useText();
  const field = (key: "scanPrefix" | "scanSuffix", label: "stocktake-pane-settings-prefix" | "stocktake-pane-settings-suffix") => {
    const problem = errors[key];
    return (
      <Field label={t(label)} hint={key === "scanSuffix" ? t("stocktake-pane-settings-hint") : undefined} validationMessage={problem && t(problem)} validationState={problem ? "error" : "none"}>
        <Input value={draft[key]} onChange={(_e, data) => onChange(key, data.value)} />
      </Field>
    );
  };
  return (
    <>
      {field("scanPrefix", "stocktake-pane-settings-prefix")}
      {field("scanSuffix", "stocktake-pane-settings-suffix")}
    </>
  );
}
