/**
 * Aggregate's rows that differ only in their status (issue 16, docs/design.md §28): never merged
 * silently. The preview offers "Merge and keep per-status counts in the available column", which
 * previews again with `statusMerge: "keep-counts"`, or leaving them alone (the default).
 */
import { Button, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { StatusMerge } from "../../core";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

export interface StatusMergeChoiceProps {
  /** Rows refused only for their status (the preview's `statusOnly`). */
  statusOnly: number;
  /** What the preview was planned with. */
  statusMerge: StatusMerge;
  onChoose?: (merge: StatusMerge) => void;
}

export function StatusMergeChoice({ statusOnly, statusMerge, onChoose }: StatusMergeChoiceProps) {
  const styles = usePaneStyles();
  const t = useText();
  const merging = statusMerge === "keep-counts";
  if (!merging && statusOnly === 0) return null;
  return (
    <div className={styles.row} role="group" aria-label={t("availability-pane-merge-group")}>
      <Text>{merging ? t("availability-pane-merge-chosen") : t("availability-pane-merge-refused", { count: statusOnly })}</Text>
      {onChoose && (
        <Button onClick={() => onChoose(merging ? "refuse" : "keep-counts")}>
          {t(merging ? "availability-pane-merge-leave" : "availability-pane-merge-keep-counts")}
        </Button>
      )}
    </div>
  );
}

/** The pane's status choice for aggregate, and a counter that asks for a new preview when it changes. */
export function useStatusMergeChoice(): { statusMerge: StatusMerge; asked: number; choose: (merge: StatusMerge) => void } {
  const [state, setState] = useState<{ statusMerge: StatusMerge; asked: number }>({ statusMerge: "refuse", asked: 0 });
  const choose = useCallback((statusMerge: StatusMerge) => setState((s) => ({ statusMerge, asked: s.asked + 1 })), []);
  return { ...state, choose };
}
