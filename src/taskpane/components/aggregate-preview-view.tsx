/** What aggregating the selection would do: groups, rows merged, rows refused and the columns that differ. */
import { Text } from "@fluentui/react-components";
import type { AggregatePreview } from "../../app";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";
import { PreviewCounts } from "./preview-counts";
import { FormulaChoice, FormulaWarning } from "./formula-choice";
import { RefusalList } from "./refusal-list";
import { StatusMergeChoice } from "./status-merge-choice";
import type { StatusMerge } from "../../core";

export interface AggregatePreviewViewProps {
  preview: AggregatePreview;
  onChooseFormulas?: (useValues: boolean) => void;
  /** What the preview was planned with for rows that differ only in status (default "refuse"). */
  statusMerge?: StatusMerge;
  onChooseStatusMerge?: (merge: StatusMerge) => void;
}

export function AggregatePreviewView({ preview, onChooseFormulas, statusMerge = "refuse", onChooseStatusMerge }: AggregatePreviewViewProps) {
  const styles = usePaneStyles();
  const t = useText();
  return (
    <section aria-label={t("pane-aggregate-preview")} className={styles.panel}>
      <PreviewCounts
        label={t("pane-aggregate-counts")}
        lines={[
          { id: "pane-aggregate-merged", count: preview.rowsMerged },
          { id: "pane-aggregate-into", count: preview.groups },
        ]}
      />
      {preview.groups === 0 && <Text>{t("pane-aggregate-nothing")}</Text>}
      <FormulaWarning warning={preview.formulaWarning} say={preview.formulaWarningSay} />
      <FormulaChoice formulaCells={preview.formulaCells} asValues={preview.plan.formulasAsValues} onChoose={onChooseFormulas} />
      <StatusMergeChoice statusOnly={preview.statusOnly ?? 0} statusMerge={statusMerge} onChoose={onChooseStatusMerge} />
      <RefusalList label={t("pane-aggregate-refused")} rows={preview.refused} />
    </section>
  );
}
