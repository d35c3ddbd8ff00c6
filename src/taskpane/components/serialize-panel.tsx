/** Serialize: pool rows of the selection become one row per unit (docs/design.md §3). */
import { useCallback } from "react";
import type { InventoryApp, RunOptions, SerializePreview } from "../../app";
import { formatCount, plural } from "../format";
import { SelectionActionPanel } from "./selection-action-panel";
import { SerializePreviewView } from "./serialize-preview-view";

/** The rows that would change, into how many, with which new codes; what is refused or skipped. */
function serializeKey(p: SerializePreview): string {
  const rows = p.plan.replacements.map((r) => [r.row, r.rows.length]);
  const set = (list: { row: number; reason: string }[]) => list.map((r) => [r.row, r.reason]);
  return JSON.stringify([p.sheetName, p.rowsAffected, p.newRows, rows, p.generatedCodes, set(p.refused), set(p.skipped)]);
}

export function SerializePanel({ app, previewRequest }: { app: InventoryApp; previewRequest?: number }) {
  const preview = useCallback((options: RunOptions) => app.previewSerialize(options), [app]);
  const apply = useCallback((options: RunOptions) => app.serializeSelection(options), [app]);
  return (
    <SelectionActionPanel<SerializePreview>
      app={app}
      intro="Select rows on the inventory sheet (it must be the active sheet). Each row with a quantity above 1 becomes one row per unit, keeping its codes and splitting income and expense to the cent."
      previewTitle="Preparing the serialize preview"
      applyTitle="Serializing the selection"
      preview={preview}
      previewKey={serializeKey}
      apply={apply}
      renderPreview={(p) => <SerializePreviewView preview={p} />}
      applyLabel={(p) => (p.rowsAffected > 0 ? `Serialize ${plural(p.rowsAffected, "row")}` : null)}
      confirmation={(p) =>
        p.needsConfirmation
          ? {
              title: `Add ${formatCount(p.newRows)} rows?`,
              message: `Serializing ${plural(p.rowsAffected, "row")} inserts ${plural(p.newRows, "new row")} into sheet ${p.sheetName}. Later rows move down.`,
              confirmLabel: `Add ${formatCount(p.newRows)} rows`,
            }
          : null
      }
      previewRequest={previewRequest}
    />
  );
}
