/** Aggregate: selected unit rows that agree on every other column merge into one pool row (docs/design.md §4). */
import { useCallback } from "react";
import type { AggregatePreview, InventoryApp, RunOptions } from "../../app";
import { plural } from "../format";
import { AggregatePreviewView } from "./aggregate-preview-view";
import { SelectionActionPanel } from "./selection-action-panel";

/** Which rows merge into which groups, and what is refused. */
function aggregateKey(p: AggregatePreview): string {
  const refused = p.refused.map((r) => [r.row, r.reason]);
  return JSON.stringify([p.sheetName, p.groups, p.rowsMerged, p.plan.merges.map((m) => m.rows), refused]);
}

export function AggregatePanel({ app }: { app: InventoryApp }) {
  const preview = useCallback((options: RunOptions) => app.previewAggregate(options), [app]);
  const apply = useCallback((options: RunOptions) => app.aggregateSelection(options), [app]);
  return (
    <SelectionActionPanel<AggregatePreview>
      app={app}
      intro="Select rows on the inventory sheet (it must be the active sheet). Rows that agree on every column except quantity, codes and amounts merge into one row: quantities and amounts are summed, codes joined."
      previewTitle="Preparing the aggregate preview"
      applyTitle="Aggregating the selection"
      preview={preview}
      previewKey={aggregateKey}
      apply={apply}
      renderPreview={(p) => <AggregatePreviewView preview={p} />}
      applyLabel={(p) => (p.groups > 0 && p.rowsMerged > 0 ? `Merge ${plural(p.rowsMerged, "row")}` : null)}
      confirmation={() => null}
    />
  );
}
