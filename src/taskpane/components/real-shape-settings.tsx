/**
 * Settings for inventories as real exports shape them (issue 13): per-unit columns, a register
 * without quantity, the scope of the duplicate check, one code per cell, and muted rules.
 */
import { Checkbox, Field, mergeClasses, Radio, RadioGroup, Select, Switch, Text } from "@fluentui/react-components";
import { RULE_ORDER, type RuleId } from "../../core";
import { useText } from "../i18n/use-text";
import type { ShapeDraft } from "../shape-draft";
import { usePaneStyles } from "../styles";

export interface RealShapeSettingsProps {
  /** The sheet's header texts (trimmed, non-empty). */
  headers: string[];
  draft: ShapeDraft;
  onChange: (next: ShapeDraft) => void;
}

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

function PerUnitColumns({ headers, draft, onChange }: RealShapeSettingsProps) {
  const styles = usePaneStyles();
  const t = useText();
  const all = [...new Set([...headers, ...draft.perUnitColumns])];
  return (
    <fieldset className={mergeClasses(styles.panel, styles.fieldset)}>
      <legend>{t("pane-per-unit")}</legend>
      <Text size={200}>{t("pane-per-unit-hint")}</Text>
      <Switch label={t("pane-per-unit-detect")} checked={draft.perUnitDetect}
        onChange={(_e, data) => onChange({ ...draft, perUnitDetect: data.checked })} />
      {!draft.perUnitDetect && all.map((header) => (
        <Checkbox key={header} label={headers.includes(header) ? header : t("pane-not-on-sheet", { header })}
          checked={draft.perUnitColumns.includes(header)}
          onChange={(_e, data) => onChange({ ...draft, perUnitColumns: toggled(draft.perUnitColumns, header, data.checked === true) })} />
      ))}
    </fieldset>
  );
}

function MutedRules({ draft, onChange }: Pick<RealShapeSettingsProps, "draft" | "onChange">) {
  const styles = usePaneStyles();
  const t = useText();
  return (
    <fieldset className={mergeClasses(styles.panel, styles.fieldset)}>
      <legend>{t("pane-muted")}</legend>
      <Text size={200}>{t("pane-muted-hint")}</Text>
      {RULE_ORDER.map((rule: RuleId) => (
        <Checkbox key={rule} label={t("pane-muted-rule", { title: t(`rule-title-${rule}`), rule })} checked={draft.ignoredRules.includes(rule)}
          onChange={(_e, data) => onChange({ ...draft, ignoredRules: toggled(draft.ignoredRules, rule, data.checked === true) })} />
      ))}
    </fieldset>
  );
}

export function RealShapeSettings({ headers, draft, onChange }: RealShapeSettingsProps) {
  const t = useText();
  const scopes = [...new Set([...headers, ...(draft.codesUniqueWithin ? [draft.codesUniqueWithin] : [])])];
  return (
    <>
      <PerUnitColumns headers={headers} draft={draft} onChange={onChange} />
      <Field label={t("pane-no-quantity")}>
        <RadioGroup value={draft.eachRowOneUnit}
          onChange={(_e, data) => onChange({ ...draft, eachRowOneUnit: data.value as ShapeDraft["eachRowOneUnit"] })}>
          <Radio value="auto" label={t("pane-no-quantity-auto")} />
          <Radio value="on" label={t("pane-no-quantity-on")} />
          <Radio value="off" label={t("pane-no-quantity-off")} />
        </RadioGroup>
      </Field>
      <Field label={t("pane-unique-within")}>
        <Select value={draft.codesUniqueWithin} onChange={(_e, data) => onChange({ ...draft, codesUniqueWithin: data.value })}>
          <option value="">{t("pane-unique-sheet")}</option>
          {scopes.map((h) => <option key={h} value={h}>{t("pane-unique-each", { header: h })}</option>)}
        </Select>
      </Field>
      <Switch label={t("pane-one-code")} checked={draft.oneCodePerCell}
        onChange={(_e, data) => onChange({ ...draft, oneCodePerCell: data.checked })} />
      <MutedRules draft={draft} onChange={onChange} />
    </>
  );
}
