/** One inventory record: each header with its value, as plain text. */
import { mergeClasses, Text } from "@fluentui/react-components";
import type { CellValue } from "../../core";
import { cellText } from "../format";
import { usePaneStyles } from "../styles";

export function RecordView({ address, headers, record }: { address: string; headers: string[]; record: CellValue[] }) {
  const styles = usePaneStyles();
  const width = Math.max(headers.length, record.length);
  return (
    <section aria-label={`Record at ${address}`} className={styles.panel}>
      <Text weight="semibold" as="h3" block>
        Row at {address}
      </Text>
      <dl className={styles.list}>
        {Array.from({ length: width }, (_, index) => (
          <div key={index} className={styles.issue}>
            <dt>
              <Text weight="semibold">{headers[index] || `Column ${index + 1}`}:</Text>
            </dt>
            <dd className={mergeClasses(styles.wrap, styles.flush)}>
              <Text>{cellText(record[index]) || "(empty)"}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
