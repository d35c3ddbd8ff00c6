/**
 * Serialize and Aggregate share one flow: preview the current selection, apply
 * (asking first when the change is large), then report the result with Undo.
 */
import { Button, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useSelectionAction, type SelectionAction } from "../hooks/use-selection-action";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";
import { ActionResultBar } from "./action-result-bar";
import { ConfirmDialog } from "./confirm-dialog";
import { ErrorBar } from "./error-bar";

export interface SelectionActionPanelProps<P> extends SelectionAction<P> {
  renderPreview: (preview: P) => ReactNode;
  /** Button text, or null when the preview leaves nothing to do. */
  applyLabel: (preview: P) => string | null;
}

export function SelectionActionPanel<P>(props: SelectionActionPanelProps<P>) {
  const styles = usePaneStyles();
  const t = useText();
  const { busy, preview, problem, confirming, setConfirming, action, focus, showPreview, apply, requestApply } = useSelectionAction(props);
  const { rescue } = focus;

  const applyLabel = preview ? props.applyLabel(preview) : null;
  return (
    <div className={styles.panel}>
      <Text>{t(`app-${props.action}-intro`)}</Text>
      <div className={styles.row}>
        <Button ref={focus.target} appearance={preview ? "secondary" : "primary"} onClick={() => void showPreview()} disabled={busy}>
          {t(preview ? "pane-preview-again" : "pane-preview-selection")}
        </Button>
        {applyLabel && (
          <Button appearance="primary" onClick={requestApply} disabled={busy}>
            {applyLabel}
          </Button>
        )}
      </div>
      <ErrorBar problem={problem} title={t("pane-preview-not-finished")} />
      <ActionResultBar result={action.result} canUndo={action.canUndo} onUndo={() => void action.undo().then(rescue)} busy={busy} />
      {preview && props.renderPreview(preview)}
      {confirming && (
        <ConfirmDialog
          open
          title={confirming.title}
          message={confirming.message}
          confirmLabel={confirming.confirmLabel}
          onConfirm={() => {
            if (preview) void apply(preview);
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
