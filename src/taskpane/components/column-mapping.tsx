/** Column mapping: the detected header per role, each overridable by picking another header. */
import { Field, mergeClasses, Select } from "@fluentui/react-components";
import type { HeaderInfo } from "../../app";
import type { Role } from "../../core";
import { usePaneStyles } from "../styles";

export const roles: { role: Role; label: string; required: boolean }[] = [
  { role: "quantity", label: "Quantity", required: true },
  { role: "codes", label: "Stock codes", required: true },
  { role: "category", label: "Category", required: false },
  { role: "name", label: "Name", required: false },
  { role: "income", label: "Income", required: false },
  { role: "expense", label: "Expense", required: false },
];

export type MappingDraft = Partial<Record<Role, string>>;

export interface ColumnMappingProps {
  headers: HeaderInfo | null;
  mapping: MappingDraft;
  onChange: (role: Role, header: string | undefined) => void;
  disabled?: boolean;
}

export function ColumnMapping({ headers, mapping, onChange, disabled }: ColumnMappingProps) {
  const styles = usePaneStyles();
  const texts = [...new Set((headers?.headers ?? []).map((h) => h.trim()).filter((h) => h !== ""))];
  return (
    <fieldset className={mergeClasses(styles.panel, styles.fieldset)}>
      <legend>Column mapping{headers ? ` (sheet ${headers.sheetName})` : ""}</legend>
      {roles.map(({ role, label, required }) => {
        const index = headers?.detected[role];
        const detected = index === undefined ? undefined : headers?.headers[index];
        const chosen = mapping[role];
        const hint = !headers
          ? "Headers not read yet"
          : chosen
            ? texts.includes(chosen)
              ? `Column ${chosen}`
              : `No column ${chosen} on this sheet`
            : detected
              ? `Detected: ${detected}`
              : "Not found on this sheet";
        return (
          <Field key={role} label={`${label}${required ? " (required)" : ""}`} hint={hint}>
            <Select value={chosen ?? ""} disabled={disabled} onChange={(_event, data) => onChange(role, data.value || undefined)}>
              <option value="">Automatic{detected ? ` (${detected})` : ""}</option>
              {chosen && !texts.includes(chosen) && <option value={chosen}>{chosen} (not on this sheet)</option>}
              {texts.map((text) => (
                <option key={text} value={text}>
                  {text}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </fieldset>
  );
}
