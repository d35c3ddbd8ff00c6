/** The outcome of a workbook action as a MessageBar, with Undo while it is possible. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, type MessageBarIntent } from "@fluentui/react-components";
import type { ActionResult, FailureKind } from "../../app";
import { text } from "../../core";
import { keyOf } from "../shown-key";
import { RefusalList } from "./refusal-list";
import { usePaneStyles } from "../styles";

/** The title of a refusal: the catalogue's `nothing-changed` sentence without its full stop. */
const nothingChanged = text("nothing-changed").replace(/\.$/, "");

const failureTitles: Record<FailureKind, string> = {
  refused: nothingChanged,
  busy: nothingChanged,
  "sheet-missing": nothingChanged,
  protected: "The sheet is protected",
  "cell-edit-mode": "Excel is editing a cell",
  "changed-meanwhile": "The sheet changed meanwhile",
  failed: "The action failed",
  cancelled: "Cancelled",
};

function intentOf(result: ActionResult): MessageBarIntent {
  if (result.ok) return "success";
  if (result.kind === "cancelled") return "info";
  return result.kind === "failed" ? "error" : "warning";
}

export interface ActionResultBarProps {
  result: ActionResult | null;
  /** Shown when the result is undoable and the app can still undo. */
  canUndo: boolean;
  onUndo: () => void;
  busy?: boolean;
}

export function ActionResultBar({ result, canUndo, onUndo, busy }: ActionResultBarProps) {
  const styles = usePaneStyles();
  if (!result) return null;
  const title = result.ok ? "Done" : failureTitles[result.kind];
  return (
    <div className={styles.panel}>
      <MessageBar key={keyOf(result)} intent={intentOf(result)} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>{" "}
          {(result.ok ? result.value.message : result.message) || (result.ok ? "The action finished." : "The action did not finish.")}
          {result.ok && result.value.excelUndo && " Ctrl+Z in Excel also undoes it, in one step."}
        </MessageBarBody>
        {result.ok && result.value.undoable && canUndo && (
          <MessageBarActions>
            <Button size="small" onClick={onUndo} disabled={busy}>
              Undo
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      {!result.ok && result.refused && <RefusalList label="Refused rows" rows={result.refused} />}
    </div>
  );
}
