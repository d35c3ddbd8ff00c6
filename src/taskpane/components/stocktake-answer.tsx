/** One scan's answer on the Stocktake tab: a coloured badge naming what the scan found, and the app's sentence. */
import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { MessageId, ScanOutcome } from "../../core";
import type { Shown } from "../hooks/use-stocktake";
import { SaidText } from "../i18n/rich-text";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

const BADGES: Record<ScanOutcome["kind"], { label: MessageId; color: BadgeProps["color"] }> = {
  matched: { label: "stocktake-pane-badge-matched", color: "success" },
  "scanned-again": { label: "stocktake-pane-badge-again", color: "warning" },
  "more-than-quantity": { label: "stocktake-pane-badge-more", color: "warning" },
  "on-several-rows": { label: "stocktake-pane-badge-several", color: "danger" },
  "on-invalid-row": { label: "stocktake-pane-badge-invalid", color: "danger" },
  unknown: { label: "stocktake-pane-badge-unknown", color: "danger" },
  empty: { label: "stocktake-pane-badge-empty", color: "informative" },
};

export function StocktakeAnswerView({ shown }: { shown: Shown }) {
  const styles = usePaneStyles();
  const t = useText();
  const { kind } = shown.answer.outcome;
  const badge = shown.undone ? { label: "stocktake-pane-badge-undone" as const, color: "subtle" as const } : BADGES[kind];
  return (
    <div className={styles.row} data-answer={shown.undone ? "undone" : kind}>
      <Badge appearance="filled" color={badge.color}>{t(badge.label)}</Badge>
      <span><SaidText said={shown.answer} /></span>
    </div>
  );
}
