/** Extra columns that serialize splits and aggregate sums, besides income and expense. */
import { Checkbox, mergeClasses, Text } from "@fluentui/react-components";
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
  const all = [...new Set([...candidates, ...selected])];
  const toggle = (header: string, on: boolean) =>
    onChange(on ? [...selected, header] : selected.filter((h) => h !== header));
  return (
    <fieldset className={mergeClasses(styles.panel, styles.fieldset)}>
      <legend>Additive columns</legend>
      <Text size={200}>Split on serialize and summed on aggregate, like income and expense.</Text>
      {all.length === 0 && <Text size={200}>No other columns found on this sheet.</Text>}
      {all.map((header) => (
        <Checkbox
          key={header}
          label={candidates.includes(header) ? header : `${header} (not on this sheet)`}
          checked={selected.includes(header)}
          disabled={disabled}
          onChange={(_event, data) => toggle(header, data.checked === true)}
        />
      ))}
    </fieldset>
  );
}
