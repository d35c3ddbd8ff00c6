/** The outcome of a workbook action as a MessageBar, with Undo while it is possible. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, type MessageBarIntent } from "@fluentui/react-components";
import { postToPane, type ActionResult, type FailureKind } from "../../app";
import type { MessageId } from "../../core";
import { SaidText } from "../i18n/rich-text";
import { useText, type Text } from "../i18n/use-text";
import { keyOf } from "../shown-key";
import { RefusalList } from "./refusal-list";
import { usePaneStyles } from "../styles";

const failureTitles: Record<Exclude<FailureKind, "refused" | "busy" | "sheet-missing">, MessageId> = {
  protected: "pane-failure-protected",
  "cell-edit-mode": "pane-failure-cell-edit-mode",
  "changed-meanwhile": "pane-failure-changed-meanwhile",
  failed: "pane-failure-failed",
  cancelled: "pane-failure-cancelled",
};

/** A refusal's title is the catalogue's `nothing-changed` sentence without its full stop. */
function titleOf(result: ActionResult, t: Text): string {
  if (result.ok) return t("pane-result-done");
  const kind = result.kind;
  if (kind === "refused" || kind === "busy" || kind === "sheet-missing") return t("nothing-changed").replace(/[.。]$/, "");
  return t(failureTitles[kind]);
}

function intentOf(result: ActionResult): MessageBarIntent {
  if (result.ok) return "success";
  if (result.kind === "cancelled") return "info";
  return result.kind === "failed" ? "error" : "warning";
}

/** Two buttons (Undo, labels for the new units) wrap onto lines rather than squeeze a word. */
const useActionStyles = makeStyles({
  actions: { flexWrap: "wrap", rowGap: "4px" },
  action: { flexShrink: 0, maxWidth: "100%" },
});

export interface ActionResultBarProps {
  result: ActionResult | null;
  /** Shown when the result is undoable and the app can still undo. */
  canUndo: boolean;
  onUndo: () => void;
  busy?: boolean;
}

export function ActionResultBar({ result, canUndo, onUndo, busy }: ActionResultBarProps) {
  const styles = usePaneStyles();
  const actionStyles = useActionStyles();
  const t = useText();
  if (!result) return null;
  const said = result.ok ? result.value : result;
  return (
    <div className={styles.panel}>
      <MessageBar key={keyOf(result)} intent={intentOf(result)} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{titleOf(result, t)}</MessageBarTitle>{" "}
          {said.message ? <SaidText said={said} /> : t(result.ok ? "pane-result-finished" : "pane-result-not-finished")}
          {result.ok && result.value.excelUndo && <>{" "}{t("pane-result-excel-undo")}</>}
        </MessageBarBody>
        {result.ok && ((result.value.undoable && canUndo) || !!result.value.newUnits) && (
          <MessageBarActions className={actionStyles.actions}>
            {result.value.undoable && canUndo && (
              <Button className={actionStyles.action} size="small" onClick={onUndo} disabled={busy}>
                {t("pane-undo")}
              </Button>
            )}
            {!!result.value.newUnits && (
              <Button className={actionStyles.action} size="small" onClick={() => postToPane({ kind: "labels-for-new-units" })} disabled={busy}>
                {t("labels-pane-for-new-units", { count: result.value.newUnits })}
              </Button>
            )}
          </MessageBarActions>
        )}
      </MessageBar>
      {!result.ok && result.refused && <RefusalList label={t("pane-refused-rows")} rows={result.refused} />}
    </div>
  );
}
