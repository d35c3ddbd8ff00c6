/** A labelled native dropdown of whole numbers from `min` to `max` (keyboard- and screen-reader-friendly). */
import { Field, Select } from "@fluentui/react-components";

export interface NumberSelectProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}

export function NumberSelect({ label, value, min, max, onChange }: NumberSelectProps) {
  return (
    <Field label={label}>
      <Select value={String(value)} onChange={(_event, data) => onChange(Number(data.value))}>
        {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );
}
