/** Live check on/off, with what it means in words. */
import { Switch, Text } from "@fluentui/react-components";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

export interface LiveCheckToggleProps {
  enabled: boolean;
  pending: boolean;
  onChange: (enabled: boolean) => void;
}

export function LiveCheckToggle({ enabled, pending, onChange }: LiveCheckToggleProps) {
  const styles = usePaneStyles();
  const t = useText();
  return (
    <div className={styles.row}>
      <Switch
        label={t("pane-live-check")}
        checked={enabled}
        disabled={pending}
        onChange={(_event, data) => onChange(data.checked)}
        aria-describedby="ir-live-status"
      />
      <Text id="ir-live-status" size={200}>
        {t(enabled ? "pane-live-on" : "pane-live-off")}
      </Text>
    </div>
  );
}
