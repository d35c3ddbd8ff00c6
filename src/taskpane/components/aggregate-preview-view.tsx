/** What aggregating the selection would do: groups, rows merged, rows refused and the columns that differ. */
import { Text } from "@fluentui/react-components";
import type { AggregatePreview } from "../../app";
import { formatCount, noun } from "../format";
import { usePaneStyles } from "../styles";
import { RefusalList } from "./refusal-list";

export function AggregatePreviewView({ preview }: { preview: AggregatePreview }) {
  const styles = usePaneStyles();
  return (
    <section aria-label="Aggregate preview" className={styles.panel}>
      <ul className={styles.stats} aria-label="Aggregate preview counts">
        <li>
          <Text weight="semibold">{formatCount(preview.rowsMerged)}</Text> {noun(preview.rowsMerged, "row")} merged
        </li>
        <li>
          into <Text weight="semibold">{formatCount(preview.groups)}</Text> {noun(preview.groups, "row")}
        </li>
      </ul>
      {preview.groups === 0 && <Text>Nothing to merge: no selected rows agree on every other column.</Text>}
      <RefusalList label="Not merged" rows={preview.refused} />
    </section>
  );
}
