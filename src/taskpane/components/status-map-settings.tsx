/**
 * Status words (issue 16, docs/design.md §28): the words of the sheet's status column and the
 * class each counts as (available, out, unavailable), added, changed and removed here and stored
 * with the other settings. The built-in words of the pane's language are shown as a hint; an
 * entry that cannot be stored says why beside it.
 */
import { Button, Field, Input, mergeClasses, Select, Text } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { STATUS_CLASSES, type MessageId, type StatusClass } from "../../core";
import { usePaneTag, useText } from "../i18n/use-text";
import { builtInStatusWords, MAX_STATUS_WORDS, statusEntryProblems, type StatusEntry } from "../status-map-draft";
import { usePaneStyles } from "../styles";

export const CLASS_WORDS: Record<StatusClass, MessageId> = {
  available: "availability-pane-class-available",
  out: "availability-pane-class-out",
  unavailable: "availability-pane-class-unavailable",
};

export interface StatusMapSettingsProps {
  entries: StatusEntry[];
  onChange: (entries: StatusEntry[]) => void;
  /** The form's error for the list after a save was tried (`availability-pane-status-map-wrong`). */
  error?: MessageId;
  disabled?: boolean;
}

export function StatusMapSettings({ entries, onChange, error, disabled }: StatusMapSettingsProps) {
  const styles = usePaneStyles();
  const t = useText();
  const known = builtInStatusWords(usePaneTag());
  const problems = statusEntryProblems(entries);
  const change = (index: number, entry: Partial<StatusEntry>) => onChange(entries.map((e, i) => (i === index ? { ...e, ...entry } : e)));
  return (
    <fieldset className={mergeClasses(styles.panel, styles.fieldset)}>
      <legend>{t("availability-pane-status-map")}</legend>
      <Text size={200}>{t("availability-pane-status-map-help")}</Text>
      {STATUS_CLASSES.map((cls) => (
        <Text key={cls} size={200}>{t("availability-pane-status-known", { class: t(CLASS_WORDS[cls]), words: known[cls].join(", ") })}</Text>
      ))}
      {entries.map((entry, index) => {
        const problem = problems[index];
        const number = index + 1;
        return (
          <div key={index} className={styles.row}>
            <Field label={t("availability-pane-status-word", { number })} validationMessage={problem && t(problem.id, problem.values)} validationState={problem ? "error" : "none"}>
              <Input value={entry.word} disabled={disabled} onChange={(_e, data) => change(index, { word: data.value })} />
            </Field>
            <Field label={t("availability-pane-status-class")}>
              <Select value={entry.cls} disabled={disabled} onChange={(_e, data) => change(index, { cls: data.value as StatusClass })}>
                {STATUS_CLASSES.map((cls) => <option key={cls} value={cls}>{t(CLASS_WORDS[cls])}</option>)}
              </Select>
            </Field>
            <Button
              icon={<DismissRegular />}
              appearance="subtle"
              disabled={disabled}
              aria-label={t("availability-pane-status-remove", { number })}
              title={t("availability-pane-status-remove", { number })}
              onClick={() => onChange(entries.filter((_e, i) => i !== index))}
            />
          </div>
        );
      })}
      {entries.length > MAX_STATUS_WORDS && <Text role="alert">{t("availability-pane-status-too-many")}</Text>}
      {error && <Text role="alert">{t(error)}</Text>}
      <div className={styles.row}>
        <Button size="small" disabled={disabled || entries.length >= MAX_STATUS_WORDS} onClick={() => onChange([...entries, { word: "", cls: "out" }])}>
          {t("availability-pane-status-add")}
        </Button>
      </div>
    </fieldset>
  );
}
