/**
 * Issue 18 on the Check tab: the "Mark problems on the sheet" switch with the last marking's
 * counts, and a row of buttons that wraps in a narrow pane: Protect entry (or Remove protection
 * when the workbook holds the add-in's entry rules) and Export issues. Their results go to the
 * result bar below them.
 */
import { Button, Switch, Text } from "@fluentui/react-components";
import type { MarksOutcome } from "../../app";
import type { useMarks } from "../hooks/use-marks";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";
import { ActionResultBar } from "./action-result-bar";

export interface MarksToolsProps {
  marks: ReturnType<typeof useMarks>;
  /** The switch moved: on marks at once (the panel runs Check), off clears the marks. */
  onSwitch: (on: boolean) => void;
}

function MarkedLine({ marked }: { marked: MarksOutcome }) {
  const t = useText();
  const { errorCells: errors, warningCells: warnings, userNotesKept } = marked;
  return (
    <Text id="ir-marks-counts" size={200} block>
      {t("marks-pane-marked", { cells: errors + warnings, errors, warnings })}
      {userNotesKept > 0 && <>{" "}{t("marks-pane-notes-kept", { count: userNotesKept })}</>}
    </Text>
  );
}

export function MarksTools({ marks, onSwitch }: MarksToolsProps) {
  const styles = usePaneStyles();
  const t = useText();
  const { busy, on, protectedEntry, marked, action } = marks;
  return (
    <div className={styles.panel} role="group" aria-label={t("marks-pane-actions")}>
      <div className={styles.row}>
        <Switch
          label={t("marks-pane-switch")}
          checked={on}
          disabled={busy}
          onChange={(_event, data) => onSwitch(data.checked)}
          aria-describedby="ir-marks-status"
        />
        <Text id="ir-marks-status" size={200}>
          {t(on ? "marks-pane-on" : "marks-pane-off")}
        </Text>
      </div>
      {on && marked && <MarkedLine marked={marked} />}
      <div className={styles.row}>
        <Button size="small" onClick={() => void marks.protect(!protectedEntry)} disabled={busy} aria-describedby="ir-protect-hint">
          {t(protectedEntry ? "marks-pane-unprotect" : "marks-pane-protect")}
        </Button>
        <Button size="small" onClick={() => void marks.exportIssues()} disabled={busy}>
          {t("marks-pane-export")}
        </Button>
      </div>
      <Text id="ir-protect-hint" size={200} block>
        {t("marks-pane-protect-hint")}
      </Text>
      <ActionResultBar result={action.result} canUndo={action.canUndo} onUndo={() => void action.undo()} busy={busy} />
    </div>
  );
}
