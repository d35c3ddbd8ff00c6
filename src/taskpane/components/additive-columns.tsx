/** Extra columns that serialize splits and aggregate sums, besides income and expense. */
import { Checkbox, mergeClasses, Text } from "@fluentui/react-components";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

export interface AdditiveColumnsProps {
  /** Headers the user may mark (the sheet's, minus quantity, codes, income and expense). */
  candidates: string[];
  selected: string[];
  onChange: (selected: string[]) => void;
  disabled?: boolean;
}

export function AdditiveColumns({ candidates, selected, onChange, disabled }: AdditiveColumnsProps) {
  const styles = usePaneStyles();
  const t = useText();
  const all = [...new Set([...candidates, ...selected])];
  const toggle = (header: string, on: boolean) =>
    onChange(on ? [...selected, header] : selected.filter((h) => h !== header));
  return (
    <fieldset className={mergeClasses(styles.panel, styles.fieldset)}>
      <legend>{t("pane-additive")}</legend>
      <Text size={200}>{t("pane-additive-hint")}</Text>
      {all.length === 0 && <Text size={200}>{t("pane-additive-none")}</Text>}
      {all.map((header) => (
        <Checkbox
          key={header}
          label={candidates.includes(header) ? header : t("pane-not-on-sheet", { header })}
          checked={selected.includes(header)}
          disabled={disabled}
          onChange={(_event, data) => toggle(header, data.checked === true)}
        />
      ))}
    </fieldset>
  );
}
