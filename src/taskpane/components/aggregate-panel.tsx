/** Aggregate: selected unit rows that agree on every other column merge into one pool row (docs/design.md §4). */
import type { AggregatePreview, InventoryApp, RunOptions } from "../../app";
import { useCallback } from "react";
import { useText } from "../i18n/use-text";
import { AggregatePreviewView } from "./aggregate-preview-view";
import { useFormulaChoice } from "./formula-choice";
import { SelectionActionPanel } from "./selection-action-panel";
import { useStatusMergeChoice } from "./status-merge-choice";

/** Which rows merge into which groups, and what is refused. */
function aggregateKey(p: AggregatePreview): string {
  const refused = p.refused.map((r) => [r.row, r.reason]);
  return JSON.stringify([p.sheetName, p.groups, p.rowsMerged, p.plan.merges.map((m) => m.rows), refused, p.formulaCells, p.plan.formulasAsValues, p.statusOnly]);
}


export function AggregatePanel({ app }: { app: InventoryApp }) {
  const t = useText();
  const { formulas, asked, choose } = useFormulaChoice();
  const status = useStatusMergeChoice();
  const { statusMerge } = status;
  const preview = useCallback((a: InventoryApp, options: RunOptions) => a.previewAggregate({ ...options, formulas, statusMerge }), [formulas, statusMerge]);
  const apply = useCallback((a: InventoryApp, options: RunOptions) => a.aggregateSelection({ ...options, formulas, statusMerge }), [formulas, statusMerge]);
  return (
    <SelectionActionPanel<AggregatePreview>
      app={app}
      action="aggregate"
      preview={preview}
      previewKey={aggregateKey}
      apply={apply}
      renderPreview={(p) => <AggregatePreviewView preview={p} onChooseFormulas={choose} statusMerge={statusMerge} onChooseStatusMerge={status.choose} />}
      previewRequest={asked + status.asked}
      applyLabel={(p) => (p.groups > 0 && p.rowsMerged > 0 ? t("pane-aggregate-apply", { count: p.rowsMerged }) : null)}
    />
  );
}
