/**
 * Settings for inventories as real exports shape them (issue 13): per-unit columns, a register
 * without quantity, the scope of the duplicate check, one code per cell, and muted rules.
 */
import { Checkbox, Field, mergeClasses, Radio, RadioGroup, Select, Switch, Text } from "@fluentui/react-components";
import { RULE_ORDER, RULE_TITLES, type RuleId } from "../../core";
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
  const all = [...new Set([...headers, ...draft.perUnitColumns])];
  return (
    <fieldset className={mergeClasses(styles.panel, styles.fieldset)}>
      <legend>Per-unit columns</legend>
      <Text size={200}>The amount of one unit (a list price): copied to each unit, must agree to aggregate, shown as stock value.</Text>
      <Switch label="Detect from headers (Unit price, List price, Rate…)" checked={draft.perUnitDetect}
        onChange={(_e, data) => onChange({ ...draft, perUnitDetect: data.checked })} />
      {!draft.perUnitDetect && all.map((header) => (
        <Checkbox key={header} label={headers.includes(header) ? header : `${header} (not on this sheet)`}
          checked={draft.perUnitColumns.includes(header)}
          onChange={(_e, data) => onChange({ ...draft, perUnitColumns: toggled(draft.perUnitColumns, header, data.checked === true) })} />
      ))}
    </fieldset>
  );
}

function MutedRules({ draft, onChange }: Pick<RealShapeSettingsProps, "draft" | "onChange">) {
  const styles = usePaneStyles();
  return (
    <fieldset className={mergeClasses(styles.panel, styles.fieldset)}>
      <legend>Muted rules</legend>
      <Text size={200}>Not listed, but counted under the check summary. Rows with a muted error are still left out.</Text>
      {RULE_ORDER.map((rule: RuleId) => (
        <Checkbox key={rule} label={`${RULE_TITLES[rule]} (${rule})`} checked={draft.ignoredRules.includes(rule)}
          onChange={(_e, data) => onChange({ ...draft, ignoredRules: toggled(draft.ignoredRules, rule, data.checked === true) })} />
      ))}
    </fieldset>
  );
}

export function RealShapeSettings({ headers, draft, onChange }: RealShapeSettingsProps) {
  const scopes = [...new Set([...headers, ...(draft.codesUniqueWithin ? [draft.codesUniqueWithin] : [])])];
  return (
    <>
      <PerUnitColumns headers={headers} draft={draft} onChange={onChange} />
      <Field label="Sheets without a quantity column">
        <RadioGroup value={draft.eachRowOneUnit}
          onChange={(_e, data) => onChange({ ...draft, eachRowOneUnit: data.value as ShapeDraft["eachRowOneUnit"] })}>
          <Radio value="auto" label="Each row is one unit when there is no quantity column" />
          <Radio value="on" label="Always one unit per row (a register)" />
          <Radio value="off" label="Require a quantity column" />
        </RadioGroup>
      </Field>
      <Field label="Codes are unique within">
        <Select value={draft.codesUniqueWithin} onChange={(_e, data) => onChange({ ...draft, codesUniqueWithin: data.value })}>
          <option value="">The whole sheet</option>
          {scopes.map((h) => <option key={h} value={h}>{`Each ${h}`}</option>)}
        </Select>
      </Field>
      <Switch label="One code per cell (commas are part of the code)" checked={draft.oneCodePerCell}
        onChange={(_e, data) => onChange({ ...draft, oneCodePerCell: data.checked })} />
      <MutedRules draft={draft} onChange={onChange} />
    </>
  );
}
