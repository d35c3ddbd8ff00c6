/** Live check on/off, with what it means in words. */
import { Switch, Text } from "@fluentui/react-components";
import { usePaneStyles } from "../styles";

export interface LiveCheckToggleProps {
  enabled: boolean;
  pending: boolean;
  onChange: (enabled: boolean) => void;
}

export function LiveCheckToggle({ enabled, pending, onChange }: LiveCheckToggleProps) {
  const styles = usePaneStyles();
  return (
    <div className={styles.row}>
      <Switch
        label="Live check"
        checked={enabled}
        disabled={pending}
        onChange={(_event, data) => onChange(data.checked)}
        aria-describedby="ir-live-status"
      />
      <Text id="ir-live-status" size={200}>
        {enabled ? "On: edits and pastes are re-checked after a short pause." : "Off: press Check after editing."}
      </Text>
    </div>
  );
}
