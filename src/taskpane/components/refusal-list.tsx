/** Rows an action refused or skipped, each with its address and the reason in plain words. */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Say } from "../../core";
import { shortAddress } from "../issue-groups";
import { Address, richText, SaidText } from "../i18n/rich-text";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

export interface RowReason {
  address: string;
  reason: string;
  /** The reason as data, shown in the pane's language when present. */
  say?: Say;
  /** Headers of the columns that differ (aggregate). */
  columns?: string[];
}

const PAGE = 20;

export function RefusalList({ label, rows }: { label: string; rows: readonly RowReason[] }) {
  const styles = usePaneStyles();
  const t = useText();
  const [shown, setShown] = useState(PAGE);
  if (rows.length === 0) return null;
  const left = rows.length - shown;
  const address = (a: string) => (
    <Text weight="semibold">
      <Address>{a}</Address>
    </Text>
  );
  return (
    <section aria-label={label}>
      <Text weight="semibold" as="h4" block>
        {t("pane-list-count", { label, count: rows.length })}
      </Text>
      <ul className={styles.list}>
        {rows.slice(0, shown).map((row, index) => (
          <li key={`${row.address}-${index}`}>
            {richText(t, "app-row-reason", { address: shortAddress(row.address), reason: row.reason }, { address, reason: () => <SaidText said={{ message: row.reason, say: row.say }} /> })}
            {row.columns && row.columns.some((c) => !row.reason.includes(c)) && <>{" "}{t("pane-differs-in", { columns: row.columns.join(", ") })}</>}
          </li>
        ))}
      </ul>
      {left > 0 && (
        <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + PAGE * 5)}>
          {t("pane-show-more-of", { count: Math.min(left, PAGE * 5), left })}
        </Button>
      )}
    </section>
  );
}
