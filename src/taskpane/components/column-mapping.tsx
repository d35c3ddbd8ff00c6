/** Column mapping: the detected header per role, each overridable by picking another header. */
import { Field, mergeClasses, Select } from "@fluentui/react-components";
import type { HeaderInfo } from "../../app";
import type { MessageId, Role } from "../../core";
import { useText, type Text } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

export const roles: { role: Role; label: MessageId; required: boolean }[] = [
  { role: "quantity", label: "pane-role-quantity", required: true },
  { role: "codes", label: "pane-role-codes", required: true },
  { role: "category", label: "pane-role-category", required: false },
  { role: "name", label: "pane-role-name", required: false },
  { role: "income", label: "pane-role-income", required: false },
  { role: "expense", label: "pane-role-expense", required: false },
  { role: "status", label: "availability-pane-role-status", required: false },
  { role: "available", label: "availability-pane-role-available", required: false },
  { role: "purchase", label: "availability-pane-role-purchase", required: false },
];

export type MappingDraft = Partial<Record<Role, string>>;

export interface ColumnMappingProps {
  headers: HeaderInfo | null;
  mapping: MappingDraft;
  onChange: (role: Role, header: string | undefined) => void;
  disabled?: boolean;
}

/** What the field under a role says: the column chosen, the one detected, or why there is none. */
function hintOf(t: Text, headers: HeaderInfo | null, texts: string[], chosen: string | undefined, detected: string | undefined): string {
  if (!headers) return t("pane-mapping-unread");
  if (chosen) return texts.includes(chosen) ? t("pane-mapping-column", { header: chosen }) : t("pane-mapping-missing", { header: chosen });
  return detected ? t("pane-mapping-detected", { header: detected }) : t("pane-mapping-not-found");
}

export function ColumnMapping({ headers, mapping, onChange, disabled }: ColumnMappingProps) {
  const styles = usePaneStyles();
  const t = useText();
  const texts = [...new Set((headers?.headers ?? []).map((h) => h.trim()).filter((h) => h !== ""))];
  return (
    <fieldset className={mergeClasses(styles.panel, styles.fieldset)}>
      <legend>{headers ? t("pane-mapping-of", { sheet: headers.sheetName }) : t("pane-mapping")}</legend>
      {roles.map(({ role, label, required }) => {
        const index = headers?.detected[role];
        const detected = index === undefined ? undefined : headers?.headers[index];
        const chosen = mapping[role];
        return (
          <Field key={role} label={required ? t("pane-role-required", { label: t(label) }) : t(label)} hint={hintOf(t, headers, texts, chosen, detected)}>
            <Select value={chosen ?? ""} disabled={disabled} onChange={(_event, data) => onChange(role, data.value || undefined)}>
              <option value="">{detected ? t("pane-mapping-automatic-of", { header: detected }) : t("pane-mapping-automatic")}</option>
              {chosen && !texts.includes(chosen) && <option value={chosen}>{t("pane-not-on-sheet", { header: chosen })}</option>}
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
