/** Serialize: pool rows of the selection become one row per unit (docs/design.md §3). */
import type { InventoryApp, RunOptions, SerializePreview } from "../../app";
import { useCallback } from "react";
import type { Confirmation } from "../hooks/use-selection-action";
import { useText, type Text } from "../i18n/use-text";
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
function confirmation(t: Text, p: SerializePreview): Confirmation | null {
  if (!p.needsConfirmation) return null;
  return {
    title: t("pane-serialize-confirm-title", { count: p.newRows }),
    message: t("pane-serialize-confirm", { rows: p.rowsAffected, count: p.newRows, sheet: p.sheetName }),
    confirmLabel: t("pane-serialize-confirm-button", { count: p.newRows }),
  };
}

export function SerializePanel({ app, previewRequest = 0 }: { app: InventoryApp; previewRequest?: number }) {
  const t = useText();
  const { formulas, asked, choose } = useFormulaChoice();
  const preview = useCallback((a: InventoryApp, options: RunOptions) => a.previewSerialize({ ...options, formulas }), [formulas]);
  const apply = useCallback((a: InventoryApp, options: RunOptions) => a.serializeSelection({ ...options, formulas }), [formulas]);
  const confirm = useCallback((p: SerializePreview) => confirmation(t, p), [t]);
  return (
    <SelectionActionPanel<SerializePreview>
      app={app}
      action="serialize"
      preview={preview}
      previewKey={serializeKey}
      apply={apply}
      renderPreview={(p) => <SerializePreviewView preview={p} onChooseFormulas={choose} />}
      applyLabel={(p) => (p.rowsAffected > 0 ? t("pane-serialize-apply", { count: p.rowsAffected }) : null)}
      confirmation={confirm}
      previewRequest={previewRequest + asked}
    />
  );
}
