/** What the Labels tab asks: the label sheet, the barcode, the text lines and the copies. */
import { Checkbox, Field, mergeClasses, Select } from "@fluentui/react-components";
import { LABEL_LINES, LAYOUT_IDS, SYMBOLOGIES, type LabelLine, type LayoutId, type MessageId, type Symbology } from "../../core";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";
import { NumberSelect } from "./number-select";

export interface LabelChoice {
  layout: LayoutId;
  symbology: Symbology;
  lines: LabelLine[];
  copies: number;
}

export const DEFAULT_CHOICE: LabelChoice = { layout: "l7160", symbology: "code128", lines: [...LABEL_LINES], copies: 1 };

/** Copies offered in the pane (the engine takes up to 100). */
const MAX_COPIES_SHOWN = 20;

export function LabelsOptions({ choice, onChange, disabled }: { choice: LabelChoice; onChange: (next: LabelChoice) => void; disabled?: boolean }) {
  const styles = usePaneStyles();
  const t = useText();
  const set = (part: Partial<LabelChoice>) => onChange({ ...choice, ...part });
  const toggle = (line: LabelLine, on: boolean) => set({ lines: LABEL_LINES.filter((l) => (l === line ? on : choice.lines.includes(l))) });
  return (
    <>
      <Field label={t("labels-pane-layout")}>
        <Select value={choice.layout} disabled={disabled} onChange={(_event, data) => set({ layout: data.value as LayoutId })}>
          {LAYOUT_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`labels-pane-layout-${id}` as MessageId)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("labels-pane-symbology")}>
        <Select value={choice.symbology} disabled={disabled} onChange={(_event, data) => set({ symbology: data.value as Symbology })}>
          {SYMBOLOGIES.map((id) => (
            <option key={id} value={id}>
              {t(`labels-pane-symbology-${id}` as MessageId)}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={mergeClasses(styles.panel, styles.fieldset)}>
        <legend>{t("labels-pane-lines")}</legend>
        {LABEL_LINES.map((line) => (
          <Checkbox
            key={line}
            label={t(`labels-pane-line-${line}` as MessageId)}
            checked={choice.lines.includes(line)}
            disabled={disabled}
            onChange={(_event, data) => toggle(line, data.checked === true)}
          />
        ))}
      </fieldset>
      <NumberSelect label={t("labels-pane-copies")} value={choice.copies} min={1} max={MAX_COPIES_SHOWN} onChange={(copies) => set({ copies })} />
    </>
  );
}
