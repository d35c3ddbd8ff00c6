/** Serialize: pool rows of the selection become one row per unit (docs/design.md §3). */
import type { InventoryApp, RunOptions, SerializePreview } from "../../app";
import { formatCount, plural } from "../format";
import { useCallback } from "react";
import type { Confirmation } from "../hooks/use-selection-action";
import { useFormulaChoice } from "./formula-choice";
import { SelectionActionPanel } from "./selection-action-panel";
import { SerializePreviewView } from "./serialize-preview-view";

/** The rows that would change, into how many, with which new codes; what is refused or skipped. */
function serializeKey(p: SerializePreview): string {
  const rows = p.plan.replacements.map((r) => [r.row, r.rows.length]);
  const set = (list: { row: number; reason: string }[]) => list.map((r) => [r.row, r.reason]);
  return JSON.stringify([p.sheetName, p.rowsAffected, p.newRows, rows, p.generatedCodes, set(p.refused), set(p.skipped), p.formulaCells, p.plan.formulasAsValues]);
}


/** Above 1,000 new rows the pane asks first (docs/design.md §3). */
function confirmation(p: SerializePreview): Confirmation | null {
  if (!p.needsConfirmation) return null;
  return {
    title: `Add ${formatCount(p.newRows)} rows?`,
    message: `Serializing ${plural(p.rowsAffected, "row")} inserts ${plural(p.newRows, "new row")} into sheet ${p.sheetName}. Later rows move down.`,
    confirmLabel: `Add ${formatCount(p.newRows)} rows`,
  };
}

export function SerializePanel({ app, previewRequest = 0 }: { app: InventoryApp; previewRequest?: number }) {
  const { formulas, asked, choose } = useFormulaChoice();
  const preview = useCallback((a: InventoryApp, options: RunOptions) => a.previewSerialize({ ...options, formulas }), [formulas]);
  const apply = useCallback((a: InventoryApp, options: RunOptions) => a.serializeSelection({ ...options, formulas }), [formulas]);
  return (
    <SelectionActionPanel<SerializePreview>
      app={app}
      action="serialize"
      preview={preview}
      previewKey={serializeKey}
      apply={apply}
      renderPreview={(p) => <SerializePreviewView preview={p} onChooseFormulas={choose} />}
      applyLabel={(p) => (p.rowsAffected > 0 ? `Serialize ${plural(p.rowsAffected, "row")}` : null)}
      confirmation={confirmation}
      previewRequest={previewRequest + asked}
    />
  );
}
