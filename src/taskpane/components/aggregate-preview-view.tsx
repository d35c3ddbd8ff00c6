/** What aggregating the selection would do: groups, rows merged, rows refused and the columns that differ. */
import { Text } from "@fluentui/react-components";
import type { AggregatePreview } from "../../app";
import { noun } from "../format";
import { usePaneStyles } from "../styles";
import { PreviewCounts } from "./preview-counts";
import { FormulaChoice, FormulaWarning } from "./formula-choice";
import { RefusalList } from "./refusal-list";

export function AggregatePreviewView({ preview, onChooseFormulas }: { preview: AggregatePreview; onChooseFormulas?: (useValues: boolean) => void }) {
  const styles = usePaneStyles();
  return (
    <section aria-label="Aggregate preview" className={styles.panel}>
      <PreviewCounts
        label="Aggregate preview counts"
        lines={[
          [preview.rowsMerged, `${noun(preview.rowsMerged, "row")} merged`],
          ["into", preview.groups, noun(preview.groups, "row")],
        ]}
      />
      {preview.groups === 0 && <Text>Nothing to merge: no selected rows agree on every other column.</Text>}
      <FormulaWarning warning={preview.formulaWarning} />
      <FormulaChoice formulaCells={preview.formulaCells} asValues={preview.plan.formulasAsValues} onChoose={onChooseFormulas} />
      <RefusalList label="Not merged" rows={preview.refused} />
    </section>
  );
}
