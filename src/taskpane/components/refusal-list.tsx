/** Rows an action refused or skipped, each with its address and the reason in plain words. */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import { formatCount } from "../format";
import { shortAddress } from "../issue-groups";
import { usePaneStyles } from "../styles";

export interface RowReason {
  address: string;
  reason: string;
  /** Headers of the columns that differ (aggregate). */
  columns?: string[];
}

const PAGE = 20;

export function RefusalList({ label, rows }: { label: string; rows: readonly RowReason[] }) {
  const styles = usePaneStyles();
  const [shown, setShown] = useState(PAGE);
  if (rows.length === 0) return null;
  const left = rows.length - shown;
  return (
    <section aria-label={label}>
      <Text weight="semibold" as="h4" block>
        {label} ({formatCount(rows.length)})
      </Text>
      <ul className={styles.list}>
        {rows.slice(0, shown).map((row, index) => (
          <li key={`${row.address}-${index}`}>
            <Text weight="semibold">{shortAddress(row.address)}</Text>: {row.reason}
            {row.columns && row.columns.some((c) => !row.reason.includes(c)) && <> (differs in {row.columns.join(", ")})</>}
          </li>
        ))}
      </ul>
      {left > 0 && (
        <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + PAGE * 5)}>
          Show {formatCount(Math.min(left, PAGE * 5))} more of {formatCount(left)}
        </Button>
      )}
    </section>
  );
}
