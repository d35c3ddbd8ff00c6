/** What aggregating the selection would do: groups, rows merged, rows refused and the columns that differ. */
import { Text } from "@fluentui/react-components";
import type { AggregatePreview } from "../../app";
import { formatCount } from "../format";
import { usePaneStyles } from "../styles";
import { RefusalList } from "./refusal-list";

export function AggregatePreviewView({ preview }: { preview: AggregatePreview }) {
  const styles = usePaneStyles();
  return (
    <section aria-label="Aggregate preview" className={styles.panel}>
      <ul className={styles.stats} aria-label="Aggregate preview counts">
        <li>
          <Text weight="semibold">{formatCount(preview.rowsMerged)}</Text> {preview.rowsMerged === 1 ? "row" : "rows"} merged
        </li>
        <li>
          into <Text weight="semibold">{formatCount(preview.groups)}</Text> {preview.groups === 1 ? "row" : "rows"}
        </li>
      </ul>
      {preview.groups === 0 && <Text>Nothing to merge: no selected rows agree on every other column.</Text>}
      <RefusalList label="Not merged" rows={preview.refused} />
    </section>
  );
}
